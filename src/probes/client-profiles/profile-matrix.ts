import type { ProbeTarget } from '../../catalog/plan.js';
import type { FailureCode } from '../../model/codes.js';
import type { Status } from '../../model/status.js';
import { boundedScope, elapsed } from '../bounded-signal.js';
import type { ProbeContext } from '../opener.js';
import { runStopOf, notStartedMessage } from '../run-stop.js';
import { handshakeTls } from '../tls.js';
import type { ProbeOutcome } from '../types.js';
import { explainProfileRefusal, needsUnrestrictedCheck } from './no-shared-cipher.js';
import type { ProfileOffer } from './offer.js';

/** One cell of "which Windows versions can reach it": one profile's handshake with one https endpoint. */
export interface ProfileCell {
  readonly profile: string;
  readonly status: Status;
  readonly code: FailureCode | null;
  /** What that handshake negotiated (`null` when it failed). */
  readonly protocol: string | null;
  readonly cipher: string | null;
  readonly message: string;
}

/** Route stages + the two possible handshakes: a cell's own bound, tied to the run's signal. */
const CELL_STAGE_BUDGET = 8;

/** The key of one (host, port, profile) in the matrix outcomes: a handshake does not depend on the path. */
export const cellKey = (host: string, port: number, profileId: string): string => `${host}:${port} ${profileId}`;

/**
 * `--client-profile all`: every https host on 443 once per profile (however many paths the catalog probes on it),
 * the route and the TLS handshake only (the HTTP exchange was made by the main run). Returns probe outcomes keyed
 * by cellKey, so the run's guard (secrets, bounds) passes over them like over any probe; cellOf turns one into a cell.
 */
export async function probeProfileMatrix(
  targets: readonly ProbeTarget[],
  offers: readonly ProfileOffer[],
  context: ProbeContext,
  concurrency: number,
): Promise<Map<string, ProbeOutcome>> {
  const byEndpoint = new Map(targets.filter((t) => t.scheme === 'https' && t.port === 443).map((t) => [`${t.host}:${t.port}`, t]));
  const jobs = [...byEndpoint.values()].flatMap((target) => offers.map((offer) => ({ target, offer })));
  const outcomes = new Map<string, ProbeOutcome>();
  let next = 0;
  const worker = async (): Promise<void> => {
    // Workers share `next`: each takes the next job not yet taken, until none is left.
    for (let job = jobs[next]; job !== undefined; job = jobs[next]) {
      next += 1;
      const { target, offer } = job;
      outcomes.set(cellKey(target.host, target.port, offer.profile.id), await handshakeOnce(target, offer, context));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return outcomes;
}

async function handshakeOnce(target: ProbeTarget, offer: ProfileOffer, context: ProbeContext): Promise<ProbeOutcome> {
  const start = process.hrtime.bigint();
  const startedAt = new Date().toISOString();
  const profileContext: ProbeContext = { ...context, clientProfile: offer };
  const { route, opener } = context.routeFor(target);
  const base = { targetId: target.id, route, startedAt };
  const stop = runStopOf(context.signal);
  if (stop)
    return {
      ...base,
      status: 'skip',
      code: 'RUN_STOPPED',
      message: notStartedMessage(stop, `the ${offer.profile.id} handshake with ${target.host}`),
      stages: [],
      ms: 0,
    };
  const bound = boundedScope(context.signal, context.timeoutMs * CELL_STAGE_BUDGET);
  try {
    const opened = await opener(target, profileContext, bound.signal);
    const failedRoute = opened.stages.find((s) => s.status === 'fail');
    if (!opened.socket) {
      return {
        ...base,
        status: failedRoute ? 'fail' : 'skip',
        code: failedRoute?.code ?? null,
        message: failedRoute?.message ?? 'the route did not open',
        stages: opened.stages,
        ms: elapsed(start),
      };
    }
    const options = offer.options ? { offer: { profileId: offer.profile.id, secureContext: offer.secureContext } } : {};
    const tls = await handshakeTls({
      socket: opened.socket,
      host: target.host,
      port: target.port,
      trust: context.trust,
      signal: bound.signal,
      timeoutMs: context.timeoutMs,
      ...options,
    });
    tls.socket?.destroy();
    const stage = needsUnrestrictedCheck(tls.stage, offer)
      ? await explainProfileRefusal(tls.stage, offer, target, profileContext, bound.signal)
      : tls.stage;
    return {
      ...base,
      status: stage.status,
      code: stage.code,
      message: stage.message,
      stages: [...opened.stages, stage],
      ms: elapsed(start),
    };
  } finally {
    bound.dispose();
  }
}

/** The matrix cell of one guarded outcome. */
export function cellOf(profileId: string, outcome: ProbeOutcome): ProfileCell {
  const detail = outcome.stages.find((s) => s.stage === 'tls')?.detail;
  const tls = detail?.kind === 'tls' ? detail : null;
  return {
    profile: profileId,
    status: outcome.status,
    code: outcome.code,
    protocol: tls?.protocol ?? null,
    cipher: tls?.cipher ?? null,
    message: outcome.message,
  };
}
