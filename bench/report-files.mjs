// Time and memory to write the report files of a run with N endpoints (issue 10: 10,000 in at most 2 s). The
// report is a real one from the bench grown to N endpoints (scaled-report.mjs), so every view renders N rows.
//   node bench/report-files.mjs DIR/latest.json [endpoints=10000] [formats=json,html (or all)]
// It prints seconds, CPU, peak RSS and the garbage collections while writing (count and pause time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { parseFormats } from '../dist/report/file-format-names.js';
import { writeReportFiles } from '../dist/report/write-report-files.js';
import { scaledReport } from './scaled-report.mjs';

const [file, n = '10000', formats = 'json,html'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/report-files.mjs REPORT.json [endpoints] [formats]');
  process.exit(2);
}
const report = scaledReport(file, Number(n));
const out = mkdtempSync(join(tmpdir(), 'scp-bench-files-'));
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
// Garbage collection while the files are written: young-generation collections (scavenges) and full ones, with
// their pause time, so a change that allocates more shows where the time went.
const gc = { scavenges: 0, scavengeMs: 0, fullCollections: 0, fullMs: 0 };
const collections = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = /** @type {{ kind?: number }} */ (entry.detail ?? {}).kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
      gc.scavenges += 1;
      gc.scavengeMs += entry.duration;
    } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      gc.fullCollections += 1;
      gc.fullMs += entry.duration;
    }
  }
});
collections.observe({ entryTypes: ['gc'] });
const before = process.memoryUsage().rss;
const started = performance.now();
const cpu = process.cpuUsage();
const written = await writeReportFiles(report, { outDir: out, formats: parseFormats([formats]) });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
rmSync(out, { recursive: true, force: true });
// The observer is told of collections asynchronously: let the last ones arrive.
await new Promise((resolve) => setTimeout(resolve, 50));
collections.disconnect();
console.log(
  JSON.stringify({
    endpoints: report.endpoints.length,
    formats,
    files: written.length,
    seconds: Number((ms / 1000).toFixed(2)),
    cpuS: Number(((used.user + used.system) / 1e6).toFixed(2)),
    rssBeforeMb: before >> 20,
    rssPeakMb: peak >> 20,
    gc: { ...gc, scavengeMs: Math.round(gc.scavengeMs), fullMs: Math.round(gc.fullMs) },
  }),
);
