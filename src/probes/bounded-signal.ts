import { setMaxListeners } from 'node:events';
import { whenAborted } from './abort-listeners.js';
import { asRunStop, RunStop } from './run-stop.js';

/** A signal bounded by a parent and a timeout, and the way to release it early. */
export interface BoundedScope {
  readonly signal: AbortSignal;
  /** Clears the timer and detaches from the parent; call it in `finally` once the wait is over. */
  dispose(): void;
}

/**
 * A signal that aborts when `parent` aborts or after `ms`, whichever comes first.
 *
 * Deliberately not `AbortSignal.any([parent, AbortSignal.timeout(ms)])`: on Node 20 the timeout signal and the
 * combined signal are only weakly held, and after a garbage collection the timeout silently never fires
 * (nodejs/node#57736, "AbortSignal.any() with timeout signals", fix proposed in nodejs/node#57867; seen here: a
 * black-holed connect waited 133 s for the kernel instead of 1 s). Here the pending timer holds the controller
 * strongly, so the bound always holds.
 */
export function boundedScope(parent: AbortSignal, ms: number): BoundedScope {
  const controller = new AbortController();
  let offParent: (() => void) | undefined;
  let late: NodeJS.Immediate | undefined;
  // The timeout is declared only after the I/O already waiting has been read. Node runs due timers before it polls
  // for I/O, so after the event loop was held up (a busy run, a long collection, a loaded host) a timer would beat
  // an answer sitting in the socket buffer, and a live endpoint would read as timed out. An immediate runs after
  // the poll: whatever arrived within the bound settles the wait first.
  const timer = setTimeout(() => {
    late = setImmediate(() => finish(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')));
  }, ms);
  timer.unref(); // a finished run never waits for a bound nobody needs any more
  function finish(reason?: unknown): void {
    clearTimeout(timer);
    if (late !== undefined) clearImmediate(late);
    offParent?.();
    if (reason !== undefined && !controller.signal.aborted) controller.abort(reason);
  }
  if (parent.aborted) finish(parent.reason);
  else offParent = whenAborted(parent, () => finish(parent.reason));
  return { signal: controller.signal, dispose: () => finish() };
}

/**
 * A run-level signal: many probes attach to it at once, which is expected, so Node's "possible EventTarget memory
 * leak" warning (meant for accidental leaks) is switched off for it. Its abort reason is always a RunStop saying
 * why (the deadline, or an interrupt from a parent such as Ctrl-C's controller), so that every stage below it can
 * tell a stopped run from its own timeout.
 */
export function runSignal(parents: readonly AbortSignal[], deadlineMs: number): BoundedScope {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const stop = (reason: RunStop): void => {
    release();
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const offParents: Array<() => void> = [];
  const timer = setTimeout(() => stop(new RunStop('deadline', deadlineMs)), deadlineMs);
  timer.unref(); // a finished run never waits for its deadline
  function release(): void {
    clearTimeout(timer);
    for (const off of offParents) off();
  }
  for (const parent of parents) {
    if (parent.aborted) stop(asRunStop(parent.reason));
    else if (!controller.signal.aborted) offParents.push(whenAborted(parent, () => stop(asRunStop(parent.reason))));
  }
  return { signal: controller.signal, dispose: release };
}

/** Milliseconds since `start`, rounded to 0.1 ms (stage timings in reports). */
export function elapsed(start: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
}
