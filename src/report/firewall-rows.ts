import { CODES, type FailureCode } from '../model/codes.js';
import { type Status, worse } from '../model/status.js';
import type { Route } from '../probes/types.js';
import type { AppliedWaiver } from '../model/waivers.js';
import { type DirectFinding, DIRECT_KIND_NOTE, directFinding } from './direct-finding.js';
import { revocationRows } from './revocation-rows.js';
import { isUnchosen } from './route-taken.js';
import { sourceAddresses, sourceHostName } from './run-source.js';
import type { EndpointResult, Report } from '../model/report.js';

/** What the probes saw for a destination: the words a firewall reviewer uses. */
export type ObservedState = 'open' | 'warning' | 'blocked' | 'untested';

/** The firewall rule itself, as one host's rows and the fleet's merged rows both state it. */
export interface FirewallRule {
  /** The entry exactly as documented (FQDN, wildcard or URL). */
  readonly destination: string;
  readonly port: number;
  readonly protocol: 'TCP';
  readonly service: 'HTTPS' | 'HTTP';
  /** The documentation groups listing it, joined with "; ". */
  readonly purpose: string;
  /** Where the rule belongs: the SCP host's egress path, or the proxy the SCP goes through. */
  readonly location: string;
  /** The proxy URL (without credentials) when the route is a proxy. */
  readonly proxy: string | null;
  readonly observed: ObservedState;
  readonly action: string;
}

/** One line of the firewall change request: a documented entry × port, and what must change where. */
export interface FirewallRow extends FirewallRule {
  /** The host or wildcard pattern a rule matches. */
  readonly pattern: string;
  /** The worst result's code; `codes` has every distinct code seen, worst first. */
  readonly code: FailureCode | null;
  readonly codes: readonly FailureCode[];
  /** The concrete hosts probed for it (samples of a wildcard); empty when untested. */
  readonly probedHosts: readonly string[];
  /** The waiver covering every failure of the row, or an expired one that no longer does. */
  readonly waiver: AppliedWaiver | null;
  /** With `--compare-direct`: what the direct probe saw and where that says the rule belongs; else `null`. */
  readonly direct: RowDirect | null;
  /** Who needs the rule: the run's host and the local addresses its probes left from on this row's path. */
  readonly source: RowSource;
  /**
   * `catalog` for a documented entry; `revocation` for a CRL/OCSP/issuer host the endpoints' chains need, which the
   * endpoint list does not name (absent in rows built before issue 11, which are all `catalog`).
   */
  readonly origin?: 'catalog' | 'revocation';
}

/** The source of a firewall row: the host name (FQDN or `--host-label`) and its addresses on the rule's path. */
export interface RowSource {
  readonly host: string;
  /** Distinct local IP addresses; empty when no connection on this path got as far as the kernel. */
  readonly addresses: readonly string[];
}

/** Whether a row asks for a change (anything but open with nothing to do): such rows come first in every view. */
export function rowNeedsAction(row: Pick<FirewallRow, 'observed' | 'action'>): boolean {
  return row.observed !== 'open' || row.action !== 'None.';
}

/** The direct side of a row, next to `observed` (the route the SCP takes). */
export interface RowDirect extends DirectFinding {
  readonly observed: ObservedState;
  /** Where the rule belongs given both outcomes, in a reviewer's words. */
  readonly note: string;
}

/**
 * The order of the change request: blocked rows first (a rule is missing), then warnings, rows not tested (wildcards
 * to allow by pattern), rows whose failure a live waiver covers (a change is scheduled), open rows that still need a
 * change (an undocumented redirect target), and the rows already open last. An expired waiver covers nothing.
 */
function actionRank(row: FirewallRow): number {
  if (!rowNeedsAction(row)) return 5;
  if (row.waiver !== null && !row.waiver.expired) return 3;
  return { blocked: 0, warning: 1, untested: 2, open: 4 }[row.observed];
}

const RANK: Record<Status, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

/**
 * Where a rule for this route belongs, in a reviewer's words. A route PAC never chose (an entry with no concrete
 * host to ask FindProxyForURL about) is not "SCP host egress": the PAC file decides, so both places are named.
 */
export function ruleLocation(route: Route): string {
  if (isUnchosen(route)) return 'Proxy or SCP host egress, as the PAC file chooses (not probed)';
  return route.kind === 'direct' || route.proxy === null ? 'SCP host egress' : `Proxy ${route.proxy}`;
}

const OBSERVED: Record<Status, ObservedState> = { pass: 'open', warn: 'warning', fail: 'blocked', skip: 'untested' };

/**
 * A row whose only failures are this host's own limits (LOCAL_LIMIT_REACHED: nothing was sent) was not tested, not
 * blocked: the firewall team must not be asked to change a rule nobody measured.
 */
function observedOf(status: Status, results: readonly EndpointResult[]): ObservedState {
  const failures = results.filter((r) => r.status === 'fail');
  if (failures.length > 0 && failures.every((r) => r.code === 'LOCAL_LIMIT_REACHED')) return 'untested';
  return OBSERVED[status];
}

/** Display label for an observed state. */
export const OBSERVED_LABEL: Record<ObservedState, string> = {
  open: 'Open',
  warning: 'Open, with warning',
  blocked: 'Blocked',
  untested: 'Not tested',
};

/** What to do about one non-passing result, phrased for the place the rule belongs. */
function actionFor(result: EndpointResult, pattern: string): string {
  const service = `TCP ${result.port} (${result.scheme.toUpperCase()})`;
  const proxy = result.route.proxy ?? '';
  const code = result.code;
  if (code === null) return result.remediation ?? 'Review the result.';
  switch (code) {
    case 'CONNECT_REFUSED':
    case 'CONNECT_TIMEOUT':
    case 'CONNECT_RESET':
    case 'NETWORK_UNREACHABLE':
      return `Allow outbound ${service} from the SCP host to ${pattern} on every firewall in the path.`;
    case 'PROXY_DENIED':
      return `Allow ${pattern} on ${service} in the policy of proxy ${proxy}.`;
    case 'PROXY_UPSTREAM_FAILED':
      return `Allow proxy ${proxy} to resolve and reach ${pattern} on ${service}.`;
    case 'LOCAL_LIMIT_REACHED':
      return (
        `No firewall change shown: this host ran out of open files before it could try ${service}; ` +
        'raise its limit or lower --concurrency and run again.'
      );
    case 'WILDCARD_UNTESTED':
      return `Allow ${pattern} on ${service} by FQDN pattern as documented; no concrete host is known, so it could not be probed.`;
    default:
      return result.remediation ?? CODES[code].fix;
  }
}

/** Every distinct action the row's results need, worst first, plus undocumented redirect targets to allow. */
function rowAction(sorted: readonly EndpointResult[], pattern: string): string {
  const actions = [...new Set(sorted.filter((r) => r.status !== 'pass').map((r) => actionFor(r, pattern)))];
  const undocumented = [...new Set(sorted.flatMap((r) => r.undocumentedHosts))];
  if (undocumented.length > 0) {
    const them = undocumented.length === 1 ? 'it' : 'them';
    actions.push(`Redirects also reach ${undocumented.join(', ')}, which the documentation does not list: allow ${them} too.`);
  }
  return actions.length === 0 ? 'None.' : actions.join(' ');
}

function rowWaiver(results: readonly EndpointResult[]): AppliedWaiver | null {
  const counted = results.filter((r) => r.status === 'fail' || r.status === 'warn');
  if (counted.length === 0) return null;
  const live = counted.map((r) => r.waiver).filter((w) => w !== undefined && !w.expired);
  if (live.length === counted.length) return live[0] ?? null;
  return counted.find((r) => r.waiver?.expired)?.waiver ?? null;
}

function rowDirect(results: readonly EndpointResult[]): RowDirect | null {
  const d = directFinding(results);
  return d === null ? null : { ...d, observed: OBSERVED[d.status], note: DIRECT_KIND_NOTE[d.kind] };
}

/**
 * The firewall change request: one row per documented entry × port (shared by HTML, CSV and MD); rows needing action
 * first, the blocked ones at the top (actionRank), then the already open ones, each part in catalog order.
 */
export function firewallRows(report: Report): readonly FirewallRow[] {
  // Every view asks for the rows (the counts line, the table, the CSV, the Markdown): built once per report. A
  // report is not changed after it is made, so the rows of an object stay its rows.
  let rows = ROWS.get(report);
  if (rows === undefined) {
    rows = buildRows(report);
    ROWS.set(report, rows);
  }
  return rows;
}

const ROWS = new WeakMap<Report, readonly FirewallRow[]>();

function buildRows(report: Report): FirewallRow[] {
  const host = sourceHostName(report.host);
  const addresses = sourceAddresses(report, ruleLocation);
  const byKey = new Map<string, EndpointResult[]>();
  for (const e of report.endpoints) {
    const key = `${e.entry}\u0000${e.port}`;
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  }
  const rows = [...byKey.values()].map((results): FirewallRow => {
    const first = results[0] as EndpointResult;
    const sorted = [...results].sort((a, b) => RANK[b.status] - RANK[a.status]);
    const worst = sorted[0] as EndpointResult;
    const status = results.reduce<Status>((s, r) => worse(s, r.status), 'skip');
    const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
    const locations = unique(results.map((r) => ruleLocation(r.route)));
    return {
      destination: first.entry,
      pattern: first.pattern,
      port: first.port,
      protocol: 'TCP',
      service: first.scheme === 'https' ? 'HTTPS' : 'HTTP',
      purpose: unique(results.map((r) => r.groupTitle)).join('; '),
      location: locations.join('; '),
      proxy: results.find((r) => r.route.proxy !== null)?.route.proxy ?? null,
      observed: observedOf(status, results),
      code: worst.code,
      codes: unique(sorted.flatMap((r) => (r.code === null ? [] : [r.code]))),
      probedHosts: unique(results.filter((r) => r.probeId !== null).map((r) => r.host)),
      action: rowAction(sorted, first.pattern),
      waiver: rowWaiver(results),
      direct: rowDirect(results),
      source: { host, addresses: unique(locations.flatMap((l) => addresses.get(l) ?? [])) },
      origin: 'catalog',
    };
  });
  // The hosts the chains need for revocation checking follow the documented ones (issue 11 §2).
  const derived = revocationRows(report.revocation ?? [], rows, {
    location: ruleLocation,
    source: (locations) => ({ host, addresses: [...new Set(locations.flatMap((l) => addresses.get(l) ?? []))] }),
  });
  const all = [...derived.catalogRows, ...derived.rows];
  const ranked = all.map((row, i) => ({ row, i })).sort((x, y) => actionRank(x.row) - actionRank(y.row) || x.i - y.i);
  return ranked.map((x) => x.row);
}
