import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { jsonPieces, renderJson } from '../../src/report/file-formats.js';
import { writeReportFiles } from '../../src/report/write-report-files.js';
import { afterReport } from '../fixtures/reports/after-report.js';
import { hostileReport } from '../fixtures/reports/hostile-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';

// Issue 10: the JSON report is written one endpoint at a time; it must stay exactly JSON.stringify(report, null, 2).
const exact = (report: object): string => `${JSON.stringify(report, null, 2)}\n`;

t.test('the JSON written in pieces is the same text as one JSON.stringify', async (t) => {
  const named = { labReport, afterReport, hostileReport, empty: { ...labReport, endpoints: [] } };
  for (const [name, report] of Object.entries(named)) {
    t.equal(renderJson(report), exact(report), `${name}: renderJson`);
    t.equal([...jsonPieces(report)].join(''), exact(report), `${name}: pieces`);
  }
  t.ok([...jsonPieces(labReport)].length > labReport.endpoints.length, 'one piece per endpoint at least');
  // A report string that looks like the placeholder cannot move the endpoints: the placeholder is random per call.
  const decoy = { ...labReport, headline: '"endpoints-00000000-0000-0000-0000-000000000000"' };
  t.equal(renderJson(decoy), exact(decoy));
});

t.test('report files written in pieces, and latest.* copied from them, hold that text', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'scp-pieces-'));
  const written = await writeReportFiles(hostileReport, { outDir: out, formats: ['json'] });
  t.equal(written.length, 2, 'the stamped file and latest.json');
  for (const file of written) t.equal(readFileSync(file, 'utf8'), exact(hostileReport), file);
});
