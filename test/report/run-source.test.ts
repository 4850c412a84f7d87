import t from 'tap';
import { CSV_COLUMNS, renderCsv } from '../../src/report/csv.js';
import { firewallRows, rowNeedsAction } from '../../src/report/firewall-rows.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { hostLine, isThisMachine, scpServerMismatch, sourceHostName } from '../../src/report/run-source.js';
import type { Report } from '../../src/model/report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { parseCsv } from '../fixtures/reports/parse-csv.js';

const host = { hostname: 'SCP01', platform: 'win32 x64', node: 'v20' };

t.test('is this machine? FQDN, short names, unknown FQDN', (t) => {
  const cases: [Report['host'], string, boolean][] = [
    [{ ...host, fqdn: 'scp01.contoso.com' }, 'scp01.contoso.com', true],
    [{ ...host, fqdn: 'scp01.contoso.com' }, 'SCP01', true],
    [{ ...host, fqdn: 'scp01.contoso.com' }, 'scp01.fabrikam.com', false],
    [{ ...host, fqdn: null }, 'scp01.contoso.com', true],
    [{ ...host, fqdn: null }, 'scp02.contoso.com', false],
    [{ ...host, hostname: 'vm', fqdn: 'vm.lab.example', label: 'scp01' }, 'scp01', false],
    [host, 'scp01.', true],
  ];
  for (const [h, name, same] of cases) t.equal(isThisMachine(h, name), same, `${JSON.stringify(h)} ~ ${name}`);
  t.end();
});

t.test('host line and source name: a label is said to be one', (t) => {
  t.equal(hostLine(host), 'SCP01');
  t.equal(hostLine({ ...host, fqdn: 'scp01.contoso.com' }), 'SCP01 (scp01.contoso.com)');
  t.equal(hostLine({ ...host, fqdn: 'scp01', label: 'cm-lab-01' }), 'cm-lab-01 (a label given with --host-label; the probes ran on SCP01)');
  t.equal(sourceHostName({ ...host, fqdn: 'scp01.contoso.com' }), 'scp01.contoso.com');
  t.equal(sourceHostName({ ...host, fqdn: 'scp01.contoso.com', label: 'cm-lab-01' }), 'cm-lab-01');
  t.end();
});

const elsewhere: Report = {
  ...labReport,
  host: { ...labReport.host, fqdn: 'jump01.contoso.com' },
  settings: { ...labReport.settings, scpServer: 'scp01.contoso.com' },
};

t.test('a plan naming another scp.server: every firewall view warns', (t) => {
  t.equal(scpServerMismatch(labReport), null, 'no plan, no warning');
  t.equal(scpServerMismatch({ ...elsewhere, host: { ...elsewhere.host, fqdn: 'scp01.contoso.com' } }), null);
  const warning = scpServerMismatch(elsewhere);
  t.match(warning, /^This report was made on jump01\.contoso\.com, not on scp01\.contoso\.com \(the plan's scp\.server\)/);
  t.match(renderHtml(elsewhere), /⚠ This report was made on jump01\.contoso\.com, not on scp01\.contoso\.com/);
  t.match(renderMarkdown(elsewhere), /> \*\*Warning:\*\* This report was made on jump01\.contoso\.com/);
  t.notMatch(renderHtml(labReport), /This report was made on/);
  t.end();
});

t.test('firewall rows name their source; action rows first, open rows folded below', (t) => {
  const rows = firewallRows(elsewhere);
  const firstOpen = rows.findIndex((r) => !rowNeedsAction(r));
  t.ok(firstOpen > 0, 'some rows need action, some are open');
  t.ok(
    rows.slice(firstOpen).every((r) => !rowNeedsAction(r)),
    'no action row after the first open one',
  );
  for (const r of rows) t.equal(r.source.host, 'jump01.contoso.com');
  const direct = rows.find((r) => r.location === 'SCP host egress');
  t.same(direct?.source.addresses, ['10.20.4.17'], 'the local address of the connections on that path');
  const csv = parseCsv(renderCsv(elsewhere));
  t.same(csv[0]?.slice(-2), ['source_host', 'source_addresses'], 'two columns at the end, always');
  t.equal(csv[0]?.length, CSV_COLUMNS.length);
  const col = (name: string) => (csv[0] ?? []).indexOf(name);
  t.ok(csv.slice(1).every((r) => r[col('source_host')] === 'jump01.contoso.com'));
  t.same(
    csv.slice(1).map((r) => r[col('observed')] === 'open' && r[col('action')] === 'None.'),
    rows.map((r) => !rowNeedsAction(r)),
    'CSV in the same order: action rows first',
  );
  const html = renderHtml(elsewhere);
  t.match(html, /<details class="fw-open"><summary>\d+ firewall rows? already open — no change needed<\/summary>/);
  t.match(html, /from <span class="host">jump01\.<wbr>contoso\.<wbr>com<\/span> · <span class="mono">10\.20\.4\.17<\/span>/);
  t.match(renderMarkdown(elsewhere), /\*\*Source:\*\* `jump01\.contoso\.com` \(.*SCP host egress: `10\.20\.4\.17`/);
  t.match(renderMarkdown(elsewhere), /\*\*Already open \(no change needed\):\*\* `download\.microsoft\.com` TCP 443/);
  t.end();
});
