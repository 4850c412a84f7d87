import { planYaml, runTable } from './helpers.js';

const plan = (winhttp: string | null, proxy: string | null = '{ server: proxy.contoso.com, port: 8080 }') =>
  planYaml({
    scp: `  server: scp01.contoso.com${proxy ? `\n  proxy: ${proxy}` : ''}`,
    ...(winhttp === null ? {} : { evidence: { winhttpProxy: winhttp } }),
  });

runTable('SCP-WINHTTP-PROXY', [
  {
    name: 'same proxy',
    plan: plan('winhttp/proxy-en.txt'),
    status: 'pass',
    words: [/uses the planned proxy proxy\.contoso\.com:8080/],
    lines: [/Proxy Server\(s\) : {2}proxy\.contoso\.com:8080/],
  },
  { name: 'same proxy, other case and trailing dot (French)', plan: plan('winhttp/proxy-fr.txt'), status: 'pass' },
  { name: 'same proxy (German, 2018)', edition: '2018', plan: plan('winhttp/proxy-de.txt'), status: 'pass' },
  {
    name: 'both direct (German, UTF-16LE)',
    plan: plan('winhttp/direct-de-utf16le-bom.txt', null),
    status: 'pass',
    words: [/goes direct, like the plan/],
  },
  { name: 'both direct (French)', plan: plan('winhttp/direct-fr.txt', null), status: 'pass' },
  {
    name: 'WinHTTP direct while the plan has a proxy (Dutch)',
    plan: plan('winhttp/direct-nl.txt'),
    status: 'warn',
    words: [/uses direct, the plan's site system proxy is proxy\.contoso\.com:8080/, /separate settings/],
    fix: [/netsh winhttp set proxy proxy-server="proxy\.contoso\.com:8080" bypass-list="<local>"/],
    lines: [/Directe toegang/],
  },
  {
    name: 'WinHTTP proxy while the plan is direct (2018)',
    edition: '2018',
    plan: plan('winhttp/proxy-de.txt', null),
    status: 'warn',
    words: [/uses proxy\.contoso\.com:8080, the plan's site system proxy is direct/],
    fix: [/netsh winhttp reset proxy/],
  },
  { name: 'another proxy', plan: plan('winhttp/other-proxy-en.txt'), status: 'warn', words: [/squid\.contoso\.com:3128/] },
  { name: 'another port', plan: plan('winhttp/proxy-en.txt', '{ server: proxy.contoso.com, port: 3128 }'), status: 'warn' },
  {
    name: 'per-scheme list with another HTTPS proxy',
    plan: plan('winhttp/per-scheme-en.txt'),
    status: 'warn',
    words: [/http: proxy\.contoso\.com:8080, https: proxy2\.contoso\.com:8443/],
  },
  { name: 'HTTP-only list: HTTPS goes direct', plan: plan('winhttp/http-only-en.txt'), status: 'warn', words: [/https: direct/] },
  {
    name: 'bypass list sends SCP hosts around the proxy (Dutch)',
    plan: plan('winhttp/bypass-nl.txt'),
    status: 'warn',
    words: [/bypass list sends .*go\.microsoft\.com/],
  },
  { name: 'no evidence', plan: plan(null), status: 'skip', fix: [/netsh winhttp show proxy > winhttp\.txt/] },
  { name: 'no plan', plan: null, status: 'skip' },
]);
