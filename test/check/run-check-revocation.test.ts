import t from 'tap';
import { runCheck, type CheckInput } from '../../src/check/run-check.js';
import type { Catalog } from '../../src/catalog/types.js';
import { createIntermediate } from '../../src/demo/certificate-authority.js';
import { DIRECT_ROUTE } from '../../src/probes/routing.js';
import { firewallRows } from '../../src/report/firewall-rows.js';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import { startProbeLab } from '../helpers/probe-lab.js';
import { startEndpoint, startRevocationServer } from '../revocation/revocation-servers.js';

// The whole run on loopback: two documented endpoints, one of whose chains names a refused CRL host, every Date an
// hour ahead. The report must carry the revocation fetches, the endpoint's warning, the derived firewall row, and the
// CLOCK_SKEW run finding, counted by the verdict; and it must match the schema.

const HOUR = 3_600_000;
const NAMES = ['one.lab.test', 'two.lab.test', 'crl.lab.test', 'gone.lab.test'];

t.test('runCheck: revocation, derived rows and clock skew in one report', async (t) => {
  const ports: Record<string, number> = {};
  const lab = await startProbeLab(t, {
    zone: Object.fromEntries(NAMES.map((n) => [n, { a: ['127.0.0.1'] }])),
    hosts: {},
    route: (host, _p, p) => ports[host] ?? p.refused,
  });
  const intermediate = createIntermediate(lab.ca, 'Run Lab Intermediate', { revocation: { crl: ['http://crl.lab.test/mid.crl'] } });
  ports['crl.lab.test'] = (await startRevocationServer(t, () => 'crl', Buffer.alloc(0))).port;
  ports['one.lab.test'] = await startEndpoint(t, intermediate, 'one.lab.test', { crl: ['http://crl.lab.test/one.crl'] }, HOUR);
  ports['two.lab.test'] = await startEndpoint(t, intermediate, 'two.lab.test', { crl: ['http://gone.lab.test/two.crl'] }, HOUR);
  const catalog: Catalog = {
    edition: 'lab',
    provenance: { title: 'Lab catalog', url: 'https://example.invalid/lab', date: '2026-12-02' },
    barePorts: [443],
    groups: [{ id: 'lab', title: 'Lab' }],
    entries: [
      { text: 'one.lab.test', group: 'lab' },
      { text: 'two.lab.test', group: 'lab' },
    ],
  };
  const context = lab.context({ timeoutMs: 2000 });
  const input: CheckInput = {
    catalog,
    catalogFile: null,
    planOptions: { intune: false, groups: [], tenantId: null },
    timeoutMs: 2000,
    deadlineS: 60,
    concurrency: 4,
    dnsServers: context.dnsServers,
    labAddresses: context.labAddresses!,
    trust: context.trust,
    caFile: null,
    publicRoots: lab.rootFile,
    strict: false,
    simulation: false,
    routing: context.routeFor,
    defaultRoute: DIRECT_ROUTE,
    probeNetwork: true,
    evaluateRules: () => [],
    networkInformational: false,
    dialPort: context.dialPort!,
  };
  const report = await runCheck(input);
  t.same(reportSchemaErrors(JSON.parse(JSON.stringify(report))), [], 'schema-valid');
  const byHost = Object.fromEntries(report.endpoints.map((e) => [e.host, e]));
  t.equal(byHost['one.lab.test']!.status, 'pass', byHost['one.lab.test']!.message);
  t.equal(byHost['two.lab.test']!.code, 'REVOCATION_UNREACHABLE', byHost['two.lab.test']!.message);
  t.equal(report.revocation?.length, 3, "one.crl, two.crl and the intermediate's mid.crl, once each");
  t.match(
    report.revocation?.find((c) => c.url === 'http://crl.lab.test/mid.crl'),
    { status: 'pass', neededBy: [{ certificate: 'CN=Run Lab Intermediate' }, { certificate: 'CN=Run Lab Intermediate' }] },
  );
  t.match(
    firewallRows(report).find((r) => r.destination === 'http://gone.lab.test'),
    { origin: 'revocation', observed: 'blocked', purpose: /two\.lab\.test/ },
  );
  t.match(report.runFindings, [{ code: 'CLOCK_SKEW', status: 'warn' }]);
  t.same(report.counts.run, { pass: 0, warn: 1, fail: 0, skip: 0, waived: 0 });
  t.equal(report.summary.warn, 2, 'the endpoint warning and the run finding');
  t.equal(report.verdict, 'ready');
  t.match(report.headline, 'READY WITH WARNINGS');
  const strict = await runCheck({ ...input, strict: true });
  t.equal(strict.verdict, 'not-ready', '--strict: REVOCATION_UNREACHABLE and CLOCK_SKEW fail the run');
});
