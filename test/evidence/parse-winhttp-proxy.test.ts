import t from 'tap';
import { readFileSync } from 'node:fs';
import { decodeText } from '../../src/evidence/decode-text.js';
import { parseWinHttpProxy, winHttpProxyFor } from '../../src/evidence/parse-winhttp-proxy.js';
import { InputError } from '../../src/model/input-error.js';
import { fixture, thrown } from '../rules/helpers.js';

const parse = (rel: string) => parseWinHttpProxy(decodeText(readFileSync(fixture(rel)), rel));
const hp = (p: { host: string; port: number | null } | null) => (p === null ? 'direct' : `${p.host}:${p.port ?? 'none'}`);

const cases: { file: string; direct: boolean; http: string; https: string; bypass: string[]; lines: string[] }[] = [
  { file: 'winhttp/direct-en.txt', direct: true, http: 'direct', https: 'direct', bypass: [], lines: ['Direct access (no proxy server).'] },
  {
    file: 'winhttp/direct-nl.txt',
    direct: true,
    http: 'direct',
    https: 'direct',
    bypass: [],
    lines: ['Directe toegang (geen proxyserver).'],
  },
  {
    file: 'winhttp/direct-de.txt',
    direct: true,
    http: 'direct',
    https: 'direct',
    bypass: [],
    lines: ['Direkter Zugriff (kein Proxyserver).'],
  },
  {
    file: 'winhttp/direct-de-utf16le-bom.txt',
    direct: true,
    http: 'direct',
    https: 'direct',
    bypass: [],
    lines: ['Direkter Zugriff (kein Proxyserver).'],
  },
  {
    file: 'winhttp/direct-fr.txt',
    direct: true,
    http: 'direct',
    https: 'direct',
    bypass: [],
    lines: ['Accès direct (pas de serveur proxy).'],
  },
  {
    file: 'winhttp/proxy-en.txt',
    direct: false,
    http: 'proxy.contoso.com:8080',
    https: 'proxy.contoso.com:8080',
    bypass: ['<local>', '*.contoso.com'],
    lines: ['Proxy Server(s) :  proxy.contoso.com:8080', 'Bypass List     :  <local>;*.contoso.com'],
  },
  {
    file: 'winhttp/per-scheme-en.txt',
    direct: false,
    http: 'proxy.contoso.com:8080',
    https: 'proxy2.contoso.com:8443',
    bypass: [],
    lines: ['Proxy Server(s) :  http=proxy.contoso.com:8080;https=proxy2.contoso.com:8443', 'Bypass List     :  (none)'],
  },
  {
    file: 'winhttp/http-only-en.txt',
    direct: false,
    http: 'proxy.contoso.com:8080',
    https: 'direct',
    bypass: ['<local>'],
    lines: ['Proxy Server(s) :  http=proxy.contoso.com:8080', 'Bypass List     :  <local>'],
  },
  {
    file: 'winhttp/proxy-de.txt',
    direct: false,
    http: 'proxy.contoso.com:8080',
    https: 'proxy.contoso.com:8080',
    bypass: [],
    lines: ['Proxyserver:  proxy.contoso.com:8080', 'Umgehungsliste:  (keine)'],
  },
  {
    file: 'winhttp/proxy-fr.txt',
    direct: false,
    http: 'PROXY.contoso.com.:8080',
    https: 'PROXY.contoso.com.:8080',
    bypass: ['<local>'],
    lines: ['Serveur(s) proxy :  PROXY.contoso.com.:8080', 'Liste de contournement :  <local>'],
  },
  {
    file: 'winhttp/bypass-nl.txt',
    direct: false,
    http: 'proxy.contoso.com:8080',
    https: 'proxy.contoso.com:8080',
    bypass: ['<local>', '*.microsoft.com'],
    lines: ['Proxyserver(s):  proxy.contoso.com:8080', 'Lijst met uitzonderingen:  <local>;*.microsoft.com'],
  },
];

t.test('netsh winhttp show proxy samples', async (t) => {
  for (const c of cases) {
    const s = parse(c.file);
    t.equal(s.direct, c.direct, `${c.file}: direct`);
    t.equal(hp(winHttpProxyFor(s, 'http')), c.http, `${c.file}: http proxy`);
    t.equal(hp(winHttpProxyFor(s, 'https')), c.https, `${c.file}: https proxy`);
    t.same(s.bypass, c.bypass, `${c.file}: bypass list`);
    t.same(s.lines, c.lines, `${c.file}: evidence lines`);
  }
});

t.test('proxy entry forms', async (t) => {
  const one = (value: string) =>
    parseWinHttpProxy(
      decodeText(Buffer.from(`Current WinHTTP proxy settings:\n\n    Proxy Server(s) :  ${value}\n    Bypass List     :  (none)\n`), 'm'),
    ).proxies;
  t.same(one('proxy.contoso.com').map(hp), ['proxy.contoso.com:none'], 'no port');
  t.same(one('http://proxy.contoso.com:3128').map(hp), ['proxy.contoso.com:3128'], 'URL form');
  t.same(one('[fd00::1]:8080').map(hp), ['fd00::1:8080'], 'IPv6');
  t.same(
    one('https=a:1;http=b:2;ftp=c:3').map((p) => p.scheme),
    ['https', 'http', 'ftp'],
    'per-scheme list keeps schemes',
  );
});

t.test('not netsh output', async (t) => {
  const e = thrown(() => parseWinHttpProxy(decodeText(Buffer.from('The following command was not found: winhttp shw proxy.\n'), 'w.txt')));
  t.type(e, InputError);
  t.match(e.message, /^w\.txt: not recognized as `netsh winhttp show proxy` output/);
  t.throws(() => parseWinHttpProxy(decodeText(Buffer.from(''), 'w.txt')), /empty file/);
});
