import t from 'tap';
import { renderCsv } from '../../src/report/csv.js';
import { renderJson } from '../../src/report/file-formats.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/model/report.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';

/** Run timestamps vary in real reports; certificate validity dates are data and stay. */
t.cleanSnapshot = (s: string): string =>
  s.replace(/2025-03-14T09:2\d:\d\d\.\d{3}Z/g, '<timestamp>').replace(/2025-03-14 09:2\d:\d\d UTC/g, '<time>');

const waived = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
const formats: Record<string, (r: Report) => string> = {
  html: renderHtml,
  csv: renderCsv,
  junit: renderJunit,
  md: renderMarkdown,
  json: renderJson,
};

for (const [name, render] of Object.entries(formats)) {
  t.test(`${name} snapshot (lab report with waivers)`, (t) => {
    t.matchSnapshot(render(waived));
    t.end();
  });
}

t.test('every format is a pure function of the report', (t) => {
  for (const render of Object.values(formats)) t.equal(render(waived), render(structuredClone(waived)));
  t.end();
});

t.test('md snapshot without waivers, ready report', (t) => {
  const passing: Report = {
    ...labReport,
    endpoints: labReport.endpoints.filter((e) => e.status === 'pass'),
    rules: labReport.rules.filter((r) => r.status === 'pass'),
    summary: { pass: 6, warn: 0, fail: 0, skip: 0 },
    counts: { endpoints: { pass: 5, warn: 0, fail: 0, skip: 0 }, rules: { pass: 1, warn: 0, fail: 0, skip: 0 } },
    verdict: 'ready',
  };
  const md = renderMarkdown(passing);
  t.match(md, /^# SCP readiness: READY\n/);
  t.match(md, /## Endpoint results that did not pass\n\nNone\./);
  t.matchSnapshot(md);
  t.match(renderHtml(passing), /<div class="word">READY<\/div>/);
  t.end();
});
