import type { FailureCode } from '../model/codes.js';
import { TOOL } from '../model/tool.js';
import type { ObservedState } from '../report/firewall-rows.js';
import { routeText } from '../report/labels.js';
import { differences } from './differences.js';
import {
  FLEET_VERSION,
  type DigestRow,
  type FleetCell,
  type FleetEndpoint,
  type FleetFirewallRow,
  type FleetHost,
  type FleetReport,
  type FleetSource,
  type HostDigest,
} from './types.js';

const WORST: Record<ObservedState, number> = { blocked: 3, warning: 2, untested: 1, open: 0 };

/** Blocked, warned and untested counts, waived cells left out: what "how much fails" sorts by. */
function tally(cells: readonly (FleetCell | null)[]): { blocked: number; warning: number; untested: number; open: number } {
  const t = { blocked: 0, warning: 0, untested: 0, open: 0 };
  for (const c of cells) if (c !== null && !c.waived) t[c.observed] += 1;
  return t;
}

const byFailures = (a: { blocked: number; warning: number; untested: number }, b: typeof a): number =>
  b.blocked - a.blocked || b.warning - a.warning || b.untested - a.untested;

/** The newest report of each host is the one the matrix shows; older ones are listed as superseded by it. */
function newestPerHost(digests: readonly HostDigest[]): { used: HostDigest[]; sources: FleetSource[] } {
  const newest = new Map<string, HostDigest>();
  for (const d of digests) {
    const seen = newest.get(d.key);
    if (seen === undefined || Date.parse(d.startedAt) > Date.parse(seen.startedAt)) newest.set(d.key, d);
  }
  const sources = digests
    .map((d): FleetSource => {
      const winner = newest.get(d.key);
      if (!winner) throw new Error(`fleet: host key ${d.key} has no newest report, though every digest was put in`);
      return {
        file: d.file,
        host: d.name,
        hostLine: d.hostLine,
        startedAt: d.startedAt,
        edition: d.edition,
        route: routeText(d.route),
        verdict: d.verdict,
        headline: d.headline,
        simulation: d.simulation,
        network: d.network,
        scpWarning: d.scpWarning,
        supersededBy: winner === d ? null : `${winner.startedAt} (${winner.file})`,
      };
    })
    .sort((a, b) => a.host.localeCompare(b.host) || b.startedAt.localeCompare(a.startedAt));
  return { used: [...newest.values()], sources };
}

/** One row per destination × port × rule location, with every host that needs it and lacks it. */
function firewall(used: readonly HostDigest[]): FleetFirewallRow[] {
  const groups = new Map<string, { first: DigestRow; items: { host: string; row: DigestRow }[] }>();
  for (const d of used) {
    for (const row of d.rows) {
      const key = `${row.key}\u0000${row.location}`;
      const g = groups.get(key) ?? { first: row, items: [] };
      g.items.push({ host: d.name, row });
      groups.set(key, g);
    }
  }
  const rows = [...groups.values()].map(({ first, items }): FleetFirewallRow => {
    const needing = items.filter((i) => i.row.needsAction && !i.row.waived).sort((a, b) => a.host.localeCompare(b.host));
    const waived = items
      .filter((i) => i.row.needsAction && i.row.waived)
      .map((i) => i.host)
      .sort();
    const open = items
      .filter((i) => !i.row.needsAction)
      .map((i) => i.host)
      .sort();
    const counted = [...needing, ...items.filter((i) => i.row.needsAction && i.row.waived)];
    const observed = counted.reduce<ObservedState>((w, i) => (WORST[i.row.observed] > WORST[w] ? i.row.observed : w), 'open');
    const codes = [...new Set(counted.flatMap((i) => i.row.codes))] as FailureCode[];
    return {
      destination: first.destination,
      port: first.port,
      protocol: 'TCP',
      service: first.service,
      purpose: first.purpose,
      location: first.location,
      proxy: first.proxy,
      observed,
      codes,
      sources: needing.map((i) => ({ host: i.host, addresses: i.row.addresses, observed: i.row.observed, code: i.row.code })),
      waivedHosts: waived,
      openHosts: open,
      action: [...new Set(counted.map((i) => i.row.action).filter((a) => a !== 'None.'))].join(' ') || 'None.',
      needsAction: counted.length > 0,
    };
  });
  const order = (a: FleetFirewallRow, b: FleetFirewallRow): number =>
    b.sources.length - a.sources.length ||
    a.destination.localeCompare(b.destination) ||
    a.port - b.port ||
    a.location.localeCompare(b.location);
  return [...rows.filter((r) => r.needsAction).sort(order), ...rows.filter((r) => !r.needsAction).sort(order)];
}

/**
 * The fleet report of N digested runs (the newest per host): the host × endpoint matrix with hosts and endpoints
 * sorted by how much fails, the de-duplicated firewall request, what differs between hosts, and every source run.
 * A pure function of its input.
 */
export function buildFleet(
  digests: readonly HostDigest[],
  options: { simulation: FleetReport['simulation']; createdAt: string },
): FleetReport {
  const { used, sources } = newestPerHost(digests);
  const columns = new Map<string, DigestRow>();
  for (const d of used) for (const row of d.rows) if (!columns.has(row.key)) columns.set(row.key, row);
  const keys = [...columns.keys()];
  const cellsOf = (d: HostDigest): (FleetCell | null)[] => {
    const byKey = new Map(d.rows.map((r) => [r.key, r]));
    return keys.map((key) => {
      const r = byKey.get(key);
      return r === undefined ? null : { observed: r.observed, code: r.code, codes: r.codes, waived: r.waived, location: r.location };
    });
  };
  const rawHosts = used.map((d) => ({ d, cells: cellsOf(d) }));
  const rawEndpoints = keys
    .map((key, i) => {
      const r = columns.get(key);
      if (!r) throw new Error(`fleet: endpoint key ${key} has no column, though the keys come from the columns`);
      return {
        i,
        endpoint: {
          destination: r.destination,
          port: r.port,
          service: r.service,
          purpose: r.purpose,
          ...tally(rawHosts.map((h) => h.cells[i] ?? null)),
        },
      };
    })
    .sort(
      (a, b) =>
        byFailures(a.endpoint, b.endpoint) ||
        a.endpoint.destination.localeCompare(b.endpoint.destination) ||
        a.endpoint.port - b.endpoint.port,
    );
  const endpoints: FleetEndpoint[] = rawEndpoints.map((e) => e.endpoint);
  const hosts: FleetHost[] = rawHosts
    .map(({ d, cells }) => {
      const ordered = rawEndpoints.map((e) => cells[e.i] ?? null);
      // A host's counts leave out `open`: the matrix shows open rows, not a count of them.
      const { blocked, warning, untested } = tally(ordered);
      return { name: d.name, verdict: d.verdict, headline: d.headline, blocked, warning, untested, cells: ordered };
    })
    .sort((a, b) => byFailures(a, b) || a.name.localeCompare(b.name));
  return {
    kind: 'scp-preflight-fleet',
    fleetVersion: FLEET_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    createdAt: options.createdAt,
    simulation: options.simulation,
    sources,
    hosts,
    endpoints,
    firewall: firewall(used),
    differences: differences(hosts, endpoints),
  };
}
