import type { ProbeTarget } from '../catalog/plan.js';
import type { ProbeContext } from './opener.js';
import { boundedScope } from './bounded-signal.js';
import { probeTarget } from './probe-target.js';
import { notStartedMessage, runStopOf, type RunStop } from './run-stop.js';
import type { ProbeOutcome } from './types.js';

export interface RunOptions {
  readonly concurrency: number;
  /** Called after each probe finishes (the CLI's progress line). */
  readonly onProgress?: (done: number, total: number, outcome: ProbeOutcome) => void;
}

/**
 * A probe can take at most this many stage timeouts (route stages + TLS + HTTP, plus redirect hops) before its own
 * signal stops it; the run's deadline stops everything sooner.
 */
const STAGE_BUDGET = 14;

/**
 * Probes every target with bounded concurrency. With enough concurrency a run over N endpoints costs about one
 * stage timeout, not N. Each probe has its own signal, tied to the run's.
 */
export async function runProbes(targets: readonly ProbeTarget[], context: ProbeContext, options: RunOptions): Promise<Map<string, ProbeOutcome>> {
  const outcomes = new Map<string, ProbeOutcome>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const target = targets[next]!;
      next += 1;
      const stop = runStopOf(context.signal);
      if (stop) {
        const outcome = notStarted(target, context, stop);
        outcomes.set(target.id, outcome);
        options.onProgress?.(outcomes.size, targets.length, outcome);
        continue;
      }
      const bound = boundedScope(context.signal, context.timeoutMs * STAGE_BUDGET);
      const outcome = await probeTarget(target, context, bound.signal).finally(() => bound.dispose());
      outcomes.set(target.id, outcome);
      options.onProgress?.(outcomes.size, targets.length, outcome);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, targets.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}

/** The outcome of a probe the stopped run never started: RUN_STOPPED, nothing measured, no stage. */
function notStarted(target: ProbeTarget, context: ProbeContext, stop: RunStop): ProbeOutcome {
  return {
    targetId: target.id, route: context.routeFor(target).route, status: 'skip', code: 'RUN_STOPPED',
    message: notStartedMessage(stop, `the probe of ${target.host} port ${target.port}`),
    stages: [], startedAt: new Date().toISOString(), ms: 0,
  };
}
