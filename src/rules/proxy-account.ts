import type { EndpointResult } from '../report/types.js';
import { sameHost } from './accounts.js';
import type { PlanProxy } from './plan/types.js';
import { docLine, planEvidence } from './rule-helpers.js';
import { PROXY_DOC_CURRENT, PROXY_URL_2018, SCP_DOC_2018 } from './sources.js';
import type { Rule, RuleEdition } from './types.js';

const AUTH_CODES = new Set(['PROXY_AUTH_REQUIRED', 'PROXY_AUTH_FAILED']);
/** Codes that say nothing about authentication: the proxy was not reached or did not speak the protocol. */
const NO_ANSWER = new Set(['PROXY_UNREACHABLE', 'PROXY_PROTOCOL_ERROR']);

/** Whether a probe went through the planned proxy (host compared loosely, port exactly). */
function viaPlanned(e: EndpointResult, proxy: PlanProxy): boolean {
  if (e.route.kind === 'direct' || e.route.proxy === null) return false;
  try {
    const url = new URL(e.route.proxy);
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : url.protocol.startsWith('socks') ? 1080 : 80) : Number(url.port);
    return sameHost(url.hostname.replace(/^\[|\]$/g, ''), proxy.server) && port === proxy.port;
  } catch {
    return false;
  }
}

function line(e: EndpointResult): string {
  const detail = e.stages.map((s) => s.detail).find((d) => d?.kind === 'proxy');
  const offered = detail?.kind === 'proxy' && detail.authSchemesOffered.length > 0 ? `; offered: ${detail.authSchemesOffered.join(', ')}` : '';
  const status = detail?.kind === 'proxy' && detail.status !== null ? ` ${detail.status}` : '';
  return `${e.scheme}://${e.host}:${e.port} via ${e.route.proxy} → ${e.code ?? e.status}${status}${offered}`;
}

/**
 * SCP-PROXY-ACCOUNT: "By default, connections to the proxy use the System account of the computer that hosts the
 * site system role. If the computer account can't authenticate, the site system server can store user credentials
 * to connect to the proxy server": the site system proxy server account (Proxy server support). The 2018 SCP
 * document: the SCP supports a web proxy "with or without authentication".
 */
export const proxyAccount: Rule = {
  id: 'SCP-PROXY-ACCOUNT',
  title: 'An authenticating proxy has a site system proxy server account',
  source: (edition: RuleEdition) => (edition === '2018' ? SCP_DOC_2018 : PROXY_DOC_CURRENT),
  check({ plan, edition, endpoints, networkChecked }) {
    const source = edition === '2018' ? SCP_DOC_2018 : PROXY_DOC_CURRENT;
    const docs = [docLine(edition === '2018' ? PROXY_URL_2018 : PROXY_DOC_CURRENT.url)];
    const proxy = plan.scp.proxy;
    const ev = planEvidence(plan, 'scp.proxy', 'scp.proxy.server', 'scp.proxy.port', 'scp.proxy.account');
    if (proxy === null) {
      return { status: 'pass', message: 'Not applicable: the plan configures no proxy for the SCP server (scp.proxy).', evidence: [], remediation: [], source };
    }
    const planned = `${proxy.server}:${proxy.port}`;
    const runWith = `Run scp-preflight check --plan ${plan.file} --proxy http://${planned} on ${plan.scp.server} (or a host with the same proxy rules).`;
    if (!networkChecked) {
      return { status: 'skip', message: `No network probes ran (check --only rules), so it is unknown whether proxy ${planned} requires authentication.`, evidence: [ev], remediation: [runWith, ...docs], source };
    }
    const through = endpoints.filter((e) => viaPlanned(e, proxy));
    if (through.length === 0) {
      const used = [...new Set(endpoints.map((e) => e.route.proxy ?? 'direct'))].join(', ') || 'none';
      return { status: 'skip', message: `No probe went through the planned proxy ${planned} (routes used: ${used}).`, evidence: [ev], remediation: [runWith, ...docs], source };
    }
    const auth = through.filter((e) => e.code !== null && AUTH_CODES.has(e.code));
    const unsupported = through.filter((e) => e.code === 'PROXY_AUTH_UNSUPPORTED');
    const answered = through.filter((e) => e.code === null || !NO_ANSWER.has(e.code));
    const shown = auth.length > 0 ? auth : unsupported.length > 0 ? unsupported : through;
    const probes = { file: null, lines: shown.slice(0, 10).map(line) };
    if (answered.length === 0) {
      const codes = [...new Set(through.map((e) => e.code))].join(', ');
      return {
        status: 'skip', message: `Proxy ${planned} did not answer the probes (${codes}), so its authentication is unknown; the network results show why.`,
        evidence: [ev, probes], remediation: [runWith, ...docs], source,
      };
    }
    const account = proxy.account ?? 'CONTOSO\\svc-proxy';
    const setAccount = [
      `Console: Administration → Site Configuration → Servers and Site System Roles → ${plan.scp.server} → Site system → Properties → Proxy `
        + `→ "Use credentials to connect to the proxy server" → Set → ${account}.`,
      `PowerShell (ConfigMgr module): Set-CMSiteSystemServer -SiteSystemServerName '${plan.scp.server}' -SiteCode '${plan.site.code}' -EnableProxy $true `
        + `-ProxyServerName '${proxy.server}' -ProxyServerPort ${proxy.port} -ProxyAccessAccount (Get-CMAccount '${account}')`,
      `Or allow the computer account of ${plan.scp.server} (or anonymous access) for the SCP destinations on the proxy.`,
    ];
    if (auth.length === 0 && unsupported.length > 0) {
      return {
        status: 'warn',
        message: `Proxy ${planned} offers only authentication schemes this tool cannot use (PROXY_AUTH_UNSUPPORTED, typically Negotiate/Kerberos). `
          + "The SCP's computer account may authenticate with Kerberos; "
          + (proxy.account === null ? 'if it cannot, configure a site system proxy server account.' : `otherwise the plan's proxy account ${proxy.account} is used.`),
        evidence: [ev, probes], remediation: [...(proxy.account === null ? setAccount : []), ...docs], source,
      };
    }
    if (auth.length === 0) {
      const withCreds = through.some((e) => e.stages.some((s) => s.detail?.kind === 'proxy' && s.detail.authUsed !== null));
      return {
        status: 'pass',
        message: withCreds
          ? `Proxy ${planned} accepted the probes with the credentials given (${through.length} probe(s) through it).`
          : `Proxy ${planned} accepted the probes without authentication (${through.length} probe(s) through it); no proxy account is needed.`,
        evidence: [ev, probes], remediation: [], source,
      };
    }
    const codes = [...new Set(auth.map((e) => e.code))].join(', ');
    if (proxy.account === null) {
      return {
        status: 'fail',
        message: `Proxy ${planned} demands authentication (${codes}) and the plan configures no site system proxy server account: the SCP will try its computer account (System), which this proxy did not accept.`,
        evidence: [ev, probes], remediation: [...setAccount, ...docs], source,
      };
    }
    if (auth.some((e) => e.code === 'PROXY_AUTH_FAILED')) {
      return {
        status: 'fail',
        message: `Proxy ${planned} rejected the credentials (${codes}); the plan's proxy account is ${proxy.account}.`,
        evidence: [ev, probes],
        remediation: [`Check the account name, domain and password of ${proxy.account}, and that the proxy allows it.`, ...setAccount.slice(0, 2), ...docs],
        source,
      };
    }
    return {
      status: 'warn',
      message: `Proxy ${planned} demands authentication (${codes}); the plan configures proxy account ${proxy.account}, but the probes could not prove that it is accepted.`,
      evidence: [ev, probes],
      remediation: [`Re-run with the account: --proxy-user '${proxy.account}' (password from SCP_PREFLIGHT_PROXY_PASSWORD).`, ...docs],
      source,
    };
  },
};
