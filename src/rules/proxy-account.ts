import type { ProxyDetail } from '../probes/types.js';
import type { EndpointResult } from '../model/report.js';
import { sameHost } from './accounts.js';
import type { PlanProxy } from './plan/types.js';
import { docLine, planEvidence } from './rule-helpers.js';
import { PROXY_DOC_CURRENT, PROXY_URL_2018, SCP_DOC_2018 } from './sources.js';
import type { Rule, RuleEdition } from './types.js';

const AUTH_CODES = new Set(['PROXY_AUTH_REQUIRED', 'PROXY_AUTH_FAILED']);
/** Codes of a proxy that was not reached or did not speak the protocol: such an answer says nothing about authentication. */
const NO_ANSWER = new Set(['PROXY_UNREACHABLE', 'PROXY_PROTOCOL_ERROR']);

/** Whether a proxy URL names the planned proxy (host compared loosely, port exactly). */
function isPlanned(proxyUrl: string, proxy: PlanProxy): boolean {
  try {
    const url = new URL(proxyUrl);
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : url.protocol.startsWith('socks') ? 1080 : 80) : Number(url.port);
    return sameHost(url.hostname.replace(/^\[|\]$/g, ''), proxy.server) && port === proxy.port;
  } catch {
    return false;
  }
}

/** Whether a probe was sent along the planned proxy's route (an untested wildcard was never sent anywhere). */
function sentThrough(e: EndpointResult, proxy: PlanProxy): boolean {
  return e.probeId !== null && e.route.kind !== 'direct' && e.route.proxy !== null && isPlanned(e.route.proxy, proxy);
}

/** A SOCKS proxy's raw reply, which socks-opener.ts records in `proxyError` as `reply <hex>` (or `… (reply <hex>)`). */
function socksReplied(d: ProxyDetail): boolean {
  return /^SOCKS/.test(d.request) && /(?:^|\()reply [0-9a-f]+\)?$/.test(d.proxyError ?? '');
}

/**
 * Whether the planned proxy itself answered this probe: a `proxy` stage with its HTTP status or SOCKS reply, or a
 * tunnel it opened; or, for an `http` endpoint sent in absolute form, an HTTP response it relayed (that connection
 * goes to the proxy). A proxy that was unreachable, accepted TCP and stayed silent, closed or sent garbage, or a
 * probe cut short (RUN_STOPPED) proves nothing about what the proxy asks of the SCP.
 */
function proxyAnswered(e: EndpointResult, proxy: PlanProxy): boolean {
  return e.stages.some((s) => {
    const d = s.detail;
    if (s.stage === 'proxy' && d?.kind === 'proxy') {
      if (!isPlanned(d.proxy, proxy) || (s.code !== null && NO_ANSWER.has(s.code))) return false;
      return s.status === 'pass' || d.status !== null || socksReplied(d);
    }
    return (
      s.stage === 'http' &&
      d?.kind === 'http' &&
      d.status !== null &&
      e.scheme === 'http' &&
      (e.route.kind === 'http' || e.route.kind === 'https')
    );
  });
}

/** `PROXY_UNREACHABLE ×3, RUN_STOPPED` for a message. */
function codeList(items: readonly EndpointResult[]): string {
  const counts = new Map<string, number>();
  for (const e of items) counts.set(e.code ?? e.status, (counts.get(e.code ?? e.status) ?? 0) + 1);
  return [...counts].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
}

function line(e: EndpointResult): string {
  const detail = e.stages.map((s) => s.detail).find((d) => d?.kind === 'proxy');
  const offered =
    detail?.kind === 'proxy' && detail.authSchemesOffered.length > 0 ? `; offered: ${detail.authSchemesOffered.join(', ')}` : '';
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
      return {
        status: 'pass',
        message: 'Not applicable: the plan configures no proxy for the SCP server (scp.proxy).',
        evidence: [],
        remediation: [],
        source,
      };
    }
    const planned = `${proxy.server}:${proxy.port}`;
    const runWith =
      `Run scp-preflight check --plan ${plan.file} --proxy http://${planned} on ${plan.scp.server} (or a host with the same proxy ` +
      `rules).`;
    if (!networkChecked) {
      return {
        status: 'skip',
        message: `No network probes ran (check --only rules), so it is unknown whether proxy ${planned} requires authentication.`,
        evidence: [ev],
        remediation: [runWith, ...docs],
        source,
      };
    }
    const through = endpoints.filter((e) => sentThrough(e, proxy));
    if (through.length === 0) {
      const used = [...new Set(endpoints.filter((e) => e.probeId !== null).map((e) => e.route.proxy ?? 'direct'))].join(', ') || 'none';
      return {
        status: 'skip',
        message: `No probe went through the planned proxy ${planned} (routes used: ${used}).`,
        evidence: [ev],
        remediation: [runWith, ...docs],
        source,
      };
    }
    // Only what the proxy itself answered counts: a probe it never answered says nothing about its authentication.
    const answered = through.filter((e) => proxyAnswered(e, proxy));
    const silent = through.filter((e) => !answered.includes(e));
    const auth = answered.filter((e) => e.code !== null && AUTH_CODES.has(e.code));
    const unsupported = answered.filter((e) => e.code === 'PROXY_AUTH_UNSUPPORTED');
    const shown = auth.length > 0 ? auth : unsupported.length > 0 ? unsupported : answered.length > 0 ? answered : through;
    const probes = { file: null, lines: shown.slice(0, 10).map(line) };
    if (answered.length === 0) {
      return {
        status: 'skip',
        message:
          `Proxy ${planned} answered none of the ${through.length} probe(s) sent through it (${codeList(through)}), ` +
          `so whether it requires authentication is unknown; the network results show why.`,
        evidence: [ev, probes],
        remediation: [runWith, ...docs],
        source,
      };
    }
    const account = proxy.account ?? 'CONTOSO\\svc-proxy';
    const setAccount = [
      `Console: Administration → Site Configuration → Servers and Site System Roles → ${plan.scp.server} → Site system → Properties → ` +
        `Proxy ` +
        `→ "Use credentials to connect to the proxy server" → Set → ${account}.`,
      `PowerShell (ConfigMgr module): Set-CMSiteSystemServer -SiteSystemServerName '${plan.scp.server}' -SiteCode '${plan.site.code}' ` +
        `-EnableProxy $true ` +
        `-ProxyServerName '${proxy.server}' -ProxyServerPort ${proxy.port} -ProxyAccessAccount (Get-CMAccount '${account}')`,
      `Or allow the computer account of ${plan.scp.server} (or anonymous access) for the SCP destinations on the proxy.`,
    ];
    if (auth.length === 0 && unsupported.length > 0) {
      return {
        status: 'warn',
        message:
          `Proxy ${planned} offers only authentication schemes this tool cannot use (PROXY_AUTH_UNSUPPORTED, typically ` +
          `Negotiate/Kerberos). ` +
          "The SCP's computer account may authenticate with Kerberos; " +
          (proxy.account === null
            ? 'if it cannot, configure a site system proxy server account.'
            : `otherwise the plan's proxy account ${proxy.account} is used.`),
        evidence: [ev, probes],
        remediation: [...(proxy.account === null ? setAccount : []), ...docs],
        source,
      };
    }
    if (auth.length === 0) {
      const withCreds = answered.some((e) => e.stages.some((s) => s.detail?.kind === 'proxy' && s.detail.authUsed !== null));
      const count =
        `${answered.length} probe(s) answered by ` +
        `it${silent.length > 0 ? `; ${silent.length} other probe(s) through it got no answer from it: ${codeList(silent)}` : ''}`;
      return {
        status: 'pass',
        message: withCreds
          ? `Proxy ${planned} accepted the probes with the credentials given (${count}).`
          : `Proxy ${planned} accepted the probes without authentication (${count}); no proxy account is needed.`,
        evidence: [ev, probes],
        remediation: [],
        source,
      };
    }
    const codes = [...new Set(auth.map((e) => e.code))].join(', ');
    if (proxy.account === null) {
      return {
        status: 'fail',
        message:
          `Proxy ${planned} demands authentication (${codes}) and the plan configures no site system proxy server account: ` +
          `the SCP will try its computer account (System), which this proxy did not accept.`,
        evidence: [ev, probes],
        remediation: [...setAccount, ...docs],
        source,
      };
    }
    if (auth.some((e) => e.code === 'PROXY_AUTH_FAILED')) {
      return {
        status: 'fail',
        message: `Proxy ${planned} rejected the credentials (${codes}); the plan's proxy account is ${proxy.account}.`,
        evidence: [ev, probes],
        remediation: [
          `Check the account name, domain and password of ${proxy.account}, and that the proxy allows it.`,
          ...setAccount.slice(0, 2),
          ...docs,
        ],
        source,
      };
    }
    return {
      status: 'warn',
      message:
        `Proxy ${planned} demands authentication (${codes}); the plan configures proxy account ${proxy.account}, ` +
        `but the probes could not prove that it is accepted.`,
      evidence: [ev, probes],
      remediation: [`Re-run with the account: --proxy-user '${proxy.account}' (password from SCP_PREFLIGHT_PROXY_PASSWORD).`, ...docs],
      source,
    };
  },
};
