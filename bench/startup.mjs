// Start-up cost of `--version` and `--help` against `node -e 0` (issue 10: at most 2×). The best of N runs of
// each, interleaved, since on a shared machine the minimum is the figure least disturbed by others.
//   npm run build && node bench/startup.mjs [runs=15]
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 15);
const cases = {
  'node -e 0': ['-e', '0'],
  '--version': ['dist/cli/main.js', '--version'],
  '--help': ['dist/cli/main.js', '--help'],
  'check --help': ['dist/cli/main.js', 'check', '--help'],
};
// Without NODE_EXTRA_CA_CERTS: Node reads and parses that file at every start (a distribution bundle of ~140
// certificates costs ~90 ms here), which would hide our own start-up cost inside node -e 0's.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const best = Object.fromEntries(Object.keys(cases).map((k) => [k, Infinity]));
for (let i = 0; i < runs; i += 1) {
  for (const [name, args] of Object.entries(cases)) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${name} exited ${run.status}`);
    best[name] = Math.min(best[name], ms);
  }
}
const base = best['node -e 0'];
for (const [name, ms] of Object.entries(best))
  console.log(`${name.padEnd(14)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / base).toFixed(2)}×`);
