import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createCertificateAuthority } from '../../src/demo/certificate-authority.js';
import { parseAccount } from '../../src/proxy/credentials.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { Secret } from '../../src/proxy/secret.js';
import type { ProxyCredentials } from '../../src/proxy/types.js';
import type { ProxyDetail } from '../../src/probes/types.js';
import { closedPort, startProxyLab, type ProxyLab } from '../helpers/proxy-servers.js';
import { haveProgram, startSquid } from '../helpers/real-programs.js';

// Real squid (Debian's squid-openssl) in front of the loopback endpoints. The targets carry the endpoints' real
// ports, so squid connects where they listen; names come from squid's own hosts_file.
const NAMES = ['ok.test', 'denied.test', 'refused.test'];
const hosts = { 'ok.test': { certificate: 'valid' as const, server: 'Endpoint/1' }, 'denied.test': { certificate: 'valid' as const } };
const PASSWORD = 'Squid-Canary-4412!';

function via(port: number, credentials: ProxyCredentials | null = null) {
  const server = proxyServer('http', '127.0.0.1', port);
  const route = { kind: 'http' as const, proxy: server.url, reason: '--proxy' };
  return routingFrom(() => [{ route, server }], credentials, route);
}
const tlsTarget = (lab: ProxyLab, host: string) => ({ host, port: lab.endpoints.tlsPort, scheme: 'https' as const, path: '/' });
const httpTarget = (lab: ProxyLab, host: string) => ({ host, port: lab.endpoints.httpPort, scheme: 'http' as const, path: '/' });
const proxyOf = (o: { stages: readonly { stage: string; detail: unknown }[] }) =>
  o.stages.filter((s) => s.stage === 'proxy').at(-1)?.detail as ProxyDetail | undefined;

t.test('squid with basic_ncsa_auth', async (t) => {
  if (!haveProgram(t, '/usr/sbin/squid', 'squid-openssl') || !haveProgram(t, '/usr/bin/htpasswd', 'apache2-utils')) return;
  const lab = await startProxyLab(t, { hosts });
  const squid = await startSquid(t, { auth: 'basic', users: { scp: PASSWORD }, names: NAMES });
  const none = await lab.probe(tlsTarget(lab, 'ok.test'), via(squid.port));
  t.equal(none.code, 'PROXY_AUTH_REQUIRED', none.message);
  t.same(proxyOf(none)?.authSchemesOffered, ['Basic']);
  t.match(proxyOf(none)?.server, /squid/);
  const wrong = await lab.probe(tlsTarget(lab, 'ok.test'), via(squid.port, parseAccount('scp', new Secret('wrong'))));
  t.equal(wrong.code, 'PROXY_AUTH_FAILED', wrong.message);
  const right = await lab.probe(tlsTarget(lab, 'ok.test'), via(squid.port, parseAccount('scp', new Secret(PASSWORD))));
  t.equal(right.status, 'pass', right.message);
  const plain = await lab.probe(httpTarget(lab, 'ok.test'), via(squid.port, parseAccount('scp', new Secret(PASSWORD))));
  t.equal(plain.status, 'pass', plain.message);
  const plainNone = await lab.probe(httpTarget(lab, 'ok.test'), via(squid.port));
  t.equal(plainNone.code, 'PROXY_AUTH_REQUIRED', plainNone.message);
  const plainWrong = await lab.probe(httpTarget(lab, 'ok.test'), via(squid.port, parseAccount('scp', new Secret('wrong'))));
  t.equal(plainWrong.code, 'PROXY_AUTH_FAILED', plainWrong.message);
});

t.test('squid with ntlm_fake_auth: a real NTLM handshake on one connection', async (t) => {
  if (!haveProgram(t, '/usr/sbin/squid', 'squid-openssl') || !haveProgram(t, '/usr/lib/squid/ntlm_fake_auth', 'squid-openssl')) return;
  const lab = await startProxyLab(t, { hosts });
  const squid = await startSquid(t, { auth: 'ntlm', names: NAMES });
  const none = await lab.probe(tlsTarget(lab, 'ok.test'), via(squid.port));
  t.equal(none.code, 'PROXY_AUTH_REQUIRED', none.message);
  t.same(proxyOf(none)?.authSchemesOffered, ['NTLM']);
  const account = parseAccount('CONTOSO\\scp', new Secret(PASSWORD));
  const tls = await lab.probe(tlsTarget(lab, 'ok.test'), via(squid.port, account));
  t.equal(tls.status, 'pass', tls.message);
  t.equal(proxyOf(tls)?.authUsed, 'NTLM');
  const plain = await lab.probe(httpTarget(lab, 'ok.test'), via(squid.port, account));
  t.equal(plain.status, 'pass', plain.message);
  t.match(plain.stages.find((s) => s.stage === 'http')?.message, /HTTP 200/);
});

t.test('squid ACL denial, DNS failure and refused upstream', async (t) => {
  if (!haveProgram(t, '/usr/sbin/squid', 'squid-openssl')) return;
  const lab = await startProxyLab(t, { hosts });
  const squid = await startSquid(t, { deny: ['denied.test'], names: NAMES });
  const cases: [string, { host: string; port: number; scheme: 'https' | 'http'; path: string }, string, RegExp][] = [
    ['ACL deny, CONNECT', tlsTarget(lab, 'denied.test'), 'PROXY_DENIED', /ERR_ACCESS_DENIED/],
    ['ACL deny, absolute form', httpTarget(lab, 'denied.test'), 'PROXY_DENIED', /ERR_ACCESS_DENIED/],
    // squid's DNS here is 127.0.0.1:53, where nothing answers: it gives up with its own error, never a pass.
    ['name squid cannot resolve', tlsTarget(lab, 'nowhere.test'), 'PROXY_UPSTREAM_FAILED', /X-Squid-Error ERR_/],
    ['name squid cannot resolve, absolute form', httpTarget(lab, 'nowhere.test'), 'PROXY_UPSTREAM_FAILED', /X-Squid-Error ERR_/],
    [
      'refused upstream port',
      { host: 'refused.test', port: await closedPort(), scheme: 'https', path: '/' },
      'PROXY_UPSTREAM_FAILED',
      /ERR_CONNECT_FAIL.*connection refused/,
    ],
    ['allowed', tlsTarget(lab, 'ok.test'), 'pass', /accepted CONNECT/],
  ];
  for (const [name, target, expected, message] of cases) {
    const outcome = await lab.probe(target, via(squid.port), { timeoutMs: 6000 });
    t.equal(outcome.code ?? outcome.status, expected, `${name}: ${outcome.message}`);
    t.match(outcome.stages.find((s) => s.stage === 'proxy')?.message, message, name);
  }
});

t.test('squid ssl-bump: TLS_INTERCEPTED with its CA in --ca-file, TLS_CERT_UNTRUSTED without', async (t) => {
  if (!haveProgram(t, '/usr/sbin/squid', 'squid-openssl') || !haveProgram(t, '/usr/lib/squid/security_file_certgen', 'squid-openssl'))
    return;
  const lab = await startProxyLab(t, { hosts });
  const inspection = createCertificateAuthority({ commonName: 'Contoso TLS Inspection CA', organization: 'Contoso' });
  const squid = await startSquid(t, {
    names: NAMES,
    bump: { certPem: inspection.certPem, keyPem: inspection.keyPem, upstreamCa: lab.endpoints.rootPem },
  });
  const caFile = join(mkdtempSync(join(tmpdir(), 'scp-preflight-bump-')), 'inspection.pem');
  writeFileSync(caFile, inspection.certPem);
  const trusted = await lab.probe(tlsTarget(lab, 'ok.test'), via(squid.port), { caFile, timeoutMs: 6000 });
  t.equal(trusted.code, 'TLS_INTERCEPTED', trusted.message);
  t.equal(trusted.status, 'warn');
  t.match(trusted.message, /Contoso TLS Inspection CA/);
  const untrusted = await lab.probe(tlsTarget(lab, 'ok.test'), via(squid.port), { timeoutMs: 6000 });
  t.equal(untrusted.code, 'TLS_CERT_UNTRUSTED', untrusted.message);
});
