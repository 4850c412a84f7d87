// Time to render the console view of a run with N endpoints, the view a `check` prints at the end. The report is a
// real one from the bench grown to N endpoints (scaled-report.mjs); the best of R renders, coloured as on a terminal.
//   node bench/console.mjs DIR/latest.json [endpoints=2000] [runs=5] [--dist OTHER/dist] [--width 120]
// --dist renders with another build's renderer (e.g. a worktree of an earlier commit, built), to compare the two.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { scaledReport } from './scaled-report.mjs';

const args = process.argv.slice(2);
/** The value after `flag`, removed from args, or `fallback`. */
const option = (flag, fallback) => {
  const at = args.indexOf(flag);
  if (at < 0) return fallback;
  const value = args.splice(at, 2)[1];
  if (value === undefined) throw new Error(`${flag} needs a value`);
  return value;
};
const dist = resolve(option('--dist', 'dist'));
const width = Number(option('--width', '120'));
const [file, n = '2000', runs = '5'] = args;
if (!file) {
  console.error('usage: node bench/console.mjs REPORT.json [endpoints] [runs] [--dist DIR] [--width N]');
  process.exit(2);
}
const { renderConsole } = await import(pathToFileURL(`${dist}/report/console.js`).href);
const report = scaledReport(file, Number(n));
let best = Infinity;
let lines = 0;
for (let i = 0; i < Number(runs); i += 1) {
  const start = performance.now();
  const text = renderConsole(report, { color: true, width });
  best = Math.min(best, performance.now() - start);
  lines = text.split('\n').length;
}
console.log(`console view of ${n} endpoints at ${width} columns (${dist}): best of ${runs} ${best.toFixed(0)} ms, ${lines} lines`);
