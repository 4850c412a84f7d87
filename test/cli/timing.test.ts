import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { minimalPlan, runCli } from './run-cli.js';

// npm run bench reads the report files' time inside a run from these lines (issue 10); nobody else sees them.
t.test('NODE_DEBUG=scp-preflight:timing says how long the probes and the report files took', async (t) => {
  const args = (out: string) => ['check', '--only', 'rules', '--plan', minimalPlan(), '--out', out, '--format', 'json,html', '--quiet'];
  const quiet = await runCli(args(mkdtempSync(join(tmpdir(), 'scp-timing-'))));
  t.equal(quiet.code, 0);
  t.notMatch(quiet.stderr, /TIMING/, 'without NODE_DEBUG: no timing line');
  const timed = await runCli(args(mkdtempSync(join(tmpdir(), 'scp-timing-'))), { env: { NODE_DEBUG: 'scp-preflight:timing' } });
  t.equal(timed.code, 0);
  // The main thread's own CPU where the system says it (Linux's /proc), beside the process's.
  const times =
    process.platform === 'linux'
      ? String.raw`\d+\.\d\d s \(CPU \d+\.\d\d s, main thread \d+\.\d\d s\)`
      : String.raw`\d+\.\d\d s \(CPU \d+\.\d\d s\)`;
  t.match(timed.stderr, new RegExp(`^SCP-PREFLIGHT:TIMING \\d+: probes and rules: ${times}, 0 endpoint results$`, 'm'));
  t.match(timed.stderr, new RegExp(`^SCP-PREFLIGHT:TIMING \\d+: report files: ${times}, 4 files \\(json,html\\)$`, 'm'));
  t.equal(timed.stdout, quiet.stdout, 'stdout is the same');
});
