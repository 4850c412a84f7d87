import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { Report } from '../../src/model/report.js';
import { runCli, type CliResult } from '../cli/run-cli.js';
import { challengeMessage } from '../lab/ntlm-verify.js';
import { ask407, startHostileProxy, type HostileAnswer } from '../helpers/hostile-proxy.js';
import { startProxyLab } from '../helpers/proxy-servers.js';
import { startSocksServer } from '../helpers/socks-server.js';
import { TEST_LAB_FLAG } from '../helpers/lab-addresses.js';

// The proxy password must never appear in stdout, stderr (debug output included), any report format, or any error
// message: a canary password goes through the CLI (compiled) on every route and error path, and every byte of
// output and every report file is searched for it, plain, URL-encoded and inside a Basic header.
const CANARY = 'Cn4ry-p@ss:w0rd%22!';
// The password's own base64 at the three alignments (what any base64 blob that contains it, a Basic header for any
// account included, carries), trimmed of the characters its neighbours share.
const aligned = [0, 1, 2].map((k) =>
  Buffer.concat([Buffer.alloc(k), Buffer.from(CANARY)])
    .toString('base64')
    .slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + CANARY.length)) / 6)),
);
const forms = [
  CANARY,
  encodeURIComponent(CANARY),
  Buffer.from(`scp:${CANARY}`).toString('base64'),
  Buffer.from(`CONTOSO\\scp:${CANARY}`).toString('base64'),
  Buffer.from(CANARY, 'utf16le').toString('latin1'),
  ...aligned,
];
/** NTLM AUTHENTICATE messages the echoing proxy received: they carry a crackable NTLMv2 response, so they count as secret. */
const sentNtlm: string[] = [];
const FORMATS = 'json,html,csv,junit,md';
const hosts = { 'ok.test': { certificate: 'valid' as const }, 'denied.test': { certificate: 'valid' as const } };

function leaks(t: import('tap').Test, name: string, result: CliResult, out: string | null): void {
  const files = out === null ? [] : readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'latin1')] as const);
  for (const [where, text] of [['stdout', result.stdout], ['stderr', result.stderr], ...files] as const) {
    for (const form of [...forms, ...sentNtlm])
      t.notOk(text.includes(form), `${name}: ${where} does not contain the password (${form === CANARY ? 'plain' : 'encoded'})`);
  }
}

t.test('canary password through every route, format and error path', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone: { 'ok.test': { a: ['127.0.0.1'] } } });
  const basic = await lab.proxy({ user: 'CONTOSO\\scp', password: 'the-right-one', deny: ['denied.test'] });
  const ntlm = await lab.proxy({ user: 'scp', password: CANARY, ntlm: true, basic: false, deny: ['denied.test'] });
  const socks = await startSocksServer({ user: 'scp', password: 'other', connectTo: lab.connectTo });
  t.teardown(() => socks.close());
  const basicEcho = await startHostileProxy(t, echoing('Basic'));
  const ntlmEcho = await startHostileProxy(t, echoing('NTLM'));
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-canary-'));
  const catalog = join(dir, 'catalog.json');
  writeFileSync(
    catalog,
    JSON.stringify({
      edition: 'canary',
      provenance: { title: 'Canary catalog', url: 'https://example.invalid/', date: '2024-01-01' },
      groups: [{ id: 'core', title: 'Core' }],
      entries: [
        { text: 'ok.test', group: 'core' },
        { text: 'denied.test', group: 'core' },
      ],
    }),
  );
  const passwordFile = join(dir, 'password.txt');
  writeFileSync(passwordFile, `${CANARY}\n`);
  const base = [
    'check',
    '--catalog',
    catalog,
    '--dns-server',
    lab.dnsServer,
    ...TEST_LAB_FLAG,
    '--public-roots',
    lab.rootFile,
    '--timeout',
    '1500',
    '--only',
    'network',
  ];
  const env = {
    NODE_DEBUG: 'scp-preflight*',
    SCP_PREFLIGHT_PROXY_PASSWORD: CANARY,
    HTTPS_PROXY: '',
    HTTP_PROXY: '',
    ALL_PROXY: '',
    NO_PROXY: '',
  };
  const runs: [string, string[], NodeJS.ProcessEnv, (r: CliResult, report: Report | null) => void][] = [
    [
      'Basic, wrong password (console)',
      ['--proxy', basic.url, '--proxy-user', 'CONTOSO\\scp'],
      env,
      (r) => t.match(r.stdout, /PROXY_AUTH_FAILED/),
    ],
    [
      'Basic, wrong password (--json)',
      ['--json', '--proxy', basic.url, '--proxy-user', 'CONTOSO\\scp'],
      env,
      (_r, report) => {
        t.equal(report?.settings.route.proxy, basic.url);
        t.ok(report?.endpoints.every((e) => e.code === 'PROXY_AUTH_FAILED'));
      },
    ],
    [
      'NTLM, right password from a file, --compare-direct',
      ['--json', '--compare-direct', '--proxy', ntlm.url, '--proxy-user', 'CONTOSO\\scp', '--proxy-password-file', passwordFile],
      { ...env, SCP_PREFLIGHT_PROXY_PASSWORD: '' },
      (_r, report) => {
        t.same(report?.endpoints.map((e) => `${e.host}:${e.port} ${e.code ?? e.status}`).sort(), [
          'denied.test:443 PROXY_DENIED',
          'denied.test:80 PROXY_DENIED',
          'ok.test:443 pass',
          'ok.test:80 pass',
        ]);
        t.ok(
          report?.endpoints.every((e) => e.direct !== undefined),
          'direct outcome attached',
        );
      },
    ],
    [
      'password inside the proxy URL',
      ['--proxy', `http://scp:${encodeURIComponent(CANARY)}@127.0.0.1:${ntlm.port}`],
      { ...env, SCP_PREFLIGHT_PROXY_PASSWORD: '' },
      (r) => t.match(r.stderr, /--proxy contains a password; it is used but never shown/),
    ],
    [
      'a proxy echoing the Basic header everywhere (--json)',
      ['--json', '--proxy', basicEcho.url, '--proxy-user', 'CONTOSO\\scp'],
      env,
      (r, report) => {
        t.ok(
          basicEcho.requests.some((q) => /Proxy-Authorization: Basic/.test(q.raw)),
          'the proxy received the Basic header it echoes',
        );
        t.match(r.stdout, /\[redacted\]/, 'the echo is in the report, scrubbed');
        t.ok(report?.endpoints.every((e) => e.status === 'fail' || e.status === 'pass'));
      },
    ],
    [
      'a proxy echoing the Basic header everywhere (console)',
      ['--proxy', basicEcho.url, '--proxy-user', 'CONTOSO\\scp'],
      env,
      (r) => t.match(r.stdout, /PROXY_/),
    ],
    [
      'a proxy echoing the NTLM AUTHENTICATE message everywhere',
      ['--json', '--proxy', ntlmEcho.url, '--proxy-user', 'CONTOSO\\scp'],
      env,
      (r) => {
        t.ok(sentNtlm.length > 0, 'the proxy received NTLM AUTHENTICATE messages and echoed them');
        t.match(r.stdout, /\[redacted\]/);
      },
    ],
    [
      'SOCKS5, wrong password',
      ['--proxy', `socks5h://127.0.0.1:${socks.port}`, '--proxy-user', 'scp'],
      env,
      (r) => t.match(r.stdout, /PROXY_AUTH_FAILED/),
    ],
    [
      'bad proxy URL with a password',
      ['--proxy', `http://scp:${encodeURIComponent(CANARY)}@127.0.0.1:1/path`],
      env,
      (r) => t.equal(r.code, 2),
    ],
    [
      'unsupported scheme with a password',
      ['--proxy', `ftp://scp:${encodeURIComponent(CANARY)}@127.0.0.1:1`],
      env,
      (r) => t.equal(r.code, 2),
    ],
    [
      'bad HTTPS_PROXY with a password',
      [],
      { ...env, HTTPS_PROXY: `gopher://scp:${encodeURIComponent(CANARY)}@x:1` },
      (r) => t.match(r.stderr, /HTTPS_PROXY: unsupported proxy scheme/),
    ],
    [
      'unreadable password file',
      ['--proxy', basic.url, '--proxy-user', 'scp', '--proxy-password-file', join(dir, 'missing')],
      env,
      (r) => t.equal(r.code, 2),
    ],
  ];
  for (const [name, args, runEnv, check] of runs) {
    const out = mkdtempSync(join(dir, 'out-'));
    const result = await runCli([...base, '--out', out, '--format', FORMATS, ...args], { env: runEnv, timeoutMs: 30_000 });
    let report: Report | null = null;
    if (args.includes('--json')) report = JSON.parse(result.stdout) as Report;
    check(result, report);
    leaks(t, name, result, out);
  }
  t.ok(
    ntlm.requests.some((r) => r.scheme === 'NTLM'),
    'the NTLM proxy really authenticated',
  );
});

/**
 * A proxy that sends the client's Proxy-Authorization back in everything a report keeps: status text, Via, Server,
 * X-Squid-Error and other X- headers, a block page's title, a redirect's Location (URL-encoded).
 */
function echoing(scheme: 'Basic' | 'NTLM'): HostileAnswer {
  return (request) => {
    const auth = request.headers.get('proxy-authorization') ?? null;
    if (auth === null) return ask407([scheme === 'Basic' ? 'Basic realm="echo"' : 'NTLM']);
    if (scheme === 'NTLM' && Buffer.from(auth.slice(5), 'base64').readUInt32LE(8) === 1)
      return ask407([`NTLM ${challengeMessage('CONTOSO').message.toString('base64')}`]);
    if (scheme === 'NTLM') sentNtlm.push(auth.slice(5));
    const head = request.line.startsWith('HEAD ');
    const body = `<html><head><title>Blocked: ${auth}</title></head><body>Access has been blocked for ${auth}</body></html>`;
    const echo = [
      `Via: 1.1 echo (${auth})`,
      `Server: echo/${auth}`,
      `X-Squid-Error: ERR_ACCESS_DENIED ${auth}`,
      `X-Echo: ${auth}`,
      `Location: http://echo.test/?auth=${encodeURIComponent(auth)}`,
    ];
    // CONNECT is refused with a page that quotes the header; HEAD is accepted (the GET that follows is answered,
    // as by an endpoint, with a redirect that quotes it); the GET gets the block page.
    if (head) return ['HTTP/1.1 200 OK ' + auth, ...echo, 'Content-Length: 0', 'Connection: keep-alive', '', ''].join('\r\n');
    return [
      `HTTP/1.1 ${request.line.startsWith('CONNECT') ? 403 : 302} Echo ${auth}`,
      ...echo,
      'Content-Type: text/html',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: keep-alive',
      '',
      body,
    ].join('\r\n');
  };
}
