import t from 'tap';
import { exitCodeOf, judgeReport, reportTotals } from '../../src/model/verdict.js';
import { renderConsole } from '../../src/report/console.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { firewallRows } from '../../src/report/firewall-rows.js';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import { revocationRows } from '../../src/report/revocation-rows.js';
import type { Report } from '../../src/model/report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { parseCsv } from '../fixtures/reports/parse-csv.js';
import { clockSkew, revocationChecks, revocationReport } from '../fixtures/reports/revocation-report.js';

// Issue 11 §2 and §3 in every view: revocation hosts as derived firewall rows, and CLOCK_SKEW as a run finding that
// the verdict counts exactly like an endpoint warning.

t.test('the report with revocation checks and a run finding matches the schema', async (t) => {
  t.same(reportSchemaErrors(JSON.parse(JSON.stringify(revocationReport))), []);
});

t.test('revocation hosts join the firewall change request as derived rows', async (t) => {
  const rows = firewallRows(revocationReport);
  const row = (d: string) => rows.find((r) => r.destination === d);
  const ocsp = row('http://oneocsp.microsoft.com');
  t.match(ocsp, {
    origin: 'revocation',
    port: 80,
    service: 'HTTP',
    observed: 'blocked',
    code: 'REVOCATION_UNREACHABLE',
    location: 'Proxy http://proxy.contoso.com:8080',
    purpose: 'Needed to check revocation of download.microsoft.com, go.microsoft.com (OCSP; not in the endpoint list)',
  });
  t.match(
    ocsp?.action,
    new RegExp(
      String.raw`^Allow oneocsp\.microsoft\.com on TCP 80 \(HTTP\) in the policy of proxy` +
        String.raw` http:\/\/proxy\.contoso\.com:8080: Windows fetches http:\/\/oneocsp\.microsoft\.com\/ocsp from it`,
    ),
  );
  t.match(row('http://www.microsoft.com'), {
    observed: 'blocked',
    location: 'SCP host egress',
    action: /^Allow outbound TCP 80 \(HTTP\) from the SCP host to www\.microsoft\.com on every firewall/,
  });
  t.match(row('http://crl3.digicert.com'), { observed: 'open', action: 'None.', codes: [] });
  t.ok(
    rows.findIndex((r) => r.destination === 'http://oneocsp.microsoft.com') <
      rows.findIndex((r) => r.destination === 'http://crl3.digicert.com'),
    'rows needing action come first',
  );
  t.equal(firewallRows(labReport).filter((r) => r.origin === 'revocation').length, 0, 'no checks, no derived rows');

  const csv = parseCsv(renderCsv(revocationReport));
  t.ok(
    csv.some((r) => r.includes('http://oneocsp.microsoft.com') && r.includes('REVOCATION_UNREACHABLE')),
    'CSV',
  );
  t.match(
    renderMarkdown(revocationReport),
    /\| `http:\/\/oneocsp\.microsoft\.com` \| TCP 80 \| Proxy http:\/\/proxy\.contoso\.com:8080 \| Blocked `REVOCATION_UNREACHABLE` \|/,
  );
  t.match(renderHtml(revocationReport), /http:\/\/oneocsp\.microsoft\.com/);
});

t.test('a host a documented row already covers on that port gets no row of its own, only a purpose', async (t) => {
  const catalogRow = firewallRows(labReport).find((r) => r.destination === 'download.microsoft.com')!;
  const covered = {
    ...catalogRow,
    port: 80,
    pattern: 'crl3.digicert.com',
    destination: 'http://crl3.digicert.com',
    purpose: 'Certificate revocation',
  };
  const { rows, catalogRows } = revocationRows(revocationChecks.slice(0, 1), [covered], {
    location: () => 'SCP host egress',
    source: () => ({ host: 'SCP01', addresses: [] }),
  });
  t.equal(rows.length, 0);
  t.equal(catalogRows[0]!.purpose, 'Certificate revocation; Needed to check revocation of download.microsoft.com (CRL)');
});

t.test('CLOCK_SKEW is a run finding every view shows and the verdict counts like an endpoint warning', async (t) => {
  t.same(revocationReport.counts.run, { pass: 0, warn: 1, fail: 0, skip: 0, waived: 0 });
  t.equal(revocationReport.summary.warn, labReport.summary.warn + 1);
  const alone: Report = {
    ...labReport,
    endpoints: [],
    rules: [],
    runFindings: [clockSkew],
    ...reportTotals([], [], labReport.settings, [clockSkew]),
  };
  t.equal(alone.verdict, 'ready', 'a warning alone leaves the run ready');
  t.equal(judgeReport(alone).word, 'READY WITH WARNINGS');
  const strict = { ...alone.settings, strict: true };
  const strictTotals = reportTotals([], [], strict, [clockSkew]);
  t.equal(strictTotals.verdict, 'not-ready', '--strict: the run finding fails the run');
  t.equal(exitCodeOf(judgeReport({ ...alone, settings: strict }).verdict), 1);
  t.equal(
    reportTotals([], [], { ...strict, networkInformational: true }, [clockSkew]).verdict,
    'ready',
    'offline SCP: informational, as endpoint results are',
  );

  const junit = renderJunit({ ...alone, settings: strict, ...strictTotals });
  t.match(junit, /<testsuite name="run" tests="1" failures="1"/);
  t.match(junit, /<testcase classname="scp-preflight\.run" name="CLOCK_SKEW"/);
  t.match(renderJunit(alone), /<testsuite name="run" tests="1" failures="0"/);
  const md = renderMarkdown(revocationReport);
  t.match(md, /## Run findings\n\n- \*\*▲ WARN\*\* `CLOCK_SKEW` — This host's clock is 1 h 0 min behind/);
  t.match(md, /\| Run findings \| 0 \| 1 \| 0 \| 0 \| 0 \|/);
  t.match(md, /## Revocation checks that did not pass/);
  const html = renderHtml(revocationReport);
  t.match(html, /<h2 id="run-findings-h">Run findings<\/h2>/);
  t.match(html, /<h2 id="revocation-h">Revocation checks<\/h2>/);
  t.match(html, /1 run/);
  const text = renderConsole(revocationReport, { color: false });
  t.match(text, /WARN CLOCK_SKEW This host's clock is 1 h 0 min behind/);
  t.match(text, /WARN REVOCATION_UNREACHABLE The OCSP responder http:\/\/oneocsp\.microsoft\.com\/ocsp/);
  t.notMatch(renderHtml(labReport), /Run findings/, 'reports without run findings render as before');
});

t.test('the run summary (--summary) lists the run finding, and stays schema-valid', async (t) => {
  const { renderSummary } = await import('../../src/report/summary.js');
  const { summarySchemaErrors } = await import('../helpers/summary-schema.js');
  const summary = JSON.parse(renderSummary(revocationReport)) as { failing: Record<string, unknown>[] };
  t.same(summarySchemaErrors(summary), []);
  t.ok(summary.failing.some((item) => item.run === 'CLOCK_SKEW' && item.status === 'warn'));
});
