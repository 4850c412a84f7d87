import t from 'tap';
import type { FailureCode } from '../../src/model/codes.js';
import { renderConsole } from '../../src/report/console.js';
import { visibleWidth } from '../../src/report/console-wrap.js';
import type { Report } from '../../src/model/report.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { PROXY } from '../fixtures/reports/build.js';
import { catalogReport, failWith, nxdomainReport, withEndpoints } from '../fixtures/reports/catalog-report.js';
import { directReport } from '../fixtures/reports/direct-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { labWaivers, WAIVER_TODAY } from '../fixtures/reports/waivers.js';

const WIDTHS = [80, 100, 120, 200];

/**
 * The cells of one column of every table whose header names `header`, one string per row: a row starts where the
 * Status cell starts with a status word, and a cell's lines are rejoined with a newline, except after a dot (or a URL
 * separator), where the wrapper may break a token. A host "appears whole" when it is found in that text: it was broken,
 * if at all, only after a dot, never mid-label. Continuation lines of a probed host (`→ host`) are rejoined the same
 * way.
 */
function columnCells(text: string, header: string, column: number): string[] {
  const cells: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('┌') || line.startsWith('└')) inTable = false;
    if (!line.startsWith('│')) continue;
    const columns = line.split('│').map((c) => c.trim());
    const status = columns[1] ?? '';
    if (status === 'Status') {
      inTable = columns.includes(header);
      continue;
    }
    if (!inTable) continue;
    const value = columns[column] ?? '';
    // A `waived` line under a status word continues its row.
    if (/^(PASS|FAIL|WARN|SKIP)\b/.test(status)) cells.push(value);
    else if (cells.length > 0) cells[cells.length - 1] = `${cells.at(-1)!}\n${value}`;
  }
  return cells.map((c) => c.replace(/\n+$/, '').replace(/([./?&=-])\n/g, '$1'));
}

const entryCells = (text: string): string[] => columnCells(text, 'Entry (→ host probed)', 2);

t.test('every line fits the width and every documented host appears whole, at 80, 100, 120 and 200 columns', (t) => {
  const codes: FailureCode[] = ['CONNECT_TIMEOUT', 'TLS_CERT_UNTRUSTED', 'PROXY_DENIED'];
  // Mixed failures and passes: no root cause, so every row is a table row.
  const mixed = catalogReport((e, i) => (i % 2 === 0 ? failWith(codes[i % 3]!, (x) => `${x.host} port ${x.port} failed.`)(e) : {}));
  t.equal(mixed.rootCauses?.length, 0);
  const reports: Record<string, Report> = {
    catalog: mixed,
    lab: labReport,
    direct: directReport,
    waived: applyWaivers(labReport, labWaivers, WAIVER_TODAY),
  };
  for (const [name, report] of Object.entries(reports)) {
    for (const width of WIDTHS) {
      const text = renderConsole(report, { color: false, width });
      const long = text.split('\n').filter((l) => visibleWidth(l) > width);
      t.same(long, [], `${name} at ${width}: no line wider than ${width}`);
      const cells = entryCells(text);
      t.equal(cells.length, report.endpoints.length, `${name} at ${width}: one table row per endpoint result`);
      for (const e of report.endpoints) {
        t.ok(
          cells.some((c) => c === e.entry || c.startsWith(`${e.entry}\n→ `)),
          `${name} at ${width}: ${e.entry} whole`,
        );
        if (e.host !== e.pattern)
          t.ok(
            cells.some((c) => c.includes(`→ ${e.host}`)),
            `${name} at ${width}: → ${e.host} whole`,
          );
      }
    }
  }
  t.end();
});

t.test('the width defaults to 120 and is never under 80', (t) => {
  const widest = (text: string): number => Math.max(...text.split('\n').map(visibleWidth));
  t.equal(widest(renderConsole(labReport, { color: false })), 120);
  t.equal(widest(renderConsole(labReport, { color: false, width: 40 })), 80);
  t.end();
});

t.test('colour codes take no column', (t) => {
  for (const width of WIDTHS) {
    const text = renderConsole(labReport, { color: true, width });
    t.same(
      text.split('\n').filter((l) => visibleWidth(l) > width),
      [],
      `coloured at ${width}`,
    );
  }
  t.end();
});

t.test('a host whose DNS resolves nothing: the cause once at the top, not a block per row', (t) => {
  const report = nxdomainReport();
  const causes = report.rootCauses ?? [];
  t.equal(causes.length, 1);
  t.equal(causes[0]!.code, 'DNS_NXDOMAIN');
  const probed = report.endpoints.filter((e) => e.probeId !== null);
  t.equal(causes[0]!.results, probed.length);
  for (const width of WIDTHS) {
    const text = renderConsole(report, { color: false, width });
    t.same(
      text.split('\n').filter((l) => visibleWidth(l) > width),
      [],
      `fits ${width}`,
    );
    t.equal(text.match(/ROOT CAUSE: This host cannot resolve any internet name/g)?.length, 1);
    t.ok(text.indexOf('ROOT CAUSE') < text.indexOf('┌') || !text.includes('┌'), 'the cause comes before any table');
    // Only the unprobed wildcards (WILDCARD_UNTESTED) are left as table rows.
    t.equal(entryCells(text).length, report.endpoints.length - probed.length);
    t.notMatch(text, /DNS_NXDOMAIN\s+│/, 'no NXDOMAIN row repeated under it');
    // Each explained host is named once in the list, whole (the list wraps at spaces only).
    const list = text.slice(text.indexOf('The '), text.indexOf('\n\n', text.indexOf('The '))).replace(/\n {2}/g, ' ');
    for (const e of probed) t.ok(list.includes(`${e.host}:${e.port}`), `${e.host} listed at ${width}`);
  }
  t.end();
});

t.test('root causes: only when every probed result of a route failed one way, from at least 3 probes', (t) => {
  const nx = failWith('DNS_NXDOMAIN', (e) => `${e.host} NXDOMAIN`);
  const one = catalogReport((e, i) => (i === 0 ? {} : nx(e)));
  t.same(one.rootCauses, [], 'one pass: DNS works, each failure is its own finding');
  const mixedDns = catalogReport((e, i) => (i % 2 ? nx(e) : failWith('DNS_TIMEOUT', (x) => `${x.host} timeout`)(e)));
  t.equal(mixedDns.rootCauses?.length, 1, 'NXDOMAIN and DNS timeouts mixed are still "cannot resolve"');
  t.same(mixedDns.rootCauses?.[0]?.codes.slice().sort(), ['DNS_NXDOMAIN', 'DNS_TIMEOUT']);
  const two = withEndpoints(
    labReport,
    catalogReport(nx)
      .endpoints.filter((e) => e.probeId !== null)
      .slice(0, 2),
  );
  t.same(two.rootCauses, [], 'two probes are two findings');
  const tls = catalogReport((e, i) => (i % 2 ? nx(e) : failWith('TLS_CERT_UNTRUSTED', (x) => `${x.host} untrusted`)(e)));
  t.same(tls.rootCauses, [], 'different stages: no single cause');
  // PAC: proxied results all fail PROXY_UNREACHABLE while direct ones pass: the cause names the proxy only.
  const pac = catalogReport((e, i) =>
    i % 3 === 0 ? {} : { route: PROXY, ...failWith('PROXY_UNREACHABLE', (x) => `proxy unreachable for ${x.host}`)(e) },
  );
  t.equal(pac.rootCauses?.length, 1);
  t.equal(pac.rootCauses?.[0]?.route, PROXY.proxy);
  t.match(pac.rootCauses?.[0]?.message, /Every probe through the proxy http:\/\/proxy\.contoso\.com:8080 failed the same way/);
  t.end();
});

t.test('failing rules show their fix; waivers their ticket and expiry; expired and unknown waivers warn', (t) => {
  const waived = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  const text = renderConsole(waived, { color: false, width: 200 });
  const failing = waived.rules.find((r) => r.status === 'fail' && r.remediation.length > 0);
  t.ok(failing, 'the fixture has a failing rule with a fix');
  const findings = columnCells(text, 'Finding', 3).map((c) => c.replace(/\n/g, ' '));
  t.ok(
    findings.some((f) => f.includes(`Fix: ${failing!.remediation[0]!}`)),
    'the rule fix is shown',
  );
  for (const w of waived.waivers?.items ?? []) {
    if (w.state === 'active') t.ok(text.includes(`(${w.ticket})`), `active waiver ${w.ticket} shown with its ticket`);
    if (w.state === 'expired')
      t.match(text, new RegExp(`Warning: waiver ${w.ticket} .*expired on ${w.expires}`), `expired ${w.ticket} warned`);
  }
  const unknown = applyWaivers(
    labReport,
    [
      ...labWaivers,
      {
        match: { kind: 'host', host: 'no-such.example.org', port: null },
        reason: 'typo',
        ticket: 'CHG-9',
        expires: '2099-01-01',
        source: { file: 'w.yaml', index: 9, line: 40 },
      },
    ],
    WAIVER_TODAY,
  );
  t.match(renderConsole(unknown, { color: false }), /Warning: waiver CHG-9 \(.*\) matches nothing in this catalog/);
  t.end();
});

t.test('a waived status is marked whole at every width, on the same line or the next, never cut', (t) => {
  const waived = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  const endpoints = waived.endpoints.filter((e) => e.waiver !== undefined && !e.waiver.expired).length;
  const rules = waived.rules.filter((r) => r.waiver !== undefined && !r.waiver.expired).length;
  t.ok(endpoints > 0 && rules > 0, 'the fixture waives endpoints and rules');
  for (const width of WIDTHS) {
    const text = renderConsole(waived, { color: false, width });
    for (const [table, expected] of [
      ['Entry (→ host probed)', endpoints],
      ['Rule', rules],
    ] as const) {
      const statuses = columnCells(text, table, 1);
      t.equal(statuses.filter((s) => /\bwaived\b/.test(s)).length, expected, `${table} at ${width}: every waiver marked`);
      t.same(
        statuses.filter((s) => s.includes('…')),
        [],
        `${table} at ${width}: no status cut`,
      );
    }
  }
  t.end();
});

t.test('probes, firewall rows and endpoint results are counted in their own words', (t) => {
  const text = renderConsole(labReport, { color: false, width: 200 });
  const probes = new Set(labReport.endpoints.flatMap((e) => (e.probeId === null ? [] : [e.probeId]))).size;
  t.match(
    text,
    new RegExp(`Counted: ${probes} probes? \\(host × port × route\\) answered ${labReport.endpoints.length} endpoint results?`),
  );
  t.end();
});
