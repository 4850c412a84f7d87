import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineEnv } from '../helpers/offline-env.js';

/** The compiled CLI (npm test builds it first), run the way a user runs it. */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

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
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Writes the smallest valid site plan (a stand-alone primary with the SCP on its site server, no evidence) into a
 * folder of its own and returns its path: for tests that run `check --only rules` to exercise the CLI without probing.
 */
export function minimalPlan(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scp-preflight-plan-')), 'plan.yaml');
  writeFileSync(file, 'site: { code: P01, type: primary, server: cm01.contoso.com }\nscp: { server: cm01.contoso.com }\nhierarchy: []\n');
  return file;
}
