import type { ProbeOutcome } from '../probes/types.js';
import type { EndpointResult } from '../report/types.js';

/**
 * `--compare-direct`: puts the direct probe's outcome next to each proxied result, so the firewall team sees what
 * works only through the proxy (rules belong on the proxy) and what works without it (rules on the SCP host's own
 * firewall path). Rows that were not probed (untested wildcards) get nothing.
 */
export function attachDirect(endpoints: readonly EndpointResult[], direct: ReadonlyMap<string, ProbeOutcome>): EndpointResult[] {
  return endpoints.map((endpoint) => {
    const outcome = endpoint.probeId === null ? undefined : direct.get(endpoint.probeId);
    return outcome ? { ...endpoint, direct: { status: outcome.status, code: outcome.code, message: outcome.message } } : endpoint;
  });
}

/** One line for the console and text reports: how the two routes compare. */
export function directComparisonLine(endpoint: EndpointResult): string | null {
  const direct = endpoint.direct;
  if (direct === undefined) return null;
  const viaProxy = endpoint.status === 'pass' || endpoint.status === 'warn';
  const alone = direct.status === 'pass' || direct.status === 'warn';
  const verdict = viaProxy && !alone ? 'works only through the proxy'
    : !viaProxy && alone ? 'works direct but NOT through the proxy'
      : viaProxy ? 'works both ways' : 'fails both ways';
  return `Direct: ${direct.status.toUpperCase()}${direct.code ? ` ${direct.code}` : ''} (${verdict}).`;
}
