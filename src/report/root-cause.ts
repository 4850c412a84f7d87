import { must } from '../model/must.js';
import { CODES, type FailureCode, isFailureCode } from '../model/codes.js';
import type { EndpointResult, RootCause } from '../model/report.js';

/** At least this many distinct probes must share the failure: two hosts down is two findings, not a host problem. */
export const MIN_PROBES = 3;

/** Codes that all mean "this host gets no usable DNS answer": mixed, they are still one cause. */
const CANNOT_RESOLVE: ReadonlySet<FailureCode> = new Set(['DNS_NXDOMAIN', 'DNS_SERVFAIL', 'DNS_REFUSED', 'DNS_TIMEOUT']);

const familyOf = (code: FailureCode): string => (CANNOT_RESOLVE.has(code) ? 'cannot-resolve' : code);

const routeKey = (e: EndpointResult): string => e.route.proxy ?? 'direct';

/**
 * The root causes of a run, a pure function of its endpoint results. A route's results have one when every probed
 * result on it failed, all in one code family, from at least MIN_PROBES distinct probes. A single pass or a
 * different failure on that route means the host can reach something, and each row is then its own finding.
 */
export function rootCauses(endpoints: readonly EndpointResult[]): RootCause[] {
  const probed = endpoints.filter((e) => e.probeId !== null && e.code !== 'RUN_STOPPED' && e.code !== 'WILDCARD_UNTESTED');
  const routes = [...new Set(probed.map(routeKey))];
  const causes: RootCause[] = [];
  for (const route of routes) {
    const rows = probed.filter((e) => routeKey(e) === route);
    const codes = rows.map((e) => (e.status === 'fail' && e.code !== null && isFailureCode(e.code) ? e.code : null));
    if (codes.some((c) => c === null)) continue;
    const failing = codes as FailureCode[];
    if (new Set(failing.map(familyOf)).size !== 1) continue;
    const probeIds = [...new Set(rows.flatMap((e) => (e.probeId === null ? [] : [e.probeId])))];
    if (probeIds.length < MIN_PROBES) continue;
    const tally = new Map<FailureCode, number>();
    for (const c of failing) tally.set(c, (tally.get(c) ?? 0) + 1);
    const ordered = [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const code = must(ordered[0], 'a route with at least MIN_PROBES failing probes has a most frequent code');
    const scope = { route, results: rows.length, probes: probeIds.length, codes: ordered, rows };
    causes.push({ code, codes: ordered, route, results: rows.length, probes: probeIds.length, probeIds, ...describe(code, scope) });
  }
  return causes;
}

interface Scope {
  readonly route: string;
  readonly results: number;
  readonly probes: number;
  readonly codes: readonly FailureCode[];
  readonly rows: readonly EndpointResult[];
}

/** The DNS servers that answered (or failed to), from the dns stages' evidence. */
function dnsServers(rows: readonly EndpointResult[]): string[] {
  const servers = rows.flatMap((e) => e.stages.flatMap((s) => (s.detail?.kind === 'dns' && s.detail.server ? [s.detail.server] : [])));
  return [...new Set(servers)];
}

const via = (route: string): string => (route === 'direct' ? 'direct' : `through the proxy ${route}`);

function describe(code: FailureCode, scope: Scope): { message: string; fix: string } {
  const codeList = scope.codes.join(', ');
  const every = `all ${scope.probes} probes (${scope.results} endpoint results)`;
  if (CANNOT_RESOLVE.has(code)) {
    const servers = dnsServers(scope.rows);
    const asked = servers.length > 0 ? ` asking ${servers.join(', ')}` : '';
    return {
      message: `This host cannot resolve any internet name: ${every} failed at DNS${asked} (${codeList}).`,
      fix:
        "Check this host's DNS servers (ipconfig /all, or --dns-server to try another): they must resolve public names themselves or " +
        'forward to a resolver that does. If the SCP reaches the internet only through a proxy, give the check that proxy (--proxy, ' +
        '--pac or --winhttp): the proxy then resolves the names.',
    };
  }
  if (code === 'CONNECT_TIMEOUT') {
    return {
      message: `No connection from this host gets an answer: ${every} timed out connecting ${via(scope.route)} (${codeList}).`,
      fix:
        "A firewall silently drops this host's outbound connections, or the host is meant to use a proxy: " +
        'allow outbound TCP 443 (and 80) from this host, or give the check the proxy the SCP uses (--proxy, --pac or --winhttp).',
    };
  }
  if (code === 'NETWORK_UNREACHABLE') {
    return {
      message: `This host has no route to the internet: ${every} failed with ${codeList}.`,
      fix: CODES.NETWORK_UNREACHABLE.fix,
    };
  }
  if (code.startsWith('PROXY_')) {
    return {
      message: `Every probe through the proxy ${scope.route} failed the same way: ${every} failed with ${codeList}. ${CODES[code].meaning}`,
      fix: CODES[code].fix,
    };
  }
  return {
    message: `Every probe ${via(scope.route)} failed the same way: ${every} failed with ${codeList}. ${CODES[code].meaning}`,
    fix: CODES[code].fix,
  };
}

/** Whether a result is explained by one of the causes (its row can be folded under the cause). */
export function explainedBy(causes: readonly RootCause[], e: EndpointResult): RootCause | undefined {
  const id = e.probeId;
  return id === null ? undefined : causes.find((c) => c.probeIds.includes(id) && c.route === routeKey(e));
}

/**
 * A report's root causes as the views show them: the recorded ones, or, for a report written before `rootCauses`
 * existed (re-rendered with `render`), the same pure function of its endpoint results.
 */
export function reportRootCauses(report: {
  readonly rootCauses?: readonly RootCause[];
  readonly endpoints: readonly EndpointResult[];
}): readonly RootCause[] {
  return report.rootCauses ?? rootCauses(report.endpoints);
}
