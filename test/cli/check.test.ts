import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { startDnsServer } from '../../src/demo/dns-server.js';
import type { Report } from '../../src/model/report.js';
import { runCli } from './run-cli.js';
import { TEST_LAB_FLAG } from '../helpers/lab-addresses.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

// The built-in 2018 catalog, probed through a test DNS server: nothing is resolved or contacted beyond loopback.
// Names answer NXDOMAIN (unknown), SERVFAIL, REFUSED, no address, or 127.0.0.1 where ports 443/80 are closed.
t.test('check --edition 2018 --intune --tenant-id … --json against a loopback DNS', async (t) => {
  const dns = await startDnsServer({
    zone: {
      'go.microsoft.com': { a: ['127.0.0.1'] },
      'download.microsoft.com': { cname: 'download.microsoft.com.edgesuite.test' },
      'download.microsoft.com.edgesuite.test': { cname: 'e3673.dscg.akamaiedge.net' },
      'e3673.dscg.akamaiedge.net': { a: ['127.0.0.1'] },
      'download.windowsupdate.com': { rcode: 'SERVFAIL' },
      'blob.core.windows.net': { rcode: 'REFUSED' },
      'login.microsoftonline.com': {},
    },
  });
  t.teardown(() => dns.close());
  const out = mkdtempSync(join(tmpdir(), 'scp-preflight-check-'));
  const result = await runCli([
    'check',
    '--edition',
    '2018',
    '--intune',
    '--tenant-id',
    TENANT,
    '--dns-server',
    dns.server,
    ...TEST_LAB_FLAG,
    '--json',
    '--out',
    out,
    '--timeout',
    '1500',
  ]);
  t.equal(result.code, 1, 'not ready: exit 1');
  const report = JSON.parse(result.stdout) as Report;
  t.equal(report.verdict, 'not-ready');
  t.equal(report.settings.edition, '2018');
  t.match(report.settings.catalog.provenance, { date: '2018-01-29' });
  const status = (host: string, port: number) =>
    report.endpoints.filter((e) => e.host === host && e.port === port).map((e) => `${e.status} ${e.code}`);
  t.same([...new Set(status('go.microsoft.com', 443))], ['fail CONNECT_REFUSED']);
  t.same([...new Set(status('download.microsoft.com', 80))], ['fail CONNECT_REFUSED']);
  t.same(status('download.windowsupdate.com', 443), ['fail DNS_SERVFAIL']);
  t.same(status('blob.core.windows.net', 80), ['fail DNS_REFUSED']);
  t.same(status('login.microsoftonline.com', 443), ['fail DNS_NO_ADDRESS']);
  t.same(status('bspmts.mp.microsoft.com', 443), ['fail DNS_NXDOMAIN']);
  t.same(status('*.akamaitechnologies.com', 443), ['skip WILDCARD_UNTESTED']);
  const akamai = report.endpoints.filter((e) => e.entry === '*.akamaiedge.net');
  t.same(
    akamai.map((e) => `${e.host}:${e.port} ${e.code}`),
    ['e3673.dscg.akamaiedge.net:443 CONNECT_REFUSED', 'e3673.dscg.akamaiedge.net:80 CONNECT_REFUSED'],
    'a wildcard is probed through a host the DNS answers revealed',
  );
  t.match(
    akamai[0]!.notes[0],
    /discovered in DNS: download\.microsoft\.com\.edgesuite\.test is an alias \(CNAME\) of e3673\.dscg\.akamaiedge\.net/,
  );
  const login = report.endpoints.find((e) => e.host === 'login.microsoftonline.com')!;
  t.equal(login.path, `/${TENANT}`);
  const cname = report.endpoints.find((e) => e.host === 'download.microsoft.com')!.stages[0]!.detail;
  t.match(cname, { kind: 'dns', cnames: [{ target: 'download.microsoft.com.edgesuite.test' }], server: dns.server });
  t.equal(report.endpoints.filter((e) => e.entry === 'download.microsoft.com').length, 4, 'listed twice in the document × 2 ports');
  t.ok(
    report.endpoints.every((e) => e.status === 'pass' || (e.code !== null && e.message.length > 20 && e.remediation)),
    'every non-pass has code, reason and fix',
  );
  t.same(report.summary, {
    pass: 0,
    warn: 0,
    fail: report.counts.endpoints.fail,
    skip: report.counts.endpoints.skip + report.rules.length,
    waived: 0,
  });
  const files = readdirSync(out).sort();
  t.match(files, [/^latest\.html$/, /^latest\.json$/, /^scp-preflight-\d{8}-\d{6}\.html$/, /^scp-preflight-\d{8}-\d{6}\.json$/]);
  t.same(JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')), report, 'the file is the same record');
  t.notMatch(result.stdout.trim().split('\n').at(-1), /report:/, 'stdout holds only the JSON');
});

t.test('demo: a simulated network with the four deliberate faults; reports never overwrite an earlier run', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'scp-preflight-demo-'));
  const first = await runCli(['demo', '--json', '--out', out, '--timeout', '1000']);
  const second = await runCli(['demo', '--out', out, '--timeout', '1000']);
  t.equal(first.code, 1);
  const report = JSON.parse(first.stdout) as Report;
  t.equal(report.settings.simulation, true);
  t.same(report.settings.labAddresses, ['127.0.0.1/32'], "the demo declares its own servers' address as its lab");
  const codes = new Set(report.endpoints.map((e) => e.code));
  for (const code of ['DNS_NXDOMAIN', 'CONNECT_REFUSED', 'CONNECT_TIMEOUT', 'TLS_CERT_EXPIRED', 'WILDCARD_UNTESTED', 'PROXY_DENIED'])
    t.ok(codes.has(code as never), `demo shows ${code}`);
  // The NXDOMAIN fault sits on a name the current list still has (sccmconnected-a01 left it on 2026-06-08).
  t.same(
    [...new Set(report.endpoints.filter((e) => e.code === 'DNS_NXDOMAIN').map((e) => e.host))],
    ['ceuswatcab01.blob.core.windows.net'],
  );
  t.notOk(report.endpoints.some((e) => e.host === 'sccmconnected-a01.cloudapp.net'));
  const denied = report.endpoints.find((e) => e.code === 'PROXY_DENIED')!;
  t.match(denied.route, { kind: 'http', proxy: /^http:\/\/127\.0\.0\.1:\d+$/, reason: /^PAC returned "PROXY 127\.0\.0\.1:\d+"/ });
  t.ok(
    report.endpoints.some((e) => e.status === 'pass' && e.route.kind === 'http'),
    'the authenticating proxy lets the rest through',
  );
  t.ok(
    report.endpoints.some((e) => e.status === 'pass' && e.route.kind === 'direct'),
    'and the PAC file sends some hosts direct',
  );
  t.ok(
    report.endpoints.some((e) => e.status === 'pass'),
    'and passes',
  );
  t.match(second.stdout, /SIMULATION/);
  t.match(second.stderr, /SIMULATION: probing a simulated internet on 127\.0\.0\.1/);
  t.match(second.stdout, /NOT READY/);
  const stamped = readdirSync(out).filter((f) => f.startsWith('scp-preflight-') && f.endsWith('.json'));
  t.equal(stamped.length, 2, 'two runs, two report files');
});
