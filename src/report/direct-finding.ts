import type { FailureCode } from '../model/codes.js';
import { type Status, worse } from '../model/status.js';
import type { EndpointResult, Report } from '../model/report.js';

/**
 * How the `--compare-direct` probe compares with the route the SCP takes (issue 3: the firewall team needs to know
 * which rules belong on the SCP host and which on the proxy):
 * - `proxy-only`: works through the proxy, not direct — the rule belongs on the proxy;
 * - `both`: works both ways — the SCP host has its own path too (a bypass that may be unintended);
 * - `neither`: fails both ways — the proxy rule is what is needed;
 * - `direct-only`: works direct but not through the proxy the SCP uses — the rule belongs on the proxy;
 * - `same-route`: the result was not proxied (NO_PROXY, PAC DIRECT), so both probes took the same path;
 * - `untested`: one side did not run, so the comparison proves nothing.
 */
export type DirectKind = 'proxy-only' | 'both' | 'neither' | 'direct-only' | 'same-route' | 'untested';

/** Short label for tables. */
export const DIRECT_KIND_LABEL: Record<DirectKind, string> = {
  'proxy-only': 'Only through the proxy',
  both: 'Also works direct (bypass?)',
  neither: 'Fails direct too',
  'direct-only': 'Works only direct',
  'same-route': 'Not proxied: same path',
  untested: 'Not compared',
};

/** The sentence a firewall reviewer acts on: where the rule belongs, given both outcomes. */
export const DIRECT_KIND_NOTE: Record<DirectKind, string> = {
  'proxy-only': 'Works only through the proxy: the rule belongs on the proxy; the SCP host needs only its path to the proxy.',
  both:
    'Works direct too: besides the proxy, the SCP host has its own path to this destination, a bypass that may be unintended. ' +
    'The rule the SCP uses is on the proxy.',
  neither: 'Fails direct too: the rule that is needed is on the proxy; the SCP host needs only its path to the proxy.',
  'direct-only':
    'Works direct but not through the proxy: the SCP goes through the proxy, so the rule belongs on the proxy. ' +
    "The SCP host's own path is a bypass that may be unintended.",
  'same-route': "Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host's egress.",
  untested: 'One of the two probes did not run, so the comparison proves nothing either way.',
};

/** What the direct probe saw for one result or firewall row, and where that says the rule belongs. */
export interface DirectFinding {
  readonly kind: DirectKind;
  /** The direct probe's (worst) status. */
  readonly status: Status;
  /** The direct probe's worst code; `codes` has every distinct direct code, worst first. */
  readonly code: FailureCode | null;
  readonly codes: readonly FailureCode[];
}

const works = (s: Status): boolean => s === 'pass' || s === 'warn';
const SEVERITY: Record<Status, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

/** Classifies a proxied outcome against the direct one. */
export function directKind(via: Status, direct: Status): Exclude<DirectKind, 'same-route'> {
  if (via === 'skip' || direct === 'skip') return 'untested';
  if (works(via)) return works(direct) ? 'both' : 'proxy-only';
  return works(direct) ? 'direct-only' : 'neither';
}

const proxied = (e: EndpointResult): boolean => e.route.kind !== 'direct' && e.route.proxy !== null;

/**
 * The comparison over results sharing a destination (one, or the samples of a wildcard): the worst outcome on each
 * side, so "works" means every sample worked. Results that were not proxied only count when none were.
 * `null` when no result has a direct outcome (the run had no `--compare-direct`, or nothing was probed).
 */
export function directFinding(results: readonly EndpointResult[]): DirectFinding | null {
  const compared = results.filter((e) => e.direct !== undefined);
  if (compared.length === 0) return null;
  const viaProxy = compared.filter(proxied);
  const used = viaProxy.length > 0 ? viaProxy : compared;
  const sorted = [...used].sort((a, b) => SEVERITY[b.direct?.status ?? 'skip'] - SEVERITY[a.direct?.status ?? 'skip']);
  const status = used.reduce<Status>((s, e) => worse(s, e.direct?.status ?? 'skip'), 'skip');
  const via = used.reduce<Status>((s, e) => worse(s, e.status), 'skip');
  return {
    kind: viaProxy.length > 0 ? directKind(via, status) : 'same-route',
    status,
    code: sorted[0]?.direct?.code ?? null,
    codes: [...new Set(sorted.flatMap((e) => (e.direct?.code ? [e.direct.code] : [])))],
  };
}

/** True when the run had `--compare-direct` (some result carries a direct outcome): only then do views show it. */
export function hasDirect(report: Report): boolean {
  return report.endpoints.some((e) => e.direct !== undefined);
}
