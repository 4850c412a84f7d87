import { extended } from '../model/extended.js';
import type { EndpointResult } from '../model/report.js';
import type { ProbeOutcome } from '../probes/types.js';

/**
 * `--compare-direct`: puts the direct probe's outcome next to each proxied result, so the firewall team sees what
 * works only through the proxy (rules belong on the proxy) and what works without it (rules on the SCP host's own
 * firewall path). Rows that were not probed (untested wildcards) get nothing.
 */
export function attachDirect(endpoints: readonly EndpointResult[], direct: ReadonlyMap<string, ProbeOutcome>): EndpointResult[] {
  return endpoints.map((endpoint) => {
    const outcome = endpoint.probeId === null ? undefined : direct.get(endpoint.probeId);
    return outcome ? extended(endpoint, { direct: { status: outcome.status, code: outcome.code, message: outcome.message } }) : endpoint;
  });
}
