import net from 'node:net';
import tls from 'node:tls';
import t from 'tap';
import type { Catalog } from '../../src/catalog/types.js';
import { runCheck, type CheckInput } from '../../src/check/run-check.js';
import type { CertificateAuthority } from '../../src/demo/certificate-authority.js';
import { chooseClientProfile } from '../../src/probes/client-profiles/choose.js';
import { directRouting } from '../../src/probes/routing.js';
import { buildTrustStore } from '../../src/probes/trust-store.js';
import { renderConsole } from '../../src/report/console.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import { TEST_LAB_RANGES } from '../helpers/lab-addresses.js';
import { startProbeLab } from '../helpers/probe-lab.js';

// Issue 11 §1: `--client-profile all` probes each 443 endpoint once per Windows profile and every view shows
// "which Windows versions can reach it". Two loopback endpoints: one accepting only ECDHE-RSA-AES-GCM (every version
// but 2012 R2), one only TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 (up to 2019; 2022 and 2025 filter it with
// SCH_USE_STRONG_CRYPTO). The verdict stands on the main run (the full OpenSSL set), where both pass.

type Teardown = { teardown(fn: () => unknown): void };

async function narrowServer(t: Teardown, ca: CertificateAuthority, host: string, options: tls.TlsOptions): Promise<number> {
  const leaf = ca.issue({ hosts: [host] });
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ cert: leaf.chainPem, key: leaf.keyPem, maxVersion: 'TLSv1.2', ...options }, (s) => {
    s.on('error', () => {});
    s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

const catalog: Catalog = {
  edition: 'profile-lab',
  provenance: { title: 'profile lab', url: 'https://example.invalid/', date: '2026-12-02' },
  barePorts: [443],
  groups: [{ id: 'lab', title: 'Lab' }],
  entries: [
    { text: 'gcm-only.test', group: 'lab' },
    { text: 'dhe-only.test', group: 'lab' },
    { text: 'http://gcm-only.test', group: 'lab' },
  ],
};

t.test('--client-profile all: a matrix in JSON, console, Markdown, HTML, CSV and JUnit', async (t) => {
  const ports: Record<string, number> = {};
  const lab = await startProbeLab(t, {
    zone: { 'gcm-only.test': { a: ['127.0.0.1'] }, 'dhe-only.test': { a: ['127.0.0.1'] } },
    hosts: {},
    route: (host, port, p) => (port === 80 ? p.http : ports[host]!),
  });
  ports['gcm-only.test'] = await narrowServer(t, lab.ca, 'gcm-only.test', {
    ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256',
  });
  ports['dhe-only.test'] = await narrowServer(t, lab.ca, 'dhe-only.test', { ciphers: 'DHE-RSA-AES256-GCM-SHA384', dhparam: 'auto' });
  const trust = buildTrustStore({ caFile: null, publicRoots: lab.rootFile, extraCaCertsFile: null });
  const input: CheckInput = {
    catalog,
    catalogFile: null,
    planOptions: { intune: false, groups: [], tenantId: null },
    timeoutMs: 4000,
    deadlineS: 120,
    concurrency: 4,
    dnsServers: [lab.dnsServer],
    labAddresses: TEST_LAB_RANGES,
    trust,
    caFile: null,
    publicRoots: lab.rootFile,
    strict: false,
    simulation: false,
    routing: directRouting(),
    defaultRoute: { kind: 'direct', proxy: null, reason: 'no proxy configured' },
    probeNetwork: true,
    evaluateRules: () => [],
    networkInformational: false,
    dialPort: (host, port) => (port === 80 ? lab.ports.http : ports[host]!),
    clientProfile: chooseClientProfile('all', null),
  };
  const report = await runCheck(input);
  t.same(reportSchemaErrors(report), [], 'the report matches its schema');
  t.match(report.settings.clientProfile, {
    id: 'node',
    chosenBy: 'flag',
    matrix: ['windows-2012r2', 'windows-2016', 'windows-2019', 'windows-2022', 'windows-2025'],
  });
  const row = (host: string) => report.endpoints.find((e) => e.host === host && e.port === 443)!;
  t.equal(row('gcm-only.test').status, 'pass', 'the main run (full OpenSSL set) reaches it');
  const cells = (host: string) =>
    Object.fromEntries((row(host).profiles ?? []).map((c) => [c.profile, c.status === 'pass' ? 'pass' : c.code]));
  t.same(cells('gcm-only.test'), {
    'windows-2012r2': 'TLS_NO_SHARED_CIPHER',
    'windows-2016': 'pass',
    'windows-2019': 'pass',
    'windows-2022': 'pass',
    'windows-2025': 'pass',
  });
  t.same(cells('dhe-only.test'), {
    'windows-2012r2': 'pass',
    'windows-2016': 'pass',
    'windows-2019': 'pass',
    'windows-2022': 'TLS_NO_SHARED_CIPHER',
    'windows-2025': 'TLS_NO_SHARED_CIPHER',
  });
  t.notOk(report.endpoints.find((e) => e.port === 80)?.profiles, 'port 80 is not a TLS endpoint: no cells');
  t.equal(report.verdict, 'ready', 'informational: the verdict stands on the main profile');

  const consoleText = renderConsole(report, { color: false, width: 200 });
  t.match(consoleText, /TLS client: node .*matrix of windows-2012r2, windows-2016/);
  t.match(consoleText, /Which Windows versions can reach it/);
  t.match(consoleText, /gcm-only\.test:443[^\n]*NO: no shared cipher[^\n]*yes \(TLSv1\.2\)/);
  const md = renderMarkdown(report);
  t.match(md, /## Which Windows versions can reach it/);
  t.match(
    md,
    /\| `dhe-only.test:443` \| yes \(TLSv1\.2\) \| yes \(TLSv1\.2\) \| yes \(TLSv1\.2\) \| NO: no shared cipher \| NO: no shared cipher \|/,
  );
  const page = renderHtml(report);
  t.match(page, /<h2 id="profiles-h">Which Windows versions can reach it<\/h2>/);
  t.match(page, /<th scope="col">windows-2012r2<\/th>/);
  const csv = renderCsv(report).split('\r\n');
  t.match(csv[0], /,profiles_reaching,profiles_failing$/);
  t.match(
    csv.find((l) => l.startsWith('gcm-only.test,') && /,443,/.test(l)),
    /,windows-2016 windows-2019 windows-2022 windows-2025,windows-2012r2$/,
  );
  const junit = renderJunit(report);
  t.match(junit, /<property name="clientProfile" value="node"\/>/);
  t.match(junit, /Client profiles: windows-2012r2 NO: no shared cipher; windows-2016 yes \(TLSv1\.2\)/);
});

t.test('a single profile: the report records it and the negotiated suite; no matrix anywhere', async (t) => {
  const ports: Record<string, number> = {};
  const lab = await startProbeLab(t, { zone: { 'gcm-only.test': { a: ['127.0.0.1'] } }, hosts: {}, route: (host) => ports[host]! });
  ports['gcm-only.test'] = await narrowServer(t, lab.ca, 'gcm-only.test', {
    ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256',
  });
  const trust = buildTrustStore({ caFile: null, publicRoots: lab.rootFile, extraCaCertsFile: null });
  const one: Catalog = { ...catalog, entries: [{ text: 'gcm-only.test', group: 'lab' }] };
  const report = await runCheck({
    catalog: one,
    catalogFile: null,
    planOptions: { intune: false, groups: [], tenantId: null },
    timeoutMs: 4000,
    deadlineS: 60,
    concurrency: 2,
    dnsServers: [lab.dnsServer],
    labAddresses: TEST_LAB_RANGES,
    trust,
    caFile: null,
    publicRoots: lab.rootFile,
    strict: false,
    simulation: false,
    routing: directRouting(),
    defaultRoute: { kind: 'direct', proxy: null, reason: 'no proxy configured' },
    probeNetwork: true,
    evaluateRules: () => [],
    networkInformational: false,
    dialPort: (host) => ports[host]!,
    clientProfile: chooseClientProfile('windows-2012r2', null),
  });
  t.same(reportSchemaErrors(report), []);
  t.match(report.settings.clientProfile, {
    id: 'windows-2012r2',
    chosenBy: 'flag',
    matrix: [],
    source: { title: 'TLS Cipher Suites in Windows 8.1' },
  });
  t.match(report.settings.clientProfile?.offered, /TLSv1 to TLSv1\.2, 24 suites/);
  const e = report.endpoints[0]!;
  t.equal(e.code, 'TLS_NO_SHARED_CIPHER');
  t.equal(report.verdict, 'not-ready');
  t.notOk(e.profiles);
  t.match(
    renderHtml(report),
    /client profile windows-2012r2 · full OpenSSL client: TLSv1\.2 ECDHE-RSA-AES\d+-GCM-SHA\d+/,
    'the appendix shows both handshakes',
  );
  t.notMatch(renderMarkdown(report), /Which Windows versions/);
  t.match(renderMarkdown(report), /\*\*TLS client:\*\* windows-2012r2 \(Windows Server 2012 R2/);
  t.notMatch(renderCsv(report).split('\r\n')[0], /profiles_/);
});
