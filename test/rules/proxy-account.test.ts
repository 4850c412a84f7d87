import { endpoint } from './endpoints.js';
import { planYaml, runTable } from './helpers.js';

const proxied = (account?: string, port = 8080) => planYaml({ scp: `  server: scp01.contoso.com\n  proxy: { server: proxy.contoso.com, port: ${port}${account ? `, account: ${account}` : ''} }` });
const P = 'http://proxy.contoso.com:8080';

runTable('SCP-PROXY-ACCOUNT', [
  { name: 'no proxy planned', plan: planYaml({}), status: 'pass', words: [/Not applicable/] },
  { name: 'rules only', plan: proxied(), networkChecked: false, status: 'skip', words: [/check --only rules/], fix: [/--proxy http:\/\/proxy\.contoso\.com:8080/] },
  { name: 'probes went direct (2018)', edition: '2018', plan: proxied(), endpoints: [endpoint({})], status: 'skip', words: [/No probe went through the planned proxy proxy\.contoso\.com:8080 \(routes used: direct\)/] },
  { name: 'probes went through another port', plan: proxied(undefined, 3128), endpoints: [endpoint({ proxy: P })], status: 'skip' },
  {
    name: '407 and no account', plan: proxied(), endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_REQUIRED', offered: ['NTLM', 'Negotiate'] }), endpoint({ proxy: P, host: 'go.microsoft.com', code: 'PROXY_AUTH_REQUIRED' })],
    status: 'fail', words: [/demands authentication \(PROXY_AUTH_REQUIRED\)/, /no site system proxy server account/],
    fix: [/-ProxyAccessAccount \(Get-CMAccount/, /Use credentials to connect to the proxy server/], lines: [/https:\/\/sccm\.manage\.microsoft\.com:443 via http:\/\/proxy\.contoso\.com:8080 → PROXY_AUTH_REQUIRED 407; offered: NTLM, Negotiate/],
  },
  { name: '407 and no account (2018)', edition: '2018', plan: proxied(), endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_REQUIRED' })], status: 'fail', fix: [/docs\.microsoft\.com\/sccm\/core\/plan-design\/network\/proxy-server-support/] },
  { name: 'route written with upper case and a trailing dot', plan: proxied(), endpoints: [endpoint({ proxy: 'http://PROXY.contoso.com.:8080', code: 'PROXY_AUTH_REQUIRED' })], status: 'fail' },
  { name: '407, account planned but not tried', plan: proxied('CONTOSO\\svc-proxy'), endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_REQUIRED' })], status: 'warn', fix: [/--proxy-user 'CONTOSO\\svc-proxy'/] },
  { name: 'credentials rejected', plan: proxied('CONTOSO\\svc-proxy'), endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_FAILED', authUsed: 'NTLM' })], status: 'fail', words: [/rejected the credentials/] },
  { name: 'Negotiate only', plan: proxied(), endpoints: [endpoint({ proxy: P, code: 'PROXY_AUTH_UNSUPPORTED', offered: ['Negotiate'] })], status: 'warn', words: [/Kerberos/] },
  { name: 'anonymous accepted (a denied destination still proves it)', plan: proxied(), endpoints: [endpoint({ proxy: P }), endpoint({ proxy: P, code: 'PROXY_DENIED', proxyStatus: 403 })], status: 'pass', words: [/without authentication \(2 probe\(s\)/] },
  { name: 'accepted with credentials (2018)', edition: '2018', plan: proxied('CONTOSO\\svc-proxy'), endpoints: [endpoint({ proxy: P, authUsed: 'NTLM' })], status: 'pass', words: [/with the credentials given/] },
  { name: 'proxy unreachable', plan: proxied(), endpoints: [endpoint({ proxy: P, code: 'PROXY_UNREACHABLE' })], status: 'skip', words: [/did not answer/] },
  { name: 'no plan', plan: null, status: 'skip' },
]);
