import type { EndpointPlan } from '../catalog/plan.js';
import { CODES } from '../model/codes.js';
import type { ProbeOutcome, Route } from '../probes/types.js';
import { extended } from '../model/extended.js';
import type { EndpointResult } from '../model/report.js';

/**
 * Joins the plan's rows with the probe outcomes: a host listed under several groups was probed once and its
 * outcome is reported under every row. A wildcard with no sample is WILDCARD_UNTESTED, never a pass. Results are
 * `extended` rows, not spread ones: on Node 20 a spread gave each result a hidden class of its own.
 */
export function endpointResults(plan: EndpointPlan, outcomes: ReadonlyMap<string, ProbeOutcome>, defaultRoute: Route): EndpointResult[] {
  return plan.endpoints.map(({ targetId, ...row }) => {
    if (targetId === null) {
      return extended(row, {
        probeId: null,
        status: 'skip',
        code: 'WILDCARD_UNTESTED',
        message: `${row.entry} is a wildcard with no known concrete host, so port ${row.port} was not probed; it is not proven reachable.`,
        remediation: CODES.WILDCARD_UNTESTED.fix,
        route: defaultRoute,
        stages: [],
        undocumentedHosts: [],
      });
    }
    const outcome = outcomes.get(targetId);
    // runProbes answers every target, even after the deadline (as timeouts); a gap is our bug, not a network finding.
    if (!outcome) throw new Error(`no probe outcome for ${targetId}`);
    const http = outcome.stages.find((s) => s.stage === 'http')?.detail;
    return extended(row, {
      probeId: targetId,
      status: outcome.status,
      code: outcome.code,
      message: outcome.message,
      remediation: outcome.code ? CODES[outcome.code].fix : null,
      route: outcome.route,
      stages: outcome.stages,
      undocumentedHosts: http?.kind === 'http' ? http.undocumentedHosts : [],
    });
  });
}
