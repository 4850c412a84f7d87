import { spawn } from 'node:child_process';
import { offlineEnv } from './offline-env.js';

/**
 * Runs an ES module `script` (given `args` as process.argv[1…]) in a Node child process whose open-files limit is 64
 * (`prlimit`, util-linux), so the script can use them up and see what this host's own limit looks like to a probe.
 * The child gets an environment without proxy variables, and at most a minute.
 */
export async function runWithFileLimit(
  script: string,
  args: readonly string[],
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn('/usr/bin/prlimit', ['--nofile=64:64', '--', process.execPath, '--input-type=module', '-e', script, ...args], {
    env: offlineEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // A child that hangs is killed, so the wait below ends (its exit code is then null, which the caller reports).
    timeout: 60_000,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (exit: number | null) => resolve(exit)));
  return { code, out, err };
}
