// Renders the HTML report of N endpoints R times into a reused buffer and writes nothing, for counting instructions,
// which repeat where times do not (issue 10: on a busy machine a run's times swing by half):
//   valgrind --tool=callgrind --smc-check=all-non-file node --optimize-for-size --single-threaded \
//     bench/html-walk.mjs DIR/latest.json 3000 3
// minus the same command with R = 0 (starting Node and reading the report). The report is a real one from the bench
// (npm run bench -- --keep-reports DIR) grown to N endpoints (scaled-report.mjs).
import { htmlStream } from '../dist/report/html/index.js';
import { scaledReport } from './scaled-report.mjs';

const [file, n = '3000', rounds = '1'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/html-walk.mjs REPORT.json [endpoints] [rounds]');
  process.exit(2);
}
const report = scaledReport(file, Number(n));
const buffer = Buffer.allocUnsafe(1 << 20);
for (let round = 0; round < Number(rounds); round += 1) {
  // As the writer does (src/report/write-report-files.ts): small pieces joined up to 8,192 characters, then encoded.
  let gathered = '';
  let used = 0;
  const take = (piece) => {
    gathered += piece;
    if (gathered.length >= 8192) {
      if (used + gathered.length * 3 > buffer.length) used = 0;
      used += buffer.write(gathered, used, 'utf8');
      gathered = '';
    }
    return false;
  };
  const steps = htmlStream(report, take);
  while (steps.next().done !== true);
}
