import t from 'tap';
import { buildFleet } from '../../src/fleet/build-fleet.js';
import { differenceReason, nameList } from '../../src/fleet/differences.js';
import { digestReport } from '../../src/fleet/digest.js';
import { simulationState } from '../../src/fleet/load-reports.js';
import { renderFleetHtml } from '../../src/fleet/render-html.js';
import { InputError } from '../../src/model/input-error.js';
import type { FailureCode } from '../../src/model/codes.js';
import type { ObservedState } from '../../src/report/firewall-rows.js';
import type { Report } from '../../src/model/report.js';
import { reportTotals } from '../../src/model/verdict.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';
import type { Waiver } from '../../src/model/waivers.js';

/** The lab report as another host made it, with every endpoint open. */
function allOpen(name: string, startedAt = labReport.startedAt): Report {
  const endpoints = labReport.endpoints.map((e) => ({
    ...e,
    status: 'pass' as const,
    code: null,
    remediation: null,
    undocumentedHosts: [],
  }));
  return {
    ...labReport,
    ...reportTotals(endpoints, [], { strict: false }),
    endpoints,
    rules: [],
    startedAt,
    host: { ...labReport.host, hostname: name, fqdn: `${name.toLowerCase()}.contoso.com` },
  };
}

const createdAt = '2025-03-15T08:00:00.000Z';

t.test('newest run per host is used; older runs are listed as superseded', (t) => {
  const old = digestReport(allOpen('SCP02', '2025-03-10T08:00:00.000Z'), 'old.json');
  const newer = digestReport(labReport, 'new.json');
  const relabelled = digestReport({ ...labReport, host: { ...labReport.host, fqdn: 'scp02.contoso.com' } }, 'scp02-new.json');
  const f = buildFleet([old, newer, relabelled], { simulation: 'none', createdAt });
  t.same(
    f.hosts.map((h) => h.name),
    ['SCP01', 'scp02.contoso.com'],
    'equal failures: by name',
  );
  t.equal(f.hosts[0]!.blocked, f.hosts[1]!.blocked, 'the newest (failing) run of scp02 is the one shown');
  t.ok(f.hosts[1]!.blocked > 0);
  t.match(
    f.sources.find((s) => s.file === 'old.json'),
    { supersededBy: '2025-03-14T09:26:53.120Z (scp02-new.json)' },
  );
  t.equal(f.sources.find((s) => s.file === 'scp02-new.json')?.supersededBy, null);
  t.end();
});

t.test('waived hosts are not sources; sorting by failures; a pure function', (t) => {
  const definitionUpdates: Waiver = {
    match: { kind: 'host', host: 'definitionupdates.microsoft.com', port: 443 },
    reason: 'Firewall change CHG-2001 pending.',
    ticket: 'CHG-2001',
    expires: '2025-04-30',
    source: { file: 'waivers.yaml', index: 4, line: 20 },
  };
  const waived = digestReport(applyWaivers(labReport, [...labWaivers, definitionUpdates], WAIVER_TODAY), 'waived.json');
  const open = digestReport(allOpen('SCP03'), 'open.json');
  const input = [waived, open];
  const f = buildFleet(input, { simulation: 'none', createdAt });
  t.same(f, buildFleet(structuredClone(input), { simulation: 'none', createdAt }));
  const row = f.firewall.find((r) => r.destination === 'definitionupdates.microsoft.com');
  t.ok(row, 'a row with a waived host');
  t.same(row!.waivedHosts, ['SCP01']);
  t.notOk(
    row!.sources.some((s) => s.host === 'SCP01'),
    'the waived host is not asked for the rule',
  );
  t.ok(row!.needsAction, 'still listed, with who waived it');
  t.same(
    f.hosts.map((h) => h.name),
    ['SCP01', 'scp03.contoso.com'],
  );
  const blocked = f.endpoints.map((e) => e.blocked);
  t.same(
    blocked,
    [...blocked].sort((a, b) => b - a),
    'endpoints sorted by how many hosts they fail on',
  );
  t.ok(f.differences.length > 0, 'open on SCP03, blocked on SCP01');
  t.end();
});

t.test('what a difference points at, by stage and rule location', (t) => {
  const egress = 'SCP host egress';
  const proxy = 'Proxy http://proxy.contoso.com:8080';
  const cases: [ObservedState, FailureCode, string, string[], RegExp][] = [
    ['blocked', 'CONNECT_TIMEOUT', egress, [], /^the firewall on the egress path of cm-prod-01 lacks it$/],
    ['blocked', 'CONNECT_REFUSED', egress, [], /firewall on the egress path/],
    ['blocked', 'DNS_NXDOMAIN', egress, [], /^the DNS that cm-prod-01 uses does not resolve it as the others do$/],
    ['warning', 'TLS_INTERCEPTED', egress, [], /^TLS to it is inspected on the path of cm-prod-01$/],
    ['blocked', 'TLS_CERT_UNTRUSTED', egress, [], /inspection device or a wrong server/],
    ['blocked', 'HTTP_PROTOCOL_ERROR', egress, [], /a device on the path of cm-prod-01 answers in its place/],
    ['blocked', 'PROXY_DENIED', proxy, [], /^the policy of proxy http:\/\/proxy\.contoso\.com:8080, used by cm-prod-01, lacks it$/],
    [
      'blocked',
      'PROXY_DENIED',
      proxy,
      [proxy],
      /lets it through for other hosts but not for cm-prod-01: a proxy rule that depends on the source/,
    ],
    ['blocked', 'PROXY_UPSTREAM_FAILED', proxy, [egress], /proxy's own egress firewall or DNS lacks it/],
    ['blocked', 'PROXY_AUTH_REQUIRED', proxy, [], /does not accept the credentials of cm-prod-01/],
    ['blocked', 'PROXY_UNREACHABLE', proxy, [], /cannot reach proxy/],
  ];
  for (const [observed, code, location, working, reason] of cases) {
    t.match(differenceReason(['cm-prod-01'], observed, code, location, new Set(working)), reason, `${code} on ${location}`);
  }
  t.match(differenceReason(['a', 'b'], 'blocked', 'DNS_SERVFAIL', egress, new Set()), /^the DNS that a, b use does not/);
  t.equal(nameList(['a', 'b', 'c', 'd', 'e', 'f', 'g']), 'a, b, c, d, e and 2 more');
  t.end();
});

t.test('simulation state', (t) => {
  const real = digestReport(labReport, 'real.json');
  const sim = digestReport({ ...labReport, settings: { ...labReport.settings, simulation: true } }, 'demo.json');
  t.equal(simulationState([real], false), 'none');
  t.equal(simulationState([sim, sim], false), 'all');
  t.throws(() => simulationState([real, sim], false), InputError);
  t.equal(simulationState([real, sim], true), 'mixed');
  t.end();
});

t.test('a host that probed nothing says so in the fleet', (t) => {
  const rulesOnly = digestReport({ ...labReport, endpoints: [] }, 'rules.json');
  const f = buildFleet([rulesOnly, digestReport(labReport, 'x.json')], { simulation: 'none', createdAt });
  t.equal(f.sources.find((s) => s.file === 'rules.json')?.network, 'not checked');
  t.match(renderFleetHtml(f), /network not checked/);
  t.end();
});
