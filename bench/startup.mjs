// Start-up cost of `--version` and `--help` against `node -e 0` (issue 10: at most 2×). The best of N runs of
// each, interleaved, since on a shared machine the minimum is the figure least disturbed by others.
//   npm run build && node bench/startup.mjs [runs=15] [--exe release/scp-preflight-0.1.0-linux-x64]
// With --exe, the executable's rows are added (it embeds its own Node, so `node -e 0` is this machine's node).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const exeAt = args.indexOf('--exe');
const exe = exeAt >= 0 ? args.splice(exeAt, 2)[1] : undefined;
if (exeAt >= 0 && !exe) throw new Error('--exe needs the executable path');
const runs = Number(args[0] ?? 15);
/** @type {Record<string, [string, string[]]>} */
const cases = {
  'node -e 0': [process.execPath, ['-e', '0']],
  '--version': [process.execPath, ['dist/cli/main.js', '--version']],
  '--help': [process.execPath, ['dist/cli/main.js', '--help']],
  'check --help': [process.execPath, ['dist/cli/main.js', 'check', '--help']],
  ...(exe
    ? {
        'exe --version': [exe, ['--version']],
        'exe --help': [exe, ['--help']],
        'exe check --help': [exe, ['check', '--help']],
      }
    : {}),
};
// Without NODE_EXTRA_CA_CERTS: Node reads and parses that file at every start (a distribution bundle of ~140
// certificates costs ~90 ms here), which would hide our own start-up cost inside node -e 0's.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const best = Object.fromEntries(Object.keys(cases).map((k) => [k, Infinity]));
for (let i = 0; i < runs; i += 1) {
  for (const [name, [file, argv]] of Object.entries(cases)) {
    const start = performance.now();
    const run = spawnSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'], env });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${name} exited ${run.status}${run.error ? ` (${run.error.message})` : ''}`);
    best[name] = Math.min(best[name], ms);
  }
}
const base = best['node -e 0'];
for (const [name, ms] of Object.entries(best))
  console.log(`${name.padEnd(18)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / base).toFixed(2)}×`);
