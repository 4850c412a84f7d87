import type { EndpointResult } from '../../src/model/report.js';
import type { StageResult } from '../../src/probes/types.js';
import { endpoint } from './endpoints.js';
import { planYaml, runTable } from './helpers.js';

const proxied = (account?: string, port = 8080) =>
  planYaml({
    scp: `  server: scp01.contoso.com\n  proxy: { server: proxy.contoso.com, port: ${port}${account ? `, account: ${account}` : ''} }`,
  });
const P = 'http://proxy.contoso.com:8080';
const S = 'socks5://proxy.contoso.com:8080';

// Realistic shapes of probes that never got an answer from the proxy (see reach-proxy.ts, classify-response.ts,
// socks-opener.ts, endpoint-results.ts): none of them may count as the proxy accepting anything.
const connected: StageResult = {
  stage: 'connect',
  status: 'pass',
  code: null,
  message: 'TCP connected (the proxy http://proxy.contoso.com:8080).',
  ms: 2,
  detail: { kind: 'connect', address: '10.0.0.8', port: 8080, localAddress: '10.0.0.5:50000', osError: null },
};
const proxyStage = (o: {
  code: StageResult['code'];
  status: number | null;
  request?: string;
  proxy?: string;
  proxyError?: string | null;
}): StageResult => ({
  stage: 'proxy',
  status: o.code === null ? 'pass' : 'fail',
  code: o.code,
  message: '',
  ms: 3,
  detail: {
    kind: 'proxy',
    proxy: o.proxy ?? P,
    request: o.request ?? 'CONNECT sccm.manage.microsoft.com:443',
    status: o.status,
    statusText: null,
    authSchemesOffered: [],
    authUsed: null,
    via: null,
    server: null,
    proxyError: o.proxyError ?? null,
    osError: null,
  },
});
const probe = (
  host: string,
  code: EndpointResult['code'],
  stages: StageResult[],
  o: { status?: EndpointResult['status']; route?: string; scheme?: 'http' | 'https' } = {},
): EndpointResult => {
  const base = endpoint({ proxy: o.route ?? P, host });
  const scheme = o.scheme ?? 'https';
  const port = scheme === 'http' ? 80 : 443;
  return {
    ...base,
    scheme,
    port,
    probeId: `${scheme}://${host}:${port}/`,
    status: o.status ?? (code === null ? 'pass' : 'fail'),
    code,
    message: code ?? 'ok',
    stages,
    route: { ...base.route, kind: o.route === S ? 'socks5' : 'http' },
  };
};
/** A wildcard with no sample: never probed, but its row carries the run's default route (the proxy). */
const untested = (n: number): EndpointResult => ({
  ...endpoint({ proxy: P, host: `*.wild${n}.microsoft.com` }),
  probeId: null,
  status: 'skip',
  code: 'WILDCARD_UNTESTED',
  stages: [],
});
const unreachable = (host: string): EndpointResult => endpoint({ proxy: P, host, code: 'PROXY_UNREACHABLE' });
const silent = probe('silent.microsoft.com', 'PROXY_UPSTREAM_FAILED', [
  connected,
  proxyStage({ code: 'PROXY_UPSTREAM_FAILED', status: null }),
]);
const garbage = probe('garbage.microsoft.com', 'PROXY_PROTOCOL_ERROR', [
  connected,
  proxyStage({ code: 'PROXY_PROTOCOL_ERROR', status: null }),
]);
const stopped = probe(
  'stopped.microsoft.com',
  'RUN_STOPPED',
  [{ ...connected, status: 'skip', code: 'RUN_STOPPED', message: 'The run was stopped.', detail: null }],
  { status: 'skip' },
);
const tunnel = probe('tunnel.microsoft.com', null, [connected, proxyStage({ code: null, status: 200 })]);
const relayed = probe(
  'relayed.microsoft.com',
  null,
  [
    connected,
    {
      stage: 'http',
      status: 'pass',
      code: null,
      message: 'relayed.microsoft.com port 80 answered HTTP 200 OK.',
      ms: 4,
      detail: {
        kind: 'http',
        url: 'http://relayed.microsoft.com/',
        status: 200,
        server: null,
        hops: [],
        undocumentedHosts: [],
        error: null,
      },
    },
  ],
  { scheme: 'http' },
);
const socksDenied = probe(
  'ruleset.microsoft.com',
  'PROXY_DENIED',
  [
    connected,
    proxyStage({
      code: 'PROXY_DENIED',
      status: null,
      proxy: S,
      request: 'SOCKS5 CONNECT 20.1.2.3:443',
      proxyError: 'SOCKS5 reply 2: connection not allowed by ruleset (reply 05020001)',
    }),
  ],
  { route: S },
);
const socksSilent = probe(
  'nosocks.microsoft.com',
  'PROXY_UPSTREAM_FAILED',
  [
    connected,
    proxyStage({
      code: 'PROXY_UPSTREAM_FAILED',
      status: null,
      proxy: S,
      request: 'SOCKS5 CONNECT 20.1.2.3:443',
      proxyError: 'no SOCKS reply in time',
    }),
  ],
  { route: S },
);

runTable('SCP-PROXY-ACCOUNT', [
  { name: 'no proxy planned', plan: planYaml({}), status: 'pass', words: [/Not applicable/] },
  {
    name: 'rules only',
    plan: proxied(),
    networkChecked: false,
    status: 'skip',
    words: [/check --only rules/],
    fix: [/--proxy http:\/\/proxy\.contoso\.com:8080/],
  },
  {
    name: 'probes went direct (2018)',
    edition: '2018',
    plan: proxied(),
    endpoints: [endpoint({})],
    status: 'skip',
    words: [/No probe went through the planned proxy proxy\.contoso\.com:8080 \(routes used: direct\)/],
  },
  { name: 'probes went through another port', plan: proxied(undefined, 3128), endpoints: [endpoint({ proxy: P })], status: 'skip' },
  {
    name: '407 and no account',
    plan: proxied(),
    endpoints: [
      endpoint({ proxy: P, code: 'PROXY_AUTH_REQUIRED', offered: ['NTLM', 'Negotiate'] }),
      endpoint({ proxy: P, host: 'go.microsoft.com', code: 'PROXY_AUTH_REQUIRED' }),
    ],
    status: 'fail',
    words: [/demands authentication \(PROXY_AUTH_REQUIRED\)/, /no site system proxy server account/],
    fix: [/-ProxyAccessAccount \(Get-CMAccount/, /Use credentials to connect to the proxy server/],
    lines: [
      new RegExp(
        String.raw`https:\/\/sccm\.manage\.microsoft\.com:443 via http:\/\/proxy\.contoso\.com:8080 →` +
          String.raw` PROXY_AUTH_REQUIRED 407; offered: NTLM, Negotiate`,
      ),
    ],
  },
  {
    name: '407 and no account (2018)',
    edition: '2018',
    plan: proxied(),
    endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_REQUIRED' })],
    status: 'fail',
    fix: [/docs\.microsoft\.com\/sccm\/core\/plan-design\/network\/proxy-server-support/],
  },
  {
    name: 'route written with upper case and a trailing dot',
    plan: proxied(),
    endpoints: [endpoint({ proxy: 'http://PROXY.contoso.com.:8080', code: 'PROXY_AUTH_REQUIRED' })],
    status: 'fail',
  },
  {
    name: '407, account planned but not tried',
    plan: proxied('CONTOSO\\svc-proxy'),
    endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_REQUIRED' })],
    status: 'warn',
    fix: [/--proxy-user 'CONTOSO\\svc-proxy'/],
  },
  {
    name: 'credentials rejected',
    plan: proxied('CONTOSO\\svc-proxy'),
    endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_FAILED', authUsed: 'NTLM' })],
    status: 'fail',
    words: [/rejected the credentials/],
  },
  {
    name: 'Negotiate only',
    plan: proxied(),
    endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_UNSUPPORTED', offered: ['Negotiate'] })],
    status: 'warn',
    words: [/Kerberos/],
  },
  {
    name: 'anonymous accepted (a denied destination still proves it)',
    plan: proxied(),
    endpoints: [endpoint({ proxy: P }), endpoint({ proxy: P, code: 'PROXY_DENIED', proxyStatus: 403 })],
    status: 'pass',
    words: [/without authentication \(2 probe\(s\)/],
  },
  {
    name: 'accepted with credentials (2018)',
    edition: '2018',
    plan: proxied('CONTOSO\\svc-proxy'),
    endpoints: [endpoint({ proxy: P, authUsed: 'NTLM' })],
    status: 'pass',
    words: [/with the credentials given/],
  },
  {
    name: 'proxy unreachable',
    plan: proxied(),
    endpoints: [endpoint({ proxy: P, code: 'PROXY_UNREACHABLE' })],
    status: 'skip',
    words: [/answered none of the 1 probe\(s\)/],
  },
  {
    // The false PASS of issue 8: an unreachable proxy, and untested wildcards on its route counted as answers.
    name: 'proxy unreachable, untested wildcards on its route',
    plan: proxied(),
    endpoints: [unreachable('a.microsoft.com'), unreachable('b.microsoft.com'), unreachable('c.microsoft.com'), untested(1), untested(2)],
    status: 'skip',
    words: [/answered none of the 3 probe\(s\) sent through it \(PROXY_UNREACHABLE ×3\)/, /whether it requires authentication is unknown/],
  },
  {
    name: 'only untested wildcards on its route: nothing was sent',
    plan: proxied(),
    endpoints: [untested(1), untested(2)],
    status: 'skip',
    words: [/No probe went through the planned proxy/],
  },
  {
    name: 'proxy accepted TCP and never answered',
    plan: proxied(),
    endpoints: [silent],
    status: 'skip',
    words: [/answered none/, /PROXY_UPSTREAM_FAILED/],
  },
  { name: 'proxy closed or sent garbage', plan: proxied(), endpoints: [garbage], status: 'skip', words: [/answered none/] },
  {
    name: 'probes cut short by the run deadline',
    plan: proxied(),
    endpoints: [stopped, stopped],
    status: 'skip',
    words: [/RUN_STOPPED ×2/],
  },
  { name: 'SOCKS proxy that never replied', plan: proxied(), endpoints: [socksSilent], status: 'skip' },
  {
    name: 'one tunnel opened, the rest unanswered: only the answer counts',
    plan: proxied(),
    endpoints: [tunnel, unreachable('a.microsoft.com'), silent, stopped, untested(1)],
    status: 'pass',
    words: [
      new RegExp(
        String.raw`without authentication \(1 probe\(s\) answered by it; 3 other probe\(s\) through it got no answer` +
          String.raw` from it: PROXY_UNREACHABLE, PROXY_UPSTREAM_FAILED, RUN_STOPPED\)`,
      ),
    ],
    lines: [/tunnel\.microsoft\.com/],
  },
  {
    name: 'port 80 in absolute form: the answer it relayed counts',
    plan: proxied(),
    endpoints: [relayed, unreachable('a.microsoft.com')],
    status: 'pass',
    words: [/\(1 probe\(s\) answered by it/],
  },
  {
    name: 'a SOCKS reply counts (denied by ruleset)',
    plan: proxied(),
    endpoints: [socksDenied],
    status: 'pass',
    words: [/\(1 probe\(s\) answered by it\)/],
  },
  {
    name: 'a 502 from the proxy counts (it forwarded without asking for credentials)',
    plan: proxied(),
    endpoints: [endpoint({ proxy: P, code: 'PROXY_UPSTREAM_FAILED', proxyStatus: 502 })],
    status: 'pass',
  },
  {
    name: 'another proxy answered (PAC fallback): not the planned one',
    plan: proxied(),
    endpoints: [probe('x.microsoft.com', null, [proxyStage({ code: null, status: 200, proxy: 'http://other.contoso.com:8080' })])],
    status: 'skip',
    words: [/answered none/],
  },
  { name: 'no plan', plan: null, status: 'skip' },
]);
