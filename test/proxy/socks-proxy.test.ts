import t from 'tap';
import { parseAccount } from '../../src/proxy/credentials.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { Secret } from '../../src/proxy/secret.js';
import type { ProxyCredentials, ProxyKind } from '../../src/proxy/types.js';
import type { ProxyDetail } from '../../src/probes/types.js';
import { http, https, startProxyLab } from '../helpers/proxy-servers.js';

const hosts = { 'ok.test': { certificate: 'valid' as const } };
const zone = { 'ok.test': { a: ['127.0.0.1'] }, 'v6only.test': { aaaa: ['::1'] } };

function via(kind: ProxyKind, port: number, credentials: ProxyCredentials | null = null) {
  const server = proxyServer(kind, '127.0.0.1', port);
  const route = { kind, proxy: server.url, reason: '--proxy' };
  return routingFrom(() => [{ route, server }], credentials, route);
}
const detail = (o: { stages: readonly { stage: string; detail: unknown }[] }) =>
  o.stages.find((s) => s.stage === 'proxy')?.detail as ProxyDetail;

t.test('SOCKS5h and SOCKS4a send the name; SOCKS5 and SOCKS4 resolve locally and send the address', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const socks = await lab.socks();
  for (const kind of ['socks5h', 'socks4a', 'socks5', 'socks4'] as const) {
    const outcome = await lab.probe(https('ok.test'), via(kind, socks.port));
    t.equal(outcome.status, 'pass', `${kind}: ${outcome.message}`);
    t.equal(
      outcome.stages[0]!.status,
      kind.endsWith('h') || kind.endsWith('a') ? 'skip' : 'pass',
      `${kind}: DNS stage decides only for local resolution`,
    );
  }
  t.same(
    socks.requests.map((r) => [r.version, r.host]),
    [
      [5, 'ok.test'],
      [4, 'ok.test'],
      [5, '127.0.0.1'],
      [4, '127.0.0.1'],
    ],
  );
  const plain = await lab.probe(http('ok.test'), via('socks5h', socks.port));
  t.equal(plain.status, 'pass', 'port 80 is tunnelled too');
});

t.test('local resolution failures decide for socks5 and socks4', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const socks = await lab.socks();
  const missing = await lab.probe(https('missing.test'), via('socks5', socks.port));
  t.equal(missing.code, 'DNS_NXDOMAIN');
  const v6 = await lab.probe(https('v6only.test'), via('socks4', socks.port));
  t.equal(v6.code, 'DNS_NO_ADDRESS');
  t.match(v6.message, /SOCKS4 needs an IPv4 address/);
});

t.test('user/password (RFC 1929): required, wrong, right', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const socks = await lab.socks({ user: 'scp', password: 'Socks-Canary-1' });
  const none = await lab.probe(https('ok.test'), via('socks5h', socks.port));
  t.equal(none.code, 'PROXY_AUTH_REQUIRED', none.message);
  const wrong = await lab.probe(https('ok.test'), via('socks5h', socks.port, parseAccount('scp', new Secret('nope'))));
  t.equal(wrong.code, 'PROXY_AUTH_FAILED', wrong.message);
  const right = await lab.probe(https('ok.test'), via('socks5h', socks.port, parseAccount('scp', new Secret('Socks-Canary-1'))));
  t.equal(right.status, 'pass', right.message);
  t.equal(detail(right).authUsed, 'username/password');
  const gssapi = await lab.socks({ methods: [0x01] });
  const unsupported = await lab.probe(https('ok.test'), via('socks5h', gssapi.port, parseAccount('scp', new Secret('x'))));
  t.equal(unsupported.code, 'PROXY_AUTH_UNSUPPORTED', unsupported.message);
});

t.test('reply codes map to the closest code, the raw reply kept', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone, refused: ['refused.test'] });
  const codes: Record<string, number> = { 'ruleset.test': 2, 'unreach.test': 4, 'ttl.test': 6, 'general.test': 1 };
  const socks = await lab.socks({ reply: (host) => codes[host] });
  const cases: [string, string][] = [
    ['refused.test', 'CONNECT_REFUSED'],
    ['ruleset.test', 'PROXY_DENIED'],
    ['unreach.test', 'PROXY_UPSTREAM_FAILED'],
    ['ttl.test', 'CONNECT_TIMEOUT'],
    ['general.test', 'PROXY_UPSTREAM_FAILED'],
  ];
  for (const [host, code] of cases) {
    const outcome = await lab.probe(https(host), via('socks5h', socks.port));
    t.equal(outcome.code, code, `${host}: ${outcome.message}`);
    t.match(detail(outcome).proxyError, /reply 05/, `${host}: raw reply in the detail`);
  }
  const four = await lab.socks({ reply: () => 91 });
  const rejected = await lab.probe(https('ok.test'), via('socks4a', four.port));
  t.equal(rejected.code, 'PROXY_DENIED');
  t.match(detail(rejected).proxyError, /reply 005b/);
});

t.test('an HTTP proxy spoken to as SOCKS is a protocol error', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const proxy = await lab.proxy();
  const outcome = await lab.probe(https('ok.test'), via('socks5h', proxy.port), { timeoutMs: 800 });
  t.equal(outcome.code, 'PROXY_PROTOCOL_ERROR', outcome.message);
});
