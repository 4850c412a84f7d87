import type { ProbeTarget } from '../catalog/plan.js';
import type { ProbeContext } from './opener.js';
import { boundedScope } from './bounded-signal.js';
import { openLimit } from './open-limit.js';
import { probeTarget } from './probe-target.js';
import { notStartedMessage, runStopOf, type RunStop } from './run-stop.js';
import type { ProbeOutcome } from './types.js';
import { slots, type Slots } from './slots.js';

export interface RunOptions {
  /** TLS handshakes and HTTP exchanges in flight at once (`--concurrency`): the CPU-bound part of a probe. */
  readonly concurrency: number;
  /** Probes in flight at once, each holding at most one socket; default openLimit() (never below `concurrency`). */
  readonly openLimit?: number;
  /** Probes between their start and their turn for a TLS/HTTP slot; default WAITING_LIMIT. */
  readonly waitingLimit?: number;
  /** Called after each probe finishes (the CLI's progress line). */
  readonly onProgress?: (done: number, total: number, outcome: ProbeOutcome) => void;
}

/**
 * A probe can take at most this many stage timeouts (route stages + TLS + HTTP, plus redirect hops) before its own
 * signal stops it; the run's deadline stops everything sooner.
 */
const STAGE_BUDGET = 14;

/**
 * Resolutions in flight at once (each asks A and AAAA). A burst of 2,000 datagrams overflows a resolver's socket
 * buffer (Linux's default 208 KiB holds about 200 small datagrams; the bench saw "receive buffer errors" and
 * DNS_TIMEOUT at 1,024), and a lost question costs a retransmission or the whole stage timeout. Answers take
 * milliseconds, so 64 keeps up with the connects.
 */
export const DNS_LIMIT = 64;

/**
 * Probes at once between their start and their turn for a TLS/HTTP slot: resolving, connecting, or connected and
 * waiting. A live endpoint connects in a round trip and then waits for the CPU-bound part, holding its socket and
 * its probe's state (about 12 KB); with only the open limit, 3,000 waited at once at 10,000 endpoints, 40 MB of
 * the heap (issue 10). A probe leaves this count when its turn comes, so the few in TLS work never hold it.
 * Above 2,000, so that a run over 2,000 endpoints still starts every connect at once.
 */
export const WAITING_LIMIT = 2048;

/**
 * Probes every target. Waiting connects never hold the slots CPU work needs: up to openLimit() probes are in
 * flight, of those at most WAITING_LIMIT resolve, connect or wait with an open socket, and only `concurrency` are
 * in a TLS handshake or an HTTP exchange (slots.ts). A run over N endpoints then costs about one stage timeout plus
 * the CPU work, whatever share of them is black-holed. Each probe has its own signal, tied to the run's.
 */
export async function runProbes(
  targets: readonly ProbeTarget[],
  context: ProbeContext,
  options: RunOptions,
): Promise<Map<string, ProbeOutcome>> {
  const outcomes = new Map<string, ProbeOutcome>();
  const work = slots(Math.max(1, options.concurrency));
  const scoped: ProbeContext = { ...context, work, dns: slots(DNS_LIMIT) };
  const open = Math.max(options.concurrency, options.openLimit ?? openLimit());
  const waiting = slots(Math.max(1, Math.min(open, options.waitingLimit ?? WAITING_LIMIT)));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const leave = await waiting.acquire(context.signal);
      const target = targets[next];
      if (target === undefined) {
        leave();
        return;
      }
      next += 1;
      const stop = runStopOf(context.signal);
      if (stop) {
        leave();
        const outcome = notStarted(target, context, stop);
        outcomes.set(target.id, outcome);
        options.onProgress?.(outcomes.size, targets.length, outcome);
        continue;
      }
      const bound = boundedScope(context.signal, context.timeoutMs * STAGE_BUDGET);
      const outcome = await probeTarget(target, { ...scoped, work: leavingOnTurn(work, leave) }, bound.signal).finally(() => {
        leave();
        bound.dispose();
      });
      outcomes.set(target.id, outcome);
      options.onProgress?.(outcomes.size, targets.length, outcome);
    }
  };
  const workers = Math.max(1, Math.min(open, targets.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}

/** The run's TLS/HTTP slots as one probe takes them: its first turn also gives up its place among the waiting. */
function leavingOnTurn(work: Slots, leave: () => void): Slots {
  return {
    get busy() {
      return work.busy;
    },
    async acquire(signal) {
      const release = await work.acquire(signal);
      leave();
      return release;
    },
  };
}

/** The outcome of a probe the stopped run never started: RUN_STOPPED, nothing measured, no stage. */
function notStarted(target: ProbeTarget, context: ProbeContext, stop: RunStop): ProbeOutcome {
  return {
    targetId: target.id,
    route: context.routeFor(target).route,
    status: 'skip',
    code: 'RUN_STOPPED',
    message: notStartedMessage(stop, `the probe of ${target.host} port ${target.port}`),
    stages: [],
    startedAt: new Date().toISOString(),
    ms: 0,
  };
}
