import t from 'tap';
import { CSV_COLUMNS, CSV_DIRECT_COLUMNS, csvColumns, renderCsv } from '../../src/report/csv.js';
import { directFinding, directKind, hasDirect } from '../../src/report/direct-finding.js';
import { renderJson } from '../../src/report/file-formats.js';
import { firewallRows } from '../../src/report/firewall-rows.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import type { Report } from '../../src/model/report.js';
import { directReport } from '../fixtures/reports/direct-report.js';
import { IMG, SCRIPT } from '../fixtures/reports/hostile-report.js';
import { DIRECT, labReport } from '../fixtures/reports/lab-report.js';
import { parseCsv } from '../fixtures/reports/parse-csv.js';

t.cleanSnapshot = (s: string): string =>
  s.replace(/2025-03-14T09:2\d:\d\d\.\d{3}Z/g, '<timestamp>').replace(/2025-03-14 09:2\d:\d\d UTC/g, '<time>');

const formats: Record<string, (r: Report) => string> = {
  html: renderHtml,
  csv: renderCsv,
  junit: renderJunit,
  md: renderMarkdown,
  json: renderJson,
};

for (const [name, render] of Object.entries(formats)) {
  t.test(`${name} snapshot (lab report with --compare-direct results)`, (t) => {
    t.matchSnapshot(render(directReport));
    t.end();
  });
}

t.test('the fixture is a valid report, and only it has direct results', (t) => {
  t.same(reportSchemaErrors(JSON.parse(renderJson(directReport))), []);
  t.ok(hasDirect(directReport));
  t.notOk(hasDirect(labReport));
  t.end();
});

t.test('comparison of the two routes', (t) => {
  const cases: [Parameters<typeof directKind>[0], Parameters<typeof directKind>[1], string][] = [
    ['pass', 'fail', 'proxy-only'],
    ['warn', 'fail', 'proxy-only'],
    ['pass', 'pass', 'both'],
    ['warn', 'warn', 'both'],
    ['fail', 'fail', 'neither'],
    ['fail', 'pass', 'direct-only'],
    ['skip', 'pass', 'untested'],
    ['pass', 'skip', 'untested'],
  ];
  for (const [via, direct, kind] of cases) t.equal(directKind(via, direct), kind, `${via} via route, ${direct} direct`);
  t.end();
});

t.test('firewall rows say where the rule belongs', (t) => {
  const rows = firewallRows(directReport);
  const row = (destination: string) => rows.find((r) => r.destination === destination);
  const cases: [string, string | null, string, RegExp][] = [
    ['umwatsonc.events.data.microsoft.com', 'both', 'open', /own path .* bypass that may be unintended/],
    ['management.azure.com', 'direct-only', 'open', /rule belongs on the proxy/],
    ['*.manage.microsoft.com', 'neither', 'blocked', /needed is on the proxy/],
    ['definitionupdates.microsoft.com', 'same-route', 'blocked', /SCP host's egress/],
  ];
  for (const [dest, kind, observed, note] of cases) {
    t.equal(row(dest)?.direct?.kind, kind, `${dest} kind`);
    t.equal(row(dest)?.direct?.observed, observed, `${dest} direct observed`);
    t.match(row(dest)?.direct?.note, note, `${dest} note`);
  }
  t.equal(row('*.akamaiedge.net')?.direct, null, 'not probed: no comparison');
  t.same(row('*.manage.microsoft.com')?.direct?.codes, ['CONNECT_TIMEOUT']);
  t.same(
    firewallRows(labReport).map((r) => r.direct),
    firewallRows(labReport).map(() => null),
    'no direct without --compare-direct',
  );
  // One sample alone: proxied and working, direct dropped.
  const sccm = directReport.endpoints.filter((e) => e.host === 'sccm.manage.microsoft.com');
  t.equal(directFinding(sccm)?.kind, 'proxy-only');
  t.end();
});

t.test('CSV: direct columns appended at the end only for --compare-direct runs', (t) => {
  t.same(csvColumns(labReport), [...CSV_COLUMNS]);
  const rows = parseCsv(renderCsv(directReport));
  t.same(rows[0], [...CSV_COLUMNS, ...CSV_DIRECT_COLUMNS]);
  for (const r of rows.slice(1)) t.equal(r.length, CSV_COLUMNS.length + CSV_DIRECT_COLUMNS.length);
  const at = (dest: string, column: string): string | undefined => rows.find((r) => r[0] === dest)?.[(rows[0] ?? []).indexOf(column)];
  t.equal(at('umwatsonc.events.data.microsoft.com', 'direct_comparison'), 'both');
  t.equal(at('*.manage.microsoft.com', 'direct_code'), 'CONNECT_TIMEOUT');
  t.equal(at('*.manage.microsoft.com', 'direct_observed'), 'blocked');
  t.equal(at('*.akamaiedge.net', 'direct_observed'), '', 'not probed: empty');
  t.end();
});

t.test('HTML: side by side in both tables, text and not colour alone', (t) => {
  const html = renderHtml(directReport);
  t.match(html, /<th scope="col">Direct \(no proxy\)<\/th>/);
  t.match(html, /also probed every endpoint without the proxy/);
  t.match(html, /<span class="cmp-h">Via http proxy<\/span> <span class="badge badge-pass">✔ PASS<\/span>/);
  t.match(html, /<span class="cmp-h">Direct<\/span> <span class="badge badge-fail">✖ FAIL<\/span> <span class="code"/);
  t.match(html, /⚠ Also works direct \(bypass\?\)/);
  t.match(html, /Of the proxied rows, 1 fail both ways, 1 also work direct \(a possible bypass\), 1 work only direct/);
  t.notMatch(renderHtml(labReport), /cmp|Direct \(no proxy\)|compare-direct/, 'nothing of it without direct results');
  const unproxied: Report = { ...directReport, endpoints: directReport.endpoints.map((e) => ({ ...e, route: DIRECT })) };
  t.match(renderHtml(unproxied), /no\nprobed endpoint went through a proxy, so both probes took the same path/);
  t.end();
});

t.test('Markdown: a Direct column and the direct outcome under each non-pass item', (t) => {
  const md = renderMarkdown(directReport);
  t.match(md, /\| Destination \| Port \| Rule belongs on \| Observed \| Direct \(without the proxy\) \| Action \|/);
  t.match(md, /- Direct \(without the proxy\): \*\*✖ FAIL\*\* `CONNECT_TIMEOUT` — TCP connect to configmgrbits/);
  t.match(
    md,
    /\*\*Reachable without the proxy:\*\* `management\.azure\.com` TCP 443, `umwatsonc\.events\.data\.microsoft\.com` TCP 443/,
    'rows needing action first, as in the firewall table',
  );
  for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('TCP 443'))) {
    t.equal(line.replace(/\\\|/g, '').split('|').length, 8, `six columns: ${line.slice(0, 40)}`);
  }
  t.end();
});

t.test('JUnit: the direct outcome in system-out and in the failure body', (t) => {
  const xml = renderJunit(directReport);
  t.match(xml, /<system-out>HTTPS 404 from umwatsonc[^<]*\nDirect \(without the proxy\): PASS: HTTPS 404/);
  t.match(
    xml,
    /<failure message="PROXY_UPSTREAM_FAILED[^>]*>[^<]*Direct \(without the proxy\): PASS: HTTPS 400 from management\.azure\.com/,
  );
  t.end();
});

t.test('hostile direct messages are inert in every format', (t) => {
  const hostile: Report = {
    ...directReport,
    endpoints: directReport.endpoints.map((e) =>
      e.direct ? { ...e, direct: { ...e.direct, message: `=1+2 ${SCRIPT}${IMG}]]>\n# h | x` } } : e,
    ),
  };
  const html = renderHtml(hostile);
  t.notOk(html.includes('<script'), 'no script tag');
  t.notOk(html.includes('<img'), 'no img tag');
  t.match(html, /Direct: =1\+2 &lt;script&gt;/);
  const md = renderMarkdown(hostile);
  t.match(md, /— =1\+2 \\<script\\>/);
  t.notMatch(md, /\n# h/, 'no heading from the message');
  const xml = renderJunit(hostile);
  t.notMatch(xml, /<script|<img/);
  t.match(xml, /\]\]&gt;/);
  t.end();
});
