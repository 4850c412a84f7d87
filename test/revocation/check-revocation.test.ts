import { X509Certificate } from 'node:crypto';
import t from 'tap';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import { createIntermediate } from '../../src/demo/certificate-authority.js';
import { probeTarget } from '../../src/probes/probe-target.js';
import { RunStop } from '../../src/probes/run-stop.js';
import type { ProbeOutcome } from '../../src/probes/types.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { applyRevocation, checkRevocation } from '../../src/revocation/check-revocation.js';
import { startSimulatedProxy } from '../../src/demo/simulated-proxy.js';
import { startProbeLab } from '../helpers/probe-lab.js';
import { ocspSerialOf, startEndpoint, startRevocationServer, startStallServer, type RevocationAnswer } from './revocation-servers.js';

// Issue 11 §2: every CRL/OCSP/caIssuers URL of the chains the endpoints present is fetched once along the SCP's
// route and judged by its content. Each misbehaviour here is a real loopback server: one that answers, a refused
// port, a stall, a 404, and a block page that answers 200 in place of the CRL (the false PASS to rule out).

const NAMES = ['good.lab.test', 'bad.lab.test', 'crl.lab.test', 'ocsp.lab.test', 'refused.lab.test', 'stall.lab.test', 'blocked.lab.test'];
const zone = Object.fromEntries(NAMES.map((h) => [h, { a: ['127.0.0.1'] }]));
const answers = (path: string): RevocationAnswer =>
  path.startsWith('/ocsp/')
    ? 'ocsp'
    : path === '/issuer.cer'
      ? 'issuer'
      : path === '/big.crl'
        ? 'big-crl'
        : path === '/z.crl'
          ? 'block-page'
          : path === '/portal.crl'
            ? 'portal'
            : path.endsWith('.crl') && path !== '/missing.crl'
              ? 'crl'
              : 'not-found';
const target = (host: string): ProbeTarget => ({ id: `https://${host}:443/`, host, port: 443, scheme: 'https', path: '/' });

async function lab(t: { teardown(fn: () => unknown): void }) {
  const ports: Record<string, number> = {};
  const probeLab = await startProbeLab(t, { zone, hosts: {}, route: (host, _port, p) => ports[host] ?? p.refused });
  const intermediate = createIntermediate(probeLab.ca, 'Lab Intermediate', { revocation: { crl: ['http://crl.lab.test/mid.crl'] } });
  const revocation = await startRevocationServer(t, answers, new X509Certificate(intermediate.certPem).raw);
  for (const host of ['crl.lab.test', 'ocsp.lab.test', 'blocked.lab.test']) ports[host] = revocation.port;
  ports['stall.lab.test'] = await startStallServer(t);
  ports['good.lab.test'] = await startEndpoint(t, intermediate, 'good.lab.test', {
    crl: ['http://crl.lab.test/good.crl', 'ldap://crl.lab.test/cn=ignored'],
    ocsp: ['http://ocsp.lab.test/ocsp/'],
    caIssuers: ['http://crl.lab.test/issuer.cer'],
  });
  ports['bad.lab.test'] = await startEndpoint(t, intermediate, 'bad.lab.test', {
    crl: [
      'http://crl.lab.test/good.crl',
      'http://refused.lab.test/x.crl',
      'http://stall.lab.test/y.crl',
      'http://blocked.lab.test/z.crl',
      'http://crl.lab.test/missing.crl',
      'http://crl.lab.test/big.crl',
      'http://crl.lab.test/portal.crl',
    ],
  });
  return { probeLab, revocation, ports };
}

t.test('each URL once, judged by content: answers pass; refused, stalled, 404 and a block page are REVOCATION_UNREACHABLE', async (t) => {
  const { probeLab, revocation } = await lab(t);
  const targets = [target('good.lab.test'), target('bad.lab.test')];
  const context = probeLab.context({ timeoutMs: 2000 });
  const outcomes = new Map<string, ProbeOutcome>();
  for (const probe of targets) outcomes.set(probe.id, await probeLabTarget(probeLab, probe));
  t.equal(outcomes.get(targets[0]!.id)!.status, 'pass', outcomes.get(targets[0]!.id)!.message);

  const checks = await checkRevocation(targets, outcomes, context, 4);
  const byUrl = Object.fromEntries(checks.map((c) => [c.url, c]));
  t.same(
    Object.keys(byUrl).sort(),
    [
      'http://blocked.lab.test/z.crl',
      'http://crl.lab.test/big.crl',
      'http://crl.lab.test/good.crl',
      'http://crl.lab.test/issuer.cer',
      'http://crl.lab.test/mid.crl',
      'http://crl.lab.test/missing.crl',
      'http://crl.lab.test/portal.crl',
      'http://ocsp.lab.test/ocsp/',
      'http://refused.lab.test/x.crl',
      'http://stall.lab.test/y.crl',
    ],
    'every http URL of leaf and intermediate, LDAP left out',
  );
  t.equal(revocation.requests.filter((r) => r.startsWith('GET /good.crl ')).length, 1, 'a URL two chains share is fetched once');
  t.equal(revocation.requests.filter((r) => r.startsWith('GET /mid.crl ')).length, 1, "the intermediate's CRL, named by both chains, once");
  t.same(byUrl['http://crl.lab.test/good.crl']!.neededBy.map((n) => n.host).sort(), ['bad.lab.test', 'good.lab.test']);
  t.same(
    byUrl['http://crl.lab.test/mid.crl']!.neededBy.map((n) => n.certificate),
    ['CN=Lab Intermediate', 'CN=Lab Intermediate'],
  );

  for (const url of [
    'http://crl.lab.test/good.crl',
    'http://crl.lab.test/mid.crl',
    'http://ocsp.lab.test/ocsp/',
    'http://crl.lab.test/issuer.cer',
    'http://crl.lab.test/big.crl',
  ]) {
    t.equal(byUrl[url]!.status, 'pass', `${url}: ${byUrl[url]!.message}`);
  }
  t.match(byUrl['http://crl.lab.test/good.crl']!.message, /answered with a DER CRL/);
  t.match(byUrl['http://ocsp.lab.test/ocsp/']!.message, /an OCSP response \(successful/);
  t.match(byUrl['http://crl.lab.test/issuer.cer']!.message, /the issuer certificate "CN=Lab Intermediate"/);
  t.match(
    byUrl['http://crl.lab.test/big.crl']!.message,
    /first 1048576 read/,
    'a CRL over 1 MiB is judged by its first MiB, not read whole',
  );
  t.ok(byUrl['http://crl.lab.test/big.crl']!.bytes! <= 1024 * 1024);

  // The OCSP GET carries a real RFC 6960 request for the leaf that named the responder.
  const ocspPath = revocation.requests.find((r) => r.startsWith('GET /ocsp/'))!.split(' ')[1]!;
  const leafSerial = (
    outcomes.get(targets[0]!.id)!.stages.find((s) => s.stage === 'tls')!.detail as unknown as { chain: { serialNumber: string }[] }
  ).chain[0]!.serialNumber;
  t.equal(
    ocspSerialOf(ocspPath)?.toLowerCase(),
    leafSerial.toLowerCase().replace(/^0+/, ''),
    "the OCSP request asks about the leaf's serial",
  );

  const bad = (url: string, re: RegExp) => {
    const check = byUrl[url]!;
    t.equal(check.status, 'warn', url);
    t.equal(check.code, 'REVOCATION_UNREACHABLE', url);
    t.match(check.message, re, url);
    t.match(check.message, /needed to check revocation of bad\.lab\.test port 443/, `${url} names the endpoint`);
  };
  bad('http://refused.lab.test/x.crl', /cannot be reached along the route direct: .*refused/i);
  bad('http://stall.lab.test/y.crl', /did not answer along the route direct: no HTTP response within 2000 ms/);
  bad(
    'http://blocked.lab.test/z.crl',
    /not served along the route direct: A transparent proxy or filtering device answered in place of blocked\.lab\.test/,
  );
  bad('http://crl.lab.test/missing.crl', /answered HTTP 404/);
  bad('http://crl.lab.test/portal.crl', /not served along the route direct: A captive portal answered in place of crl\.lab\.test/);

  const applied = applyRevocation(targets, outcomes, checks);
  const good = applied.get(targets[0]!.id)!;
  t.equal(good.status, 'pass', 'a chain whose every URL answered stays a pass');
  const badOutcome = applied.get(targets[1]!.id)!;
  t.equal(badOutcome.status, 'warn');
  t.equal(badOutcome.code, 'REVOCATION_UNREACHABLE');
  t.match(
    badOutcome.message,
    new RegExp(
      String.raw`CRL http:\/\/refused\.lab\.test\/x\.crl, CRL http:\/\/stall\.lab\.test\/y\.crl, CRL` +
        String.raw` http:\/\/blocked\.lab\.test\/z\.crl, CRL http:\/\/crl\.lab\.test\/missing\.crl, CRL` +
        String.raw` http:\/\/crl\.lab\.test\/portal\.crl are not reachable`,
    ),
  );
  t.match(
    badOutcome.stages.find((s) => s.stage === 'tls'),
    { status: 'warn', code: 'REVOCATION_UNREACHABLE' },
  );
});

t.test("through an HTTP proxy: the URLs go the proxy's way, and its block page is no CRL", async (t) => {
  const { probeLab, ports } = await lab(t);
  const proxy = await startSimulatedProxy({
    deny: ['blocked.lab.test'],
    connectTo: (host) => ({ host: '127.0.0.1', port: ports[host] ?? 1 }),
  });
  t.teardown(() => proxy.close());
  const server = proxyServer('http', '127.0.0.1', proxy.port);
  const route = { kind: 'http' as const, proxy: server.url, reason: '--proxy' };
  const context = { ...probeLab.context({ timeoutMs: 2000 }), routeFor: routingFrom(() => [{ route, server }], null, route) };
  const probe = target('bad.lab.test');
  const outcome = await probeTarget(probe, context, context.signal);
  t.not(outcome.stages.find((s) => s.stage === 'tls')?.status, 'fail', outcome.message);
  const checks = await checkRevocation([probe], new Map([[probe.id, outcome]]), context, 4);
  const byUrl = Object.fromEntries(checks.map((c) => [c.url, c]));
  t.ok(
    proxy.requests.some((r) => r.method === 'GET' && r.target === 'http://crl.lab.test/good.crl'),
    'the CRL was asked of the proxy, in absolute form',
  );
  t.equal(byUrl['http://crl.lab.test/good.crl']!.status, 'pass', byUrl['http://crl.lab.test/good.crl']!.message);
  t.equal(byUrl['http://crl.lab.test/good.crl']!.route.proxy, server.url);
  const blocked = byUrl['http://blocked.lab.test/z.crl']!;
  t.equal(blocked.code, 'REVOCATION_UNREACHABLE');
  t.match(
    blocked.message,
    new RegExp(`not served along the route through ${server.url.replace(/[.]/g, '\\.')}: .*refused GET http://blocked\\.lab\\.test`),
  );
  t.match(blocked.stages.at(-1), { stage: 'proxy', code: 'PROXY_DENIED' });
});

t.test('a stopped run fetches nothing and blames no URL', async (t) => {
  const { probeLab } = await lab(t);
  const probe = target('good.lab.test');
  const outcome = await probeLabTarget(probeLab, probe);
  const stopped = new AbortController();
  stopped.abort(new RunStop('interrupt', 0));
  const checks = await checkRevocation([probe], new Map([[probe.id, outcome]]), probeLab.context({ signal: stopped.signal }), 2);
  t.ok(checks.length > 0);
  t.ok(
    checks.every((c) => c.status === 'skip' && c.code === 'RUN_STOPPED'),
    'RUN_STOPPED, never REVOCATION_UNREACHABLE',
  );
});

async function probeLabTarget(probeLab: Awaited<ReturnType<typeof startProbeLab>>, probe: ProbeTarget): Promise<ProbeOutcome> {
  return probeLab.probe({ host: probe.host, port: probe.port, scheme: probe.scheme, path: probe.path }, { timeoutMs: 2000 });
}
