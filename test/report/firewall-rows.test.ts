import t from 'tap';
import { firewallRows, ruleLocation } from '../../src/report/firewall-rows.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { DIRECT, PROXY, labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';

const rows = firewallRows(labReport);
const row = (destination: string) => rows.find((r) => r.destination === destination);

t.test('one row per documented entry × port, groups merged into purpose', (t) => {
  t.equal(rows.length, new Set(labReport.endpoints.map((e) => `${e.entry}|${e.port}`)).size);
  t.equal(row('download.microsoft.com')?.purpose, 'Updates and servicing; Windows servicing');
  t.end();
});

t.test('a wildcard probed through two samples: the worst wins, every code and action listed', (t) => {
  const r = row('*.manage.microsoft.com');
  t.equal(r?.observed, 'blocked');
  t.same(r?.codes, ['PROXY_DENIED', 'TLS_INTERCEPTED']);
  t.same(r?.probedHosts, ['sccm.manage.microsoft.com', 'configmgrbits.cdn.manage.microsoft.com']);
  t.match(
    r?.action,
    /^Allow \*\.manage\.microsoft\.com on TCP 443 \(HTTPS\) in the policy of proxy http:\/\/proxy\.contoso\.com:8080\. Exempt/,
  );
  t.equal(r?.location, 'Proxy http://proxy.contoso.com:8080');
  t.end();
});

t.test('states and actions by code', (t) => {
  const cases: [string, string, RegExp][] = [
    ['definitionupdates.microsoft.com', 'blocked', /^Allow outbound TCP 443 \(HTTPS\) from the SCP host to definitionupdates/],
    ['management.azure.com', 'blocked', /^Allow proxy http:\/\/proxy.contoso.com:8080 to resolve and reach management.azure.com/],
    ['*.akamaiedge.net', 'untested', /by FQDN pattern as documented/],
    ['download.microsoft.com', 'open', /^None\.$/],
    ['go.microsoft.com', 'open', /Redirects also reach www\.microsoft\.com/],
    ['sccmconnected-a01.cloudapp.net', 'blocked', /conditional forwarders/],
  ];
  for (const [dest, observed, action] of cases) {
    t.equal(row(dest)?.observed, observed, `${dest} observed`);
    t.match(row(dest)?.action, action, `${dest} action`);
  }
  t.equal(row('definitionupdates.microsoft.com')?.location, 'SCP host egress');
  t.equal(ruleLocation(DIRECT), 'SCP host egress');
  t.equal(ruleLocation(PROXY), 'Proxy http://proxy.contoso.com:8080');
  t.end();
});

t.test('waivers on rows: only when every failure of the row is covered; expired ones are shown', (t) => {
  const w = firewallRows(applyWaivers(labReport, labWaivers, WAIVER_TODAY));
  const manage = w.find((r) => r.destination === '*.manage.microsoft.com');
  t.equal(manage?.waiver, null, 'the TLS_INTERCEPTED warning of the other sample is not waived');
  t.equal(w.find((r) => r.destination === 'sccmconnected-a01.cloudapp.net')?.waiver?.expired, true);
  t.end();
});

t.test('the change request puts what needs action first: blocked, warnings, untested, waived, then open rows', (t) => {
  const rank = (r: (typeof rows)[number]): number => {
    if (r.observed === 'open' && r.action === 'None.') return 5;
    if (r.waiver !== null && !r.waiver.expired) return 3;
    return { blocked: 0, warning: 1, untested: 2, open: 4 }[r.observed];
  };
  for (const list of [rows, firewallRows(applyWaivers(labReport, labWaivers, WAIVER_TODAY))]) {
    const ranks = list.map(rank);
    t.same(
      ranks,
      [...ranks].sort((a, b) => a - b),
      `rows in action order: ${list.map((r) => `${r.destination} ${r.observed}`).join(', ')}`,
    );
    t.ok(ranks.includes(0) && ranks.includes(2) && ranks.includes(5), 'the fixture has blocked, untested and open rows');
    // Catalog order is kept within a rank: the first blocked row is the first blocked entry of the catalog.
    const firstBlocked = labReport.endpoints.find((e) =>
      list.some((r) => r.observed === 'blocked' && r.destination === e.entry && rank(r) === 0),
    );
    t.equal(list[0]?.destination, firstBlocked?.entry);
  }
  t.end();
});

t.test('a row whose failures are only this host running out of files is not tested, not blocked', (t) => {
  const [first, second, ...rest] = labReport.endpoints;
  if (first === undefined || second === undefined) throw new Error('the lab report has endpoints');
  const local = { ...first, status: 'fail' as const, code: 'LOCAL_LIMIT_REACHED' as const, message: 'EMFILE' };
  const blocked = { ...second, entry: first.entry, port: first.port, status: 'fail' as const, code: 'CONNECT_TIMEOUT' as const };
  const only = firewallRows({ ...labReport, endpoints: [local, ...rest] }).find((r) => r.destination === first.entry);
  t.equal(only?.observed, 'untested', 'no firewall state was measured');
  t.match(only?.action, /^No firewall change shown: this host ran out of open files/);
  const mixed = firewallRows({ ...labReport, endpoints: [local, blocked, ...rest] }).find((r) => r.destination === first.entry);
  t.equal(mixed?.observed, 'blocked', 'a real timeout beside it still makes the row blocked');
  t.end();
});
