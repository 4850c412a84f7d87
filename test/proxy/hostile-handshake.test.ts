import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { parseAccount } from '../../src/proxy/credentials.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { Secret } from '../../src/proxy/secret.js';
import type { ProxyCredentials } from '../../src/proxy/types.js';
import { runCli } from '../cli/run-cli.js';
import { ask407, startHostileProxy, type HostileAnswer } from '../helpers/hostile-proxy.js';
import { rawServer } from '../helpers/probe-lab.js';
import { http, https, startProxyLab } from '../helpers/proxy-servers.js';

// Proxies that keep every connection open for ever (squid keeps an idle client connection two minutes): whatever
// the handshake concludes, the probe must close its side, or the process outlives its report.
const hosts = { 'ok.test': { certificate: 'valid' as const } };
const account = (): ProxyCredentials => parseAccount('CONTOSO\\scp', new Secret('Hostile-Canary-1'));
const via = (port: number, credentials: ProxyCredentials | null, kind: 'http' | 'socks5h' = 'http') => {
  const server = proxyServer(kind, '127.0.0.1', port);
  const route = { kind, proxy: server.url, reason: '--proxy' };
  return routingFrom(() => [{ route, server }], credentials, route);
};

// MS-NLMP 4.2.4.3's CHALLENGE_MESSAGE, cut after 60 bytes: the TargetInfo offset then points past the end.
const TRUNCATED_CHALLENGE = Buffer.from(
  `4e544c4d53535000020000000c000c0038000000338 28ae20123456789abcdef000000000000000024002400440000000600701700
   00000f5300650072007600`.replace(/\s+/g, ''),
  'hex',
).toString('base64');
const ntlmAfterNegotiate =
  (type2: string): HostileAnswer =>
  (request) =>
    /Proxy-Authorization: NTLM/i.test(request.raw) ? ask407([`NTLM ${type2}`]) : ask407(['NTLM']);

// [name, proxy's answer, credentials, code on 443 (CONNECT), code on 80 (absolute form) when it differs]
const cases: [string, HostileAnswer, ProxyCredentials | null, string, (string | null)?][] = [
  ['Negotiate only', () => ask407(['Negotiate']), account(), 'PROXY_AUTH_UNSUPPORTED'],
  ['Negotiate only, no credentials given', () => ask407(['Negotiate']), null, 'PROXY_AUTH_UNSUPPORTED'],
  ['Digest and Bearer only', () => ask407(['Digest realm="x", nonce="1"', 'Bearer realm="y"']), account(), 'PROXY_AUTH_UNSUPPORTED'],
  ['407 naming no scheme', () => ask407([]), account(), 'PROXY_AUTH_UNSUPPORTED'],
  [
    'malformed NTLM challenge (not NTLMSSP)',
    ntlmAfterNegotiate(Buffer.from('not an ntlm message at all').toString('base64')),
    account(),
    'PROXY_PROTOCOL_ERROR',
  ],
  ['truncated NTLM challenge', ntlmAfterNegotiate(TRUNCATED_CHALLENGE), account(), 'PROXY_PROTOCOL_ERROR'],
  ['silence after the NTLM negotiate', (r) => (/NTLM/.test(r.raw) ? null : ask407(['NTLM'])), account(), 'PROXY_UPSTREAM_FAILED'],
  ['garbage', () => 'SSH-2.0-OpenSSH_9.6\r\n\r\n', account(), 'PROXY_PROTOCOL_ERROR'],
  [
    'Basic accepted, then 403 for the request',
    (r) => (/Basic/.test(r.raw) ? 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n' : ask407(['Basic realm="r"'])),
    account(),
    'PROXY_DENIED',
    // In absolute form a bare 403 may be the endpoint's own answer, which proves reachability (no proxy signature).
    null,
  ],
];

for (const [name, answer, credentials, code, code80 = code] of cases) {
  t.test(`a proxy that keeps its connection open: ${name}`, async (t) => {
    const lab = await startProxyLab(t, { hosts });
    const proxy = await startHostileProxy(t, answer);
    for (const [target, expected] of [
      [https('ok.test'), code],
      [http('ok.test'), code80],
    ] as const) {
      const outcome = await lab.probe(target, via(proxy.port, credentials), { timeoutMs: 700 });
      t.equal(outcome.code, expected, `port ${target.port}: ${outcome.message}`);
    }
    t.ok(proxy.opened() > 0, 'the proxy was asked');
    await t.resolves(proxy.allClosed(2000), 'every connection to the proxy was closed by the probe');
  });
}

t.test('a SOCKS5 server that answers nonsense and keeps the connection open', async (t) => {
  const lab = await startProxyLab(t, { hosts });
  let opened = 0;
  let closed = 0;
  const port = await rawServer(t, (socket) => {
    opened += 1;
    socket.once('close', () => (closed += 1));
    socket.once('data', () => socket.write(Buffer.from([5, 0])));
    socket.on('data', (d: Buffer) => {
      if (d[0] === 5 && d[1] === 1) socket.write(Buffer.from([5, 0, 0, 9, 1, 2]));
    });
  });
  const outcome = await lab.probe(https('ok.test'), via(port, null, 'socks5h'), { timeoutMs: 700 });
  t.equal(outcome.code, 'PROXY_PROTOCOL_ERROR', outcome.message);
  await new Promise((resolve) => setTimeout(resolve, 200));
  t.equal(closed, opened, 'the SOCKS connection was closed by the probe');
});

// The whole CLI against a Negotiate-only and a malformed-NTLM proxy that never close: the process ends by itself,
// within the deadline plus 3 s, having written its report.
t.test('check through a proxy that keeps its connection open ends within --deadline + 3 s', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-hostile-handshake-'));
  const catalog = join(dir, 'catalog.json');
  writeFileSync(
    catalog,
    JSON.stringify({
      edition: 'hostile',
      provenance: { title: 'Hostile catalog', url: 'https://example.invalid/', date: '2024-01-01' },
      groups: [{ id: 'core', title: 'Core' }],
      entries: [{ text: 'ok.test', group: 'core' }],
    }),
  );
  const lab = await startProxyLab(t, { hosts });
  const proxies: [string, HostileAnswer, string][] = [
    ['Negotiate-only', () => ask407(['Negotiate']), 'PROXY_AUTH_UNSUPPORTED'],
    ['malformed NTLM', ntlmAfterNegotiate(TRUNCATED_CHALLENGE), 'PROXY_PROTOCOL_ERROR'],
  ];
  const deadlineS = 4;
  for (const [name, answer, code] of proxies) {
    const proxy = await startHostileProxy(t, answer);
    const started = Date.now();
    const result = await runCli(
      [
        'check',
        '--catalog',
        catalog,
        '--dns-server',
        lab.dnsServer,
        '--proxy',
        proxy.url,
        '--proxy-user',
        'CONTOSO\\scp',
        '--deadline',
        String(deadlineS),
        '--timeout',
        '1000',
        '--only',
        'network',
        '--json',
        '--out',
        join(dir, name),
      ],
      {
        env: { SCP_PREFLIGHT_PROXY_PASSWORD: 'Hostile-Canary-2' },
        timeoutMs: 60_000,
      },
    );
    const exited = Date.now();
    t.equal(result.code, 1, `${name}: not ready, exit 1 (${result.stderr.trim()})`);
    const report = JSON.parse(result.stdout) as { startedAt: string; endpoints: { code: string }[] };
    // From the run's own start (what --deadline bounds); the spawn adds Node's start-up, over a second under load.
    const seconds = (exited - Date.parse(report.startedAt)) / 1000;
    t.ok(
      seconds < deadlineS + 3,
      `${name}: the process ended ${seconds.toFixed(1)} s after the run started, ` +
        `${((exited - started) / 1000).toFixed(1)} s after the spawn (deadline ${deadlineS} s)`,
    );
    t.same([...new Set(report.endpoints.map((e) => e.code))], [code], name);
  }
});
