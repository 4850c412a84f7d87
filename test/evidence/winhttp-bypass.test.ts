import t from 'tap';
import type { Destination } from '../../src/probes/opener.js';
import { winHttpCandidate } from '../../src/proxy/winhttp-routing.js';
import { decodeText, readEvidenceText } from '../../src/evidence/decode-text.js';
import { parseWinHttpProxy } from '../../src/evidence/parse-winhttp-proxy.js';
import { bypassEntryFor, bypassMatches } from '../../src/evidence/winhttp-bypass.js';
import { findingOf, fixture, planFrom, planYaml } from '../rules/helpers.js';

const https = (host: string, port = 443): Destination => ({ host, port, scheme: 'https' });
const http = (host: string, port = 80): Destination => ({ host, port, scheme: 'http' });

// The one WinHTTP bypass matcher (WINHTTP_PROXY_INFO and ProxyCfg/netsh winhttp semantics), tested once, here.
const TABLE: [entry: string, destination: Destination, bypassed: boolean, why: string][] = [
  ['<local>', https('intranet'), true, 'a name without a period is a local intranet site'],
  ['<LOCAL>', https('intranet'), true, 'case-insensitive'],
  ['<local>', https('intranet.contoso.com'), false, 'a name with a period is not'],
  ['<local>', https('::1'), false, 'an IPv6 literal is an address, not an intranet name'],
  ['<local>', https('10.1.1.1'), false, 'an IPv4 literal has periods'],
  ['*.contoso.com', https('a.contoso.com'), true, 'wildcard'],
  ['*.contoso.com', https('a.b.Contoso.COM'), true, 'the star spans labels; case-insensitive'],
  ['*.contoso.com', https('contoso.com'), false, 'no implicit apex'],
  ['*.contoso.com', https('evilcontoso.com'), false, 'the dot is literal'],
  ['*contoso.com', https('evilcontoso.com'), true, 'a star glued to a label matches inside it'],
  ['contoso.com', https('contoso.com'), true, 'exact name'],
  ['contoso.com', https('www.contoso.com'), false, 'an exact name never covers subdomains'],
  ['Contoso.com.', https('contoso.com'), true, 'trailing dot and case ignored'],
  ['*', https('anything.example'), true, 'a lone star is everything'],
  ['10.*', https('10.20.30.40'), true, 'IP wildcard'],
  ['10.*', https('110.20.30.40'), false, 'anchored at the start'],
  ['10.1.2.3', https('10.1.2.3'), true, 'IPv4 literal'],
  ['10.1.2.3', https('10.1.2.30'), false, 'whole address only'],
  ['[fe80::1]', https('fe80:0:0::1'), true, 'IPv6 literal, brackets and compression aside'],
  ['fe80::1', https('fe80::1'), true, 'unbracketed IPv6 has no port part'],
  ['[fe80::1]:443', https('fe80::1'), true, 'bracketed IPv6 with a port'],
  ['[fe80::1]:443', https('fe80::1', 8443), false, 'other port'],
  ['10.1.2.3', https('ten.contoso.com'), false, 'no name is resolved to compare an address'],
  ['api.contoso.com:443', https('api.contoso.com'), true, 'port given, same port'],
  ['api.contoso.com:80', https('api.contoso.com'), false, 'port given, other port'],
  ['api.contoso.com:*', https('api.contoso.com', 8443), true, 'any port'],
  ['https://api.contoso.com:443', https('api.contoso.com'), true, 'scheme and port'],
  ['http://api.contoso.com', https('api.contoso.com'), false, 'a scheme covers that scheme only'],
  ['http://api.contoso.com', http('api.contoso.com'), true, 'same scheme'],
  ['*.manage.microsoft.com:80', https('sccm.manage.microsoft.com'), false, 'port-scoped wildcard, other port'],
  ['*.manage.microsoft.com:80', http('sccm.manage.microsoft.com'), true, 'port-scoped wildcard, its port'],
  ['', https('a.contoso.com'), false, 'an empty entry matches nothing'],
];

t.test('bypass entries, one per row', async (t) => {
  for (const [entry, destination, bypassed, why] of TABLE) {
    t.equal(
      bypassMatches(entry, destination),
      bypassed,
      `${entry} vs ${destination.scheme}://${destination.host}:${destination.port}: ${why}`,
    );
  }
});

t.test('the list is separated by semicolons or whitespace; the first matching entry is named', async (t) => {
  const settings = parseWinHttpProxy(
    decodeText(
      Buffer.from(
        'Current WinHTTP proxy settings:\r\n\r\n' +
          '    Proxy Server(s) :  proxy.contoso.com:8080\r\n' +
          '    Bypass List     :  <local>; *.contoso.com 10.*;;fe80::1\r\n',
      ),
      'winhttp.txt',
    ),
  );
  t.same(settings.bypass, ['<local>', '*.contoso.com', '10.*', 'fe80::1']);
  t.equal(bypassEntryFor(settings.bypass, https('a.contoso.com')), '*.contoso.com');
  t.equal(bypassEntryFor(settings.bypass, https('10.0.0.1')), '10.*');
  t.equal(bypassEntryFor(settings.bypass, https('login.microsoftonline.com')), undefined);
});

// Before one matcher, the rule stripped the port off an entry and the router did not: for
// "*.manage.microsoft.com:80" the rule warned that sccm.manage.microsoft.com went around the proxy while the probes
// sent it (HTTPS, 443) through the proxy. Both now read the list the same way, destination by destination.
t.test('the rule and the router agree on the same bypass list', async (t) => {
  const settings = parseWinHttpProxy(readEvidenceText(fixture('winhttp/bypass-port-en.txt')));
  const routed = (d: Destination) => winHttpCandidate(settings, d).route.kind;
  t.equal(routed(https('sccm.manage.microsoft.com')), 'http', 'the router sends HTTPS through the proxy');
  t.equal(routed(http('sccm.manage.microsoft.com')), 'direct', 'and port 80 direct');
  const plan = planFrom(
    planYaml({
      scp: '  server: scp01.contoso.com\n  proxy: { server: proxy.contoso.com, port: 8080 }',
      evidence: { winhttpProxy: 'winhttp/bypass-port-en.txt' },
    }),
  );
  const current = findingOf('SCP-WINHTTP-PROXY', plan);
  t.equal(current.status, 'pass', `current edition (443 only): nothing goes around the proxy — ${current.message}`);
  const old = findingOf('SCP-WINHTTP-PROXY', plan, { edition: '2018' });
  t.equal(old.status, 'warn', '2018 edition probes port 80 too');
  t.match(old.message, /sccm\.manage\.microsoft\.com:80/);
  t.notMatch(old.message, /sccm\.manage\.microsoft\.com:443/, 'the HTTPS destination is not called bypassed');
});
