import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { pacChooser, pacSource } from '../../src/proxy/pac.js';
import { buildTrustStore } from '../../src/probes/trust-store.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { closedPort, https, startProxyLab } from '../helpers/proxy-servers.js';

const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-pac-'));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const pending = { kind: 'http' as const, proxy: null, reason: 'PAC' };
const hosts = { 'ok.test': { certificate: 'valid' as const }, 'inside.corp.test': { certificate: 'valid' as const } };

t.test('PAC: fallback list tried in order, the one that answered recorded; DIRECT and our own DNS in the sandbox', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone: { 'ok.test': { a: ['127.0.0.1'] }, 'inside.corp.test': { a: ['10.9.8.7'] } } });
  const proxy = await lab.proxy();
  const dead = await closedPort();
  const file = write(
    'fallback.pac',
    `function FindProxyForURL(url, host) {
    if (isInNet(dnsResolve(host), "10.0.0.0", "255.0.0.0")) return "DIRECT";
    if (dnsDomainIs(host, ".test") && myIpAddress() !== "") return "PROXY 127.0.0.1:${dead}; PROXY 127.0.0.1:${proxy.port}; DIRECT";
    return "DIRECT";
  }`,
  );
  const routing = routingFrom(pacChooser(pacSource(file)), null, pending);
  const outcome = await lab.probe(https('ok.test'), routing);
  t.equal(outcome.status, 'pass', outcome.message);
  t.equal(outcome.route.proxy, `http://127.0.0.1:${proxy.port}`);
  t.match(
    outcome.route.reason,
    new RegExp(`PAC returned "PROXY 127.0.0.1:${dead}; PROXY 127.0.0.1:${proxy.port}; DIRECT"; http://127.0.0.1:${dead} unreachable`),
  );
  const fallback = outcome.stages.find((s) => s.message.startsWith('Fallback:'));
  t.equal(fallback?.status, 'skip', 'the unreachable first proxy is evidence, not the verdict');
  const inside = routing({ host: 'inside.corp.test', port: 443, scheme: 'https' });
  const opened = await inside.opener(
    { host: 'inside.corp.test', port: 443, scheme: 'https' },
    {
      signal: new AbortController().signal,
      timeoutMs: 300,
      dnsServers: [lab.dnsServer],
      trust: buildTrustStore({ caFile: null, publicRoots: null, extraCaCertsFile: null }),
      isDocumented: () => true,
      routeFor: routing,
      dialPort: () => dead,
    },
    new AbortController().signal,
  );
  t.match(opened.route, { kind: 'direct', reason: 'PAC returned "DIRECT"' }, 'dnsResolve went to the test DNS server');
});

t.test('PAC from a URL, and a PAC that throws or answers garbage', async (t) => {
  const lab = await startProxyLab(t, { hosts });
  const proxy = await lab.proxy();
  const server = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'application/x-ns-proxy-autoconfig');
    res.end(
      req.url === '/broken.pac'
        ? 'function FindProxyForURL(url, host) { if (host === "ok.test") throw new Error("boom"); return "NONSENSE x"; }'
        : `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${proxy.port}"; }`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const good = await lab.probe(https('ok.test'), routingFrom(pacChooser(pacSource(`${base}/proxy.pac`)), null, pending));
  t.equal(good.status, 'pass', good.message);
  t.equal(good.route.reason, `PAC returned "PROXY 127.0.0.1:${proxy.port}"`);
  const broken = routingFrom(pacChooser(pacSource(`${base}/broken.pac`)), null, pending);
  const thrown = await lab.probe(https('ok.test'), broken);
  t.equal(thrown.code, 'PROXY_PROTOCOL_ERROR');
  t.match(thrown.message, /boom/);
  const garbage = await lab.probe(https('other.test'), broken);
  t.match(garbage.message, /NONSENSE x/);
  const missing = await lab.probe(
    https('ok.test'),
    routingFrom(pacChooser(pacSource(`http://127.0.0.1:${await closedPort()}/x.pac`)), null, pending),
  );
  t.equal(missing.code, 'PROXY_UNREACHABLE');
  t.match(missing.message, /could not be loaded/);
});

t.test('a PAC file with a syntax error or no FindProxyForURL stops the run before probing', async (t) => {
  t.throws(() => pacSource(write('bad.pac', 'function FindProxyForURL(url, host) {\n  return "DIRECT"\n')), /--pac: .*bad\.pac/);
  t.throws(() => pacSource(write('none.pac', 'var x = 1;')), /defines no FindProxyForURL/);
  t.throws(() => pacSource(join(dir, 'missing.pac')), /cannot read/);
});
