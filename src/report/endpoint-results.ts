import type { EndpointPlan } from '../catalog/plan.js';
import { CODES } from '../model/codes.js';
import type { ProbeOutcome, Route } from '../probes/types.js';
import type { EndpointResult } from './types.js';

/**
 * Joins the plan's rows with the probe outcomes: a host listed under several groups was probed once and its
 * outcome is reported under every row. A wildcard with no sample is WILDCARD_UNTESTED, never a pass.
 */
export function endpointResults(plan: EndpointPlan, outcomes: ReadonlyMap<string, ProbeOutcome>, defaultRoute: Route): EndpointResult[] {
  return plan.endpoints.map(({ targetId, ...row }) => {
    const outcome = targetId === null ? undefined : outcomes.get(targetId);
    if (!outcome) {
      const untested = targetId === null;
      const code = untested ? 'WILDCARD_UNTESTED' : 'CONNECT_TIMEOUT';
      return {
        ...row, probeId: targetId, status: untested ? 'skip' : 'fail', code,
        message: untested
          ? `${row.entry} is a wildcard with no known concrete host, so port ${row.port} was not probed; it is not proven reachable.`
          : `${row.host} port ${row.port} was not probed before the run's deadline.`,
        remediation: CODES[code].fix, route: defaultRoute, stages: [], undocumentedHosts: [],
      };
    }
    const http = outcome.stages.find((s) => s.stage === 'http')?.detail;
    return {
      ...row, probeId: targetId, status: outcome.status, code: outcome.code, message: outcome.message,
      remediation: outcome.code ? CODES[outcome.code].fix : null,
      route: outcome.route, stages: outcome.stages,
      undocumentedHosts: http?.kind === 'http' ? http.undocumentedHosts : [],
    };
  });
}
