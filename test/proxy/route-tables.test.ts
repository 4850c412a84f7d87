import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { decodeText } from '../../src/evidence/decode-text.js';
import { parseWinHttpProxy } from '../../src/evidence/parse-winhttp-proxy.js';
import { envCandidate, readEnvProxies } from '../../src/proxy/env-proxy.js';
import { parseNoProxy } from '../../src/proxy/no-proxy.js';
import { parsePacResult } from '../../src/proxy/pac-result.js';
import { parseProxyUrl } from '../../src/proxy/proxy-url.js';
import { winHttpCandidate } from '../../src/proxy/winhttp-routing.js';

const https = (host: string, port = 443) => ({ host, port, scheme: 'https' as const });
const http = (host: string, port = 80) => ({ host, port, scheme: 'http' as const });

t.test('NO_PROXY with curl semantics', async (t) => {
  const cases: [string, string, number, string | null][] = [
    ['contoso.com', 'contoso.com', 443, 'contoso.com'],
    ['contoso.com', 'www.contoso.com', 443, 'contoso.com'],
    ['contoso.com', 'notcontoso.com', 443, null],
    ['.contoso.com', 'contoso.com', 443, '.contoso.com'],
    ['.contoso.com', 'a.b.contoso.com', 443, '.contoso.com'],
    ['*.contoso.com', 'a.contoso.com', 443, '*.contoso.com'],
    ['*', 'anything.example', 80, '*'],
    ['CONTOSO.com', 'www.Contoso.COM.', 443, 'CONTOSO.com'],
    ['contoso.com:8443', 'contoso.com', 443, null],
    ['contoso.com:8443', 'contoso.com', 8443, 'contoso.com:8443'],
    ['10.0.0.0/8', '10.1.2.3', 443, '10.0.0.0/8'],
    ['10.0.0.0/8', '11.1.2.3', 443, null],
    ['10.0.0.0/8', 'ten.example', 443, null],
    ['192.168.1.5', '192.168.1.5', 443, '192.168.1.5'],
    ['::1', '::1', 443, '::1'],
    ['[fd00::]/8', 'fd12::1', 443, '[fd00::]/8'],
    ['[::1]:8080', '::1', 8080, '[::1]:8080'],
    ['a.test, b.test  c.test', 'c.test', 443, 'c.test'],
    ['', 'contoso.com', 443, null],
    ['.', 'contoso.com', 443, null],
  ];
  for (const [list, host, port, expected] of cases) t.equal(parseNoProxy(list)(host, port), expected, `NO_PROXY="${list}" ${host}:${port}`);
});

t.test('environment variables: lower case wins, scheme then ALL_PROXY, NO_PROXY first', async (t) => {
  const env = readEnvProxies({
    HTTPS_PROXY: 'http://upper:1',
    https_proxy: 'http://lower:2',
    HTTP_PROXY: 'plain:3',
    ALL_PROXY: 'socks5h://all:4',
    NO_PROXY: '.corp.test',
  });
  t.match(envCandidate(env, https('a.example')), { route: { kind: 'http', proxy: 'http://lower:2', reason: 'https_proxy' } });
  t.match(envCandidate(env, http('a.example')), { route: { kind: 'http', proxy: 'http://plain:3', reason: 'HTTP_PROXY' } });
  t.match(envCandidate(env, https('x.corp.test')), { route: { kind: 'direct', reason: 'NO_PROXY matched .corp.test' }, server: null });
  const allOnly = readEnvProxies({ all_proxy: 'socks5h://all:4' });
  t.match(envCandidate(allOnly, http('a.example')), { route: { kind: 'socks5h', reason: 'all_proxy' } });
  t.throws(() => readEnvProxies({ HTTPS_PROXY: 'ftp://x:1' }), /HTTPS_PROXY: unsupported proxy scheme "ftp"/);
});

t.test('proxy URLs: schemes, default ports, credentials kept out of the URL', async (t) => {
  t.match(parseProxyUrl('proxy.contoso.com:8080', '--proxy'), {
    server: { kind: 'http', port: 8080, url: 'http://proxy.contoso.com:8080' },
    user: null,
  });
  t.match(parseProxyUrl('http://proxy', '--proxy'), { server: { port: 80 } });
  t.match(parseProxyUrl('https://proxy', '--proxy'), { server: { kind: 'https', port: 443 } });
  t.match(parseProxyUrl('socks5h://[::1]:1080', '--proxy'), { server: { kind: 'socks5h', host: '::1', url: 'socks5h://[::1]:1080' } });
  const secret = parseProxyUrl('http://CONTOSO%5Cscp:s3cr%40t@proxy:8080', '--proxy');
  t.equal(secret.user, 'CONTOSO\\scp');
  t.equal(secret.password, 's3cr@t');
  t.notMatch(secret.server.url, /s3cr/);
  for (const bad of ['ftp://p:1', 'http://p:1/path', 'http://', 'http://user:Hunter2@p:1/x']) {
    let message = '';
    try {
      parseProxyUrl(bad, '--proxy');
    } catch (error) {
      message = (error as Error).message;
    }
    t.match(message, /^--proxy: /, bad);
    t.notMatch(message, /Hunter2/, `${bad}: the error does not repeat the password`);
  }
});

t.test('WinHTTP: per-scheme lists, <local>, wildcards, direct access in any language', async (t) => {
  const parse = (text: string) => parseWinHttpProxy(decodeText(Buffer.from(text), 'winhttp.txt'));
  const settings = parse(
    'Current WinHTTP proxy settings:\r\n\r\n' +
      '    Proxy Server(s) :  http=web:80;https=secure.contoso.com:8443\r\n' +
      '    Bypass List     :  <local>;*.contoso.com;10.*\r\n',
  );
  t.match(winHttpCandidate(settings, https('login.example')), { route: { kind: 'http', proxy: 'http://secure.contoso.com:8443' } });
  t.match(winHttpCandidate(settings, http('dl.example')), { route: { proxy: 'http://web:80' } });
  t.match(winHttpCandidate(settings, https('intranet')), { route: { kind: 'direct', reason: 'WinHTTP bypass list matched <local>' } });
  t.match(winHttpCandidate(settings, https('a.contoso.com')), {
    route: { kind: 'direct', reason: 'WinHTTP bypass list matched *.contoso.com' },
  });
  t.match(winHttpCandidate(settings, https('10.1.1.1')), { route: { kind: 'direct' } });
  t.match(winHttpCandidate(settings, https('contoso.com')), { route: { kind: 'http' } }, 'no implicit apex match for *.contoso.com');
  const bare = parse('Current WinHTTP proxy settings:\n\n    Proxy Server(s) :  proxy.contoso.com\n    Bypass List     :  (none)\n');
  t.match(winHttpCandidate(bare, https('x.example')), { route: { proxy: 'http://proxy.contoso.com:80' } });
  const german = parse('Aktuelle WinHTTP-Proxyeinstellungen:\n\n    Direkter Zugriff (kein Proxyserver).\n');
  t.match(winHttpCandidate(german, https('x.example')), { route: { kind: 'direct' }, server: null });
});

t.test('PAC answers: keywords, fallback lists, garbage', async (t) => {
  const list = parsePacResult('PROXY a.contoso.com:8080; PROXY b.contoso.com:8080; DIRECT');
  t.ok(Array.isArray(list));
  if (!Array.isArray(list)) return;
  t.same(
    list.map((c) => c.server?.url ?? 'DIRECT'),
    ['http://a.contoso.com:8080', 'http://b.contoso.com:8080', 'DIRECT'],
  );
  t.equal(list[0]!.route.reason, 'PAC returned "PROXY a.contoso.com:8080; PROXY b.contoso.com:8080; DIRECT"');
  const kinds = parsePacResult('HTTPS s:443;SOCKS5 f:1080; SOCKS g; proxy h');
  t.same(Array.isArray(kinds) && kinds.map((c) => c.server?.url), ['https://s:443', 'socks5h://f:1080', 'socks4://g:1080', 'http://h:80']);
  t.match(parsePacResult(''), /not a proxy list/);
  t.match(parsePacResult(undefined), /not a proxy list/);
  t.match(parsePacResult('FTP x:1'), /not DIRECT, PROXY/);
  t.match(parsePacResult('PROXY'), /without a host:port/);
});

t.test('WinHTTP evidence saved as UTF-16LE with a BOM parses too', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-winhttp-'));
  const file = join(dir, 'winhttp.txt');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Current WinHTTP proxy settings:\r\n\r\n    Proxy Server(s) :  p:3128\r\n    Bypass List     :  (none)\r\n', 'utf16le'),
    ]),
  );
  const { readEvidenceText } = await import('../../src/evidence/decode-text.js');
  t.match(winHttpCandidate(parseWinHttpProxy(readEvidenceText(file)), https('x')), { route: { proxy: 'http://p:3128' } });
});
