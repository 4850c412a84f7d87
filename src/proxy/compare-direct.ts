import type { ProbeOutcome } from '../probes/types.js';
import { DIRECT_KIND_LABEL, directFinding } from '../report/direct-finding.js';
import type { EndpointResult } from '../model/report.js';

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

/** One line for the console: the direct probe's outcome and what it says about where the rule belongs. */
export function directComparisonLine(endpoint: EndpointResult): string | null {
  const direct = endpoint.direct;
  const finding = directFinding([endpoint]);
  if (direct === undefined || finding === null) return null;
  return `Direct: ${direct.status.toUpperCase()}${direct.code ? ` ${direct.code}` : ''} — ${DIRECT_KIND_LABEL[finding.kind].toLowerCase()}.`;
}
