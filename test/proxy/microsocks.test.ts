import t from 'tap';
import { parseAccount } from '../../src/proxy/credentials.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { Secret } from '../../src/proxy/secret.js';
import type { ProxyCredentials, ProxyKind } from '../../src/proxy/types.js';
import { closedPort, startProxyLab } from '../helpers/proxy-servers.js';
import { haveProgram, startListening } from '../helpers/real-programs.js';

// Real microsocks (Debian) as the SOCKS5 server. It resolves names with the OS, so the targets are resolved here
// (socks5://, through the test DNS) or are IP literals (socks5h://): no name ever reaches a real resolver.
const hosts = { 'ok.test': { certificate: 'valid' as const } };
const zone = { 'ok.test': { a: ['127.0.0.1'] } };

function via(kind: ProxyKind, port: number, credentials: ProxyCredentials | null = null) {
  const server = proxyServer(kind, '127.0.0.1', port);
  const route = { kind, proxy: server.url, reason: '--proxy' };
  return routingFrom(() => [{ route, server }], credentials, route);
}

async function microsocks(t: Parameters<typeof startListening>[0], extra: string[] = []): Promise<number> {
  const port = await closedPort();
  await startListening(t, '/usr/bin/microsocks', ['-i', '127.0.0.1', '-p', String(port), ...extra], port, () => '');
  return port;
}

t.test('microsocks without authentication', async (t) => {
  if (!haveProgram(t, '/usr/bin/microsocks', 'microsocks')) return;
  const lab = await startProxyLab(t, { hosts, zone });
  const port = await microsocks(t);
  const named = await lab.probe({ host: 'ok.test', port: lab.endpoints.tlsPort, scheme: 'https', path: '/' }, via('socks5', port));
  t.equal(named.status, 'pass', named.message);
  t.equal(named.stages[0]!.status, 'pass', 'socks5:// resolves here, and the DNS stage counts');
  const literal = await lab.probe({ host: '127.0.0.1', port: lab.endpoints.httpPort, scheme: 'http', path: '/' }, via('socks5h', port));
  t.equal(literal.status, 'pass', literal.message);
  const refused = await lab.probe({ host: '127.0.0.1', port: await closedPort(), scheme: 'https', path: '/' }, via('socks5h', port));
  t.equal(refused.code, 'CONNECT_REFUSED', refused.message);
  t.match(refused.message, /connection refused/);
});

t.test('microsocks with user/password', async (t) => {
  if (!haveProgram(t, '/usr/bin/microsocks', 'microsocks')) return;
  const lab = await startProxyLab(t, { hosts, zone });
  const port = await microsocks(t, ['-u', 'scp', '-P', 'Micro-Canary-55']);
  const target = { host: 'ok.test', port: lab.endpoints.tlsPort, scheme: 'https' as const, path: '/' };
  const none = await lab.probe(target, via('socks5', port));
  t.equal(none.code, 'PROXY_AUTH_REQUIRED', none.message);
  const wrong = await lab.probe(target, via('socks5', port, parseAccount('scp', new Secret('nope'))));
  t.equal(wrong.code, 'PROXY_AUTH_FAILED', wrong.message);
  const right = await lab.probe(target, via('socks5', port, parseAccount('scp', new Secret('Micro-Canary-55'))));
  t.equal(right.status, 'pass', right.message);
});
