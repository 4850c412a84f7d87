import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { offlineEnv } from '../helpers/offline-env.js';

/** The compiled CLI (npm test builds it first), run the way a user runs it. */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult { code: number | null; stdout: string; stderr: string }

/**
 * Runs the CLI with a hard bound, so a hung run fails the test instead of stalling the suite. The child never sees a
 * proxy variable (offlineEnv); a test that wants one passes it in `env`.
 */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: offlineEnv({ NO_COLOR: '1', ...options.env }), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    child.stdin.end(options.input ?? '');
  });
}
