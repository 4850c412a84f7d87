import { must } from '../model/must.js';
import { hostMatches } from '../catalog/parse-entry.js';
import type { FailureCode } from '../model/codes.js';
import type { RevocationCheck } from '../revocation/types.js';
import type { FirewallRow, ObservedState, RowSource } from './firewall-rows.js';

/** What the derived rows need from the firewall table: where a route's rule belongs, and the run's source. */
export interface DerivedRowContext {
  readonly location: (route: RevocationCheck['route']) => string;
  readonly source: (locations: readonly string[]) => RowSource;
}

const KIND_WORDS = { crl: 'CRL', ocsp: 'OCSP', caIssuers: 'issuer certificate', ctl: 'trusted root list' } as const;

/**
 * The CRL, OCSP and issuer hosts the endpoints' chains need, as rows of the firewall change request although the
 * endpoint list does not name them (issue 11 §2): one row per host × port. A host a catalog row already covers on
 * the same port gets no row of its own; that row's purpose says what it is also needed for instead.
 */
export function revocationRows(
  checks: readonly RevocationCheck[],
  catalogRows: FirewallRow[],
  context: DerivedRowContext,
): { rows: FirewallRow[]; catalogRows: FirewallRow[] } {
  const byHost = new Map<string, RevocationCheck[]>();
  for (const check of checks) {
    const key = `${check.host.toLowerCase()}\u0000${check.port}`;
    byHost.set(key, [...(byHost.get(key) ?? []), check]);
  }
  let updated = catalogRows;
  const rows: FirewallRow[] = [];
  for (const group of byHost.values()) {
    const first = must(group[0], 'a host is grouped only with a check of its own');
    const endpoints = [...new Set(group.flatMap((c) => c.neededBy.map((n) => n.host)))];
    const kinds = [...new Set(group.map((c) => KIND_WORDS[c.kind]))];
    const purpose =
      endpoints.length === 0
        ? `Needed by Windows' automatic root certificate update (${kinds.join(', ')}; not in the endpoint list)`
        : `Needed to check revocation of ${endpoints.join(', ')} (${kinds.join(', ')}; not in the endpoint list)`;
    const covering = updated.findIndex((r) => r.port === first.port && hostMatches(r.pattern, first.host));
    if (covering >= 0) {
      updated = updated.map((r, i) =>
        i === covering && !r.purpose.includes(purpose)
          ? { ...r, purpose: `${r.purpose}; ${purpose.replace(/; not in the endpoint list\)$/, ')')}` }
          : r,
      );
      continue;
    }
    const failing = group.filter((c) => c.code === 'REVOCATION_UNREACHABLE');
    const observed: ObservedState = failing.length > 0 ? 'blocked' : group.every((c) => c.status === 'pass') ? 'open' : 'untested';
    const locations = [...new Set(group.map((c) => context.location(c.route)))];
    const proxy = group.find((c) => c.route.proxy !== null)?.route.proxy ?? null;
    const service = `TCP ${first.port} (HTTP)`;
    const urls = group.map((c) => c.url);
    const allow =
      proxy === null
        ? `Allow outbound ${service} from the SCP host to ${first.host} on every firewall in the path`
        : `Allow ${first.host} on ${service} in the policy of proxy ${proxy}`;
    const action =
      failing.length === 0
        ? observed === 'open'
          ? 'None.'
          : 'Not fetched (the run was stopped): allow it as for the endpoints it serves.'
        : `${allow}: ` +
          `Windows fetches ${urls.slice(0, 3).join(', ')}${urls.length > 3 ? ` and ${urls.length - 3} more` : ''} from it ` +
          `${endpoints.length === 0 ? 'to install a root certificate it lacks' : `to check the certificates of ${endpoints.join(', ')}`}.`;
    const code: FailureCode | null = failing.length > 0 ? 'REVOCATION_UNREACHABLE' : null;
    rows.push({
      destination: `http://${first.port === 80 ? first.host : `${first.host}:${first.port}`}`,
      pattern: first.host,
      port: first.port,
      protocol: 'TCP',
      service: 'HTTP',
      purpose,
      location: locations.join('; '),
      proxy,
      observed,
      code,
      codes: code === null ? [] : [code],
      probedHosts: [first.host],
      action,
      waiver: null,
      direct: null,
      source: context.source(locations),
      origin: 'revocation',
    });
  }
  return { rows, catalogRows: updated };
}
