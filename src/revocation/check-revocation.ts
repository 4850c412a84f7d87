import type { ProbeTarget } from '../catalog/plan.js';
import { worse } from '../model/status.js';
import type { ProbeContext } from '../probes/opener.js';
import { runStopOf } from '../probes/run-stop.js';
import type { ProbeOutcome, StageResult } from '../probes/types.js';
import { fetchRevocationUrl, type RevocationTarget } from './fetch-url.js';
import { revocationTargets } from './revocation-targets.js';
import type { RevocationCheck } from './types.js';
import { extended } from '../model/extended.js';

/**
 * Fetches every distinct revocation URL of the probed chains once, with bounded concurrency, under the run's signal.
 * A URL the stopped run never started is recorded as RUN_STOPPED (not fetched), never as unreachable.
 */
export async function checkRevocation(
  targets: readonly ProbeTarget[],
  outcomes: ReadonlyMap<string, ProbeOutcome>,
  context: ProbeContext,
  concurrency: number,
  extra: readonly RevocationTarget[] = [],
): Promise<RevocationCheck[]> {
  const wanted = [...revocationTargets(targets, outcomes), ...extra];
  const checks: RevocationCheck[] = new Array<RevocationCheck>(wanted.length);
  // One iterator shared by the workers: each takes the next URL, so none is fetched twice.
  const queue = wanted.entries();
  const worker = async (): Promise<void> => {
    for (const [i, target] of queue) {
      const stop = runStopOf(context.signal);
      checks[i] = stop
        ? {
            url: target.url,
            kind: target.kind,
            host: target.host,
            port: target.port,
            neededBy: target.neededBy,
            route: context.routeFor({ host: target.host, port: target.port, scheme: 'http' }).route,
            status: 'skip',
            code: 'RUN_STOPPED',
            message: `${target.url} was not fetched: ${stop.message}.`,
            request: null,
            httpStatus: null,
            contentType: null,
            bytes: null,
            stages: [],
            ms: 0,
          }
        : await fetchRevocationUrl(target, context, context.signal);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, wanted.length)) }, worker));
  return checks;
}

/**
 * Marks the outcomes whose chains need a URL that failed. A passing TLS stage becomes a warning with
 * REVOCATION_UNREACHABLE (Windows may refuse a chain whose revocation it cannot check, so the endpoint is not proven
 * usable); a stage that already warns or fails keeps its own code and gains a note, so no finding hides another.
 */
export function applyRevocation(
  targets: readonly ProbeTarget[],
  outcomes: ReadonlyMap<string, ProbeOutcome>,
  checks: readonly RevocationCheck[],
): Map<string, ProbeOutcome> {
  const result = new Map(outcomes);
  for (const probe of targets) {
    const outcome = outcomes.get(probe.id);
    if (!outcome) continue;
    const failed = checks.filter(
      (c) => c.code === 'REVOCATION_UNREACHABLE' && c.neededBy.some((n) => n.host === probe.host && n.port === probe.port),
    );
    if (failed.length === 0) continue;
    const kindName = (c: RevocationCheck): string =>
      c.kind === 'ocsp' ? 'OCSP' : c.kind === 'crl' ? 'CRL' : c.kind === 'ctl' ? 'trusted root list' : 'issuer certificate';
    const words =
      `Revocation cannot be checked: ${failed.map((c) => `${kindName(c)} ${c.url}`).join(', ')} ` +
      `${failed.length === 1 ? 'is' : 'are'} not reachable along the SCP's route (see the revocation checks).`;
    const stages = outcome.stages.map((stage): StageResult => {
      if (stage.stage !== 'tls') return stage;
      if (stage.status === 'pass')
        return extended(stage, { status: 'warn', code: 'REVOCATION_UNREACHABLE', message: `${stage.message} ${words}` });
      return extended(stage, { note: stage.note === undefined ? words : `${stage.note} ${words}` });
    });
    const promoted = outcome.status === 'pass';
    result.set(probe.id, {
      ...outcome,
      stages,
      status: promoted ? worse(outcome.status, 'warn') : outcome.status,
      code: promoted ? 'REVOCATION_UNREACHABLE' : outcome.code,
      message: promoted ? words : `${outcome.message.replace(/\.?$/, '.')} ${words}`,
    });
  }
  return result;
}
