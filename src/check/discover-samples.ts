import type { ProbeOutcome } from '../probes/types.js';
import { hostMatches } from '../catalog/parse-entry.js';
import type { EndpointPlan, PlannedEndpoint, ProbeTarget } from '../catalog/plan.js';

/**
 * Wildcards the documentation lists without a known host (`*.akamaiedge.net`) often show up in the DNS answers for
 * other entries: `download.microsoft.com` is a CNAME into an Akamai edge name. A name seen that way is a concrete
 * host the SCP really reaches, so an untested wildcard row is probed through it, with a note saying where it was
 * seen. Returns the rows that changed and the new targets; rows with no discovery stay WILDCARD_UNTESTED.
 */
export function discoverWildcardSamples(plan: EndpointPlan, outcomes: ReadonlyMap<string, ProbeOutcome>): EndpointPlan {
  const seen = aliasesSeen(outcomes);
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const endpoints = plan.endpoints.flatMap((row): PlannedEndpoint[] => {
    if (row.targetId !== null || !row.wildcard) return [row];
    const found = [...seen].filter(([name]) => hostMatches(row.pattern, name)).slice(0, 2);
    if (found.length === 0) return [row];
    return found.map(([host, via]) => {
      const target: ProbeTarget = { id: `${row.scheme}://${host}:${row.port}/`, host, port: row.port, scheme: row.scheme, path: '/' };
      if (!targets.has(target.id)) targets.set(target.id, target);
      return {
        ...row,
        host,
        path: '/',
        targetId: target.id,
        notes: [`Probed through ${host}, discovered in DNS: ${via}.`, ...row.notes],
      };
    });
  });
  return { ...plan, endpoints, targets: [...targets.values()] };
}

/** Every CNAME target seen in the run's DNS answers, with the sentence that says where it was seen. */
function aliasesSeen(outcomes: ReadonlyMap<string, ProbeOutcome>): Map<string, string> {
  const seen = new Map<string, string>();
  for (const outcome of outcomes.values()) {
    for (const stage of outcome.stages) {
      if (stage.detail?.kind !== 'dns') continue;
      for (const hop of stage.detail.cnames) {
        const target = hop.target.toLowerCase().replace(/\.$/, '');
        if (!seen.has(target)) seen.set(target, `${hop.name.replace(/\.$/, '')} is an alias (CNAME) of ${target}`);
      }
    }
  }
  return seen;
}
