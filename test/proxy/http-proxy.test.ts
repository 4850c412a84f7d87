import t from 'tap';
import { Secret } from '../../src/proxy/secret.js';
import { parseAccount } from '../../src/proxy/credentials.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import type { ProxyCredentials } from '../../src/proxy/types.js';
import type { ProxyDetail } from '../../src/probes/types.js';
import { http, https, startProxyLab } from '../helpers/proxy-servers.js';

const PASSWORD = 'Pr0xy-Canary-7731!';
const hosts = { 'ok.test': { certificate: 'valid' as const, server: 'Endpoint/1' }, 'denied.test': { certificate: 'valid' as const } };

function via(port: number, credentials: ProxyCredentials | null = null, kind: 'http' | 'https' = 'http') {
  const server = proxyServer(kind, '127.0.0.1', port);
  return routingFrom(() => [{ route: { kind, proxy: server.url, reason: '--proxy' }, server }], credentials, {
    kind,
    proxy: server.url,
    reason: '--proxy',
  });
}
const account = (user = 'CONTOSO\\scp', password = PASSWORD) => parseAccount(user, new Secret(password));
const proxyDetail = (outcome: { stages: readonly { stage: string; detail: unknown }[] }) =>
  outcome.stages.filter((s) => s.stage === 'proxy').at(-1)?.detail as ProxyDetail | undefined;

t.test('no authentication: CONNECT for 443, absolute form for 80, route recorded', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone: { 'ok.test': { a: ['127.0.0.1'] } } });
  const proxy = await lab.proxy();
  const tls = await lab.probe(https('ok.test'), via(proxy.port));
  t.equal(tls.status, 'pass', tls.message);
  t.same(
    tls.stages.map((s) => [s.stage, s.status]),
    [
      ['dns', 'skip'],
      ['connect', 'pass'],
      ['proxy', 'pass'],
      ['tls', 'pass'],
      ['http', 'pass'],
    ],
  );
  t.equal(tls.route.proxy, `http://127.0.0.1:${proxy.port}`);
  const plain = await lab.probe(http('ok.test'), via(proxy.port));
  t.equal(plain.status, 'pass', plain.message);
  t.same(
    proxy.requests.map((r) => r.method),
    ['CONNECT', 'GET'],
  );
  t.match(proxy.requests[1]!.target, /^http:\/\/ok\.test\//);
});

t.test('a local DNS failure is evidence, not the verdict', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone: {} });
  const proxy = await lab.proxy();
  const outcome = await lab.probe(https('ok.test'), via(proxy.port));
  t.equal(outcome.status, 'pass');
  const dns = outcome.stages[0]!;
  t.equal(dns.status, 'skip');
  t.equal(dns.code, null);
  t.match(dns.message, /Informational: This host cannot resolve ok\.test itself \(DNS_NXDOMAIN/);
});

t.test('Basic: 407 without credentials, wrong and right passwords, no preemptive Basic', async (t) => {
  const lab = await startProxyLab(t, { hosts });
  const proxy = await lab.proxy({ user: 'CONTOSO\\scp', password: PASSWORD });
  const none = await lab.probe(https('ok.test'), via(proxy.port));
  t.equal(none.code, 'PROXY_AUTH_REQUIRED', none.message);
  t.same(proxyDetail(none)?.authSchemesOffered, ['Basic']);
  const wrong = await lab.probe(https('ok.test'), via(proxy.port, account('CONTOSO\\scp', 'wrong')));
  t.equal(wrong.code, 'PROXY_AUTH_FAILED', wrong.message);
  const right = await lab.probe(https('ok.test'), via(proxy.port, account()));
  t.equal(right.status, 'pass', right.message);
  t.equal(proxyDetail(right)?.authUsed, 'Basic');
  const plain = await lab.probe(http('ok.test'), via(proxy.port, account()));
  t.equal(plain.status, 'pass', plain.message);
  const plainWrong = await lab.probe(http('ok.test'), via(proxy.port, account('CONTOSO\\scp', 'nope')));
  t.equal(plainWrong.code, 'PROXY_AUTH_FAILED', plainWrong.message);
  const first = proxy.requests.filter((r) => r.method === 'CONNECT');
  t.equal(first[0]!.scheme, null, 'the first CONNECT carries no credentials');
});

t.test('NTLM: the three legs on one connection, CONNECT and absolute form', async (t) => {
  const lab = await startProxyLab(t, { hosts });
  const proxy = await lab.proxy({ user: 'scp', password: PASSWORD, ntlm: true, basic: false });
  const right = await lab.probe(https('ok.test'), via(proxy.port, account()));
  t.equal(right.status, 'pass', right.message);
  t.equal(proxyDetail(right)?.authUsed, 'NTLM');
  t.same(
    proxy.requests.map((r) => r.scheme),
    [null, 'NTLM', 'NTLM'],
  );
  const wrong = await lab.probe(https('ok.test'), via(proxy.port, account('CONTOSO\\scp', 'wrong')));
  t.equal(wrong.code, 'PROXY_AUTH_FAILED', wrong.message);
  const plain = await lab.probe(http('ok.test'), via(proxy.port, account()));
  t.equal(plain.status, 'pass', plain.message);
  t.match(plain.stages.find((s) => s.stage === 'http')?.message, /HTTP 200/);
});

t.test('a Negotiate-only proxy is PROXY_AUTH_UNSUPPORTED naming the scheme', async (t) => {
  const lab = await startProxyLab(t, { hosts });
  const proxy = await lab.proxy({ user: 'scp', password: PASSWORD, offer: ['Negotiate'] });
  for (const credentials of [account(), null]) {
    const outcome = await lab.probe(https('ok.test'), via(proxy.port, credentials));
    t.equal(outcome.code, 'PROXY_AUTH_UNSUPPORTED', outcome.message);
    t.match(outcome.message, /Negotiate/);
  }
});

t.test('policy, upstream, garbage, stall and block pages', async (t) => {
  const lab = await startProxyLab(t, { hosts, refused: ['refused.test'] });
  const proxy = await lab.proxy({
    deny: ['denied.test'],
    behave: (host) =>
      (
        ({
          'squid-dns.test': { status: 503, headers: { 'X-Squid-Error': 'ERR_DNS_FAIL 0' } },
          'gateway.test': { status: 504 },
          'garbage.test': 'garbage' as const,
          'stall.test': 'stall' as const,
          'block200.test': {
            status: 200,
            headers: { 'Content-Type': 'text/html' },
            body: '<html><title>Web Page Blocked</title>Access to this site is blocked by policy (category: Uncategorized)</html>',
          },
          'squid-denied.test': { status: 403, headers: { 'X-Squid-Error': 'ERR_ACCESS_DENIED 0' } },
        }) as const
      )[host],
  });
  const cases: [string, ReturnType<typeof https>, string][] = [
    ['denied by policy (CONNECT)', https('denied.test'), 'PROXY_DENIED'],
    ['denied by policy (absolute form)', http('denied.test'), 'PROXY_DENIED'],
    ['squid ERR_ACCESS_DENIED, absolute form', http('squid-denied.test'), 'PROXY_DENIED'],
    ['upstream refused (502 ERR_CONNECT_FAIL 111)', https('refused.test'), 'PROXY_UPSTREAM_FAILED'],
    ['upstream refused, absolute form', http('refused.test'), 'PROXY_UPSTREAM_FAILED'],
    ['squid ERR_DNS_FAIL', https('squid-dns.test'), 'PROXY_UPSTREAM_FAILED'],
    ['504 gateway timeout', http('gateway.test'), 'PROXY_UPSTREAM_FAILED'],
    ['garbage', https('garbage.test'), 'PROXY_PROTOCOL_ERROR'],
    ['stall', https('stall.test'), 'PROXY_UPSTREAM_FAILED'],
    ['200 block page, absolute form', http('block200.test'), 'PROXY_DENIED'],
  ];
  const outcomes = await Promise.all(cases.map(([, target]) => lab.probe(target, via(proxy.port), { timeoutMs: 800 })));
  cases.forEach(([name, , code], i) => {
    const outcome = outcomes[i]!;
    t.equal(outcome.code, code, `${name}: ${outcome.message}`);
    t.equal(outcome.status, 'fail', name);
  });
  t.match(outcomes[5]!.message, /ERR_DNS_FAIL/);
  t.match(outcomes[3]!.message, /ERR_CONNECT_FAIL.*connection refused/);
  t.match(outcomes[9]!.message, /block page/);
});

t.test('an unreachable proxy is PROXY_UNREACHABLE; TLS to a plain proxy is a protocol error', async (t) => {
  const lab = await startProxyLab(t, { hosts });
  const { closedPort } = await import('../helpers/proxy-servers.js');
  const outcome = await lab.probe(https('ok.test'), via(await closedPort()));
  t.equal(outcome.code, 'PROXY_UNREACHABLE', outcome.message);
  t.match(outcome.message, /Cannot reach the proxy http:\/\/127\.0\.0\.1:\d+/);
  const proxy = await lab.proxy();
  const wrongScheme = await lab.probe(https('ok.test'), via(proxy.port, null, 'https'), { timeoutMs: 800 });
  t.equal(wrongScheme.code, 'PROXY_PROTOCOL_ERROR', wrongScheme.message);
});

t.test('a proxy named in the hosts file (localhost) is found through the OS resolver', async (t) => {
  const lab = await startProxyLab(t, { hosts });
  const proxy = await lab.proxy();
  const server = proxyServer('http', 'localhost', proxy.port);
  const route = { kind: 'http' as const, proxy: server.url, reason: '--proxy' };
  const outcome = await lab.probe(
    https('ok.test'),
    routingFrom(() => [{ route, server }], null, route),
  );
  t.equal(outcome.status, 'pass', outcome.message);
  t.equal(outcome.route.proxy, `http://localhost:${proxy.port}`);
});

t.test('https:// proxy: TLS to the proxy, then TLS to the endpoint inside the tunnel', async (t) => {
  const { default: tls } = await import('node:tls');
  const { default: net } = await import('node:net');
  const lab = await startProxyLab(t, { hosts });
  const proxy = await lab.proxy({ user: 'scp', password: PASSWORD });
  const leaf = lab.ca.issue({ hosts: ['127.0.0.1'] });
  const open = new Set<import('node:net').Socket>();
  const front = tls.createServer({ cert: leaf.chainPem, key: leaf.keyPem }, (secure) => {
    const plain = net.connect(proxy.port, '127.0.0.1');
    open.add(plain);
    open.add(secure);
    secure.on('error', () => plain.destroy());
    plain.on('error', () => secure.destroy());
    secure.pipe(plain).pipe(secure);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        front.close(() => resolve());
      }),
  );
  const port = (front.address() as { port: number }).port;
  const tunnelled = await lab.probe(https('ok.test'), via(port, account('scp'), 'https'));
  t.equal(tunnelled.status, 'pass', tunnelled.message);
  t.match(tunnelled.stages.find((s) => s.stage === 'connect')?.message, /TLS to the proxy: TLSv1\.3, certificate valid/);
  const plain = await lab.probe(http('ok.test'), via(port, account('scp'), 'https'));
  t.equal(plain.status, 'pass', plain.message);
});
