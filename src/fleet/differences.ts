import { CODES, type FailureCode } from '../model/codes.js';
import type { ObservedState } from '../report/firewall-rows.js';
import type { FleetDifference, FleetEndpoint, FleetHost } from './types.js';

/** `a, b, c and 4 more`: names in a sentence stay short; the JSON keeps the full lists. */
export function nameList(names: readonly string[], max = 5): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

const EGRESS = 'SCP host egress';

/**
 * What it means that an endpoint fails on these hosts while it works on others, from where the rule belongs and the
 * stage that failed: a missing egress rule, a DNS difference, a proxy policy, a per-source proxy ACL.
 */
export function differenceReason(
  hosts: readonly string[],
  observed: ObservedState,
  code: FailureCode | null,
  location: string,
  workingLocations: ReadonlySet<string>,
): string {
  const who = nameList(hosts);
  const stage = code === null ? null : CODES[code].stage;
  if (location !== EGRESS) {
    const proxy = location.replace(/^Proxy /, '');
    if (workingLocations.has(location))
      return (
        `proxy ${proxy} lets it through for other hosts but not for ${who}: a proxy rule that depends on the source (its ACL or ` +
        `authentication for ${who})`
      );
    if (code === 'PROXY_DENIED') return `the policy of proxy ${proxy}, used by ${who}, lacks it`;
    if (code === 'PROXY_UPSTREAM_FAILED')
      return `proxy ${proxy}, used by ${who}, cannot reach it: the proxy's own egress firewall or DNS lacks it`;
    if (code === 'PROXY_AUTH_REQUIRED' || code === 'PROXY_AUTH_FAILED' || code === 'PROXY_AUTH_UNSUPPORTED')
      return `proxy ${proxy} does not accept the credentials of ${who}`;
    if (code === 'PROXY_UNREACHABLE') return `${who} cannot reach proxy ${proxy} itself: the firewall between them and the proxy lacks it`;
    if (stage === 'tls')
      return observed === 'warning'
        ? `TLS through proxy ${proxy} is inspected for ${who}`
        : `TLS through proxy ${proxy} fails for ${who}: an inspection device or a wrong server answers`;
    return `the path of ${who} through proxy ${proxy} lacks it`;
  }
  switch (stage) {
    case 'dns':
      return `the DNS that ${who} use${hosts.length === 1 ? 's' : ''} does not resolve it as the others do`;
    case 'connect':
      return `the firewall on the egress path of ${who} lacks it`;
    case 'tls':
      return observed === 'warning'
        ? `TLS to it is inspected on the path of ${who}`
        : `TLS to it fails on the path of ${who}: an inspection device or a wrong server answers`;
    case 'http':
      return `a device on the path of ${who} answers in its place`;
    case 'proxy':
      return `a transparent proxy or portal on the path of ${who} answers in its place`;
    default:
      return `it is not proven on ${who}`;
  }
}

/**
 * Every endpoint that is open on some hosts and blocked (or warned) on others, worst first, with the failing hosts
 * grouped by what failed and where the rule belongs. Untested cells are on neither side.
 */
export function differences(hosts: readonly FleetHost[], endpoints: readonly FleetEndpoint[]): FleetDifference[] {
  const out: (FleetDifference & { n: number })[] = [];
  endpoints.forEach((endpoint, column) => {
    const works: string[] = [];
    const workingLocations = new Set<string>();
    const groups = new Map<string, { hosts: string[]; observed: ObservedState; code: FailureCode | null; location: string }>();
    for (const host of hosts) {
      const cell = host.cells[column];
      if (cell === null || cell === undefined) continue;
      if (cell.observed === 'open') {
        works.push(host.name);
        workingLocations.add(cell.location);
      } else if (cell.observed === 'blocked' || cell.observed === 'warning') {
        const key = `${cell.observed}|${cell.code}|${cell.location}`;
        const group = groups.get(key) ?? { hosts: [], observed: cell.observed, code: cell.code, location: cell.location };
        group.hosts.push(host.name);
        groups.set(key, group);
      }
    }
    if (works.length === 0 || groups.size === 0) return;
    const fails = [...groups.values()]
      .sort((a, b) => b.hosts.length - a.hosts.length)
      .map((g) => ({ ...g, reason: differenceReason(g.hosts, g.observed, g.code, g.location, workingLocations) }));
    out.push({ destination: endpoint.destination, port: endpoint.port, works, fails, n: fails.reduce((s, f) => s + f.hosts.length, 0) });
  });
  return out.sort((a, b) => b.n - a.n).map(({ destination, port, works, fails }) => ({ destination, port, works, fails }));
}
