/**
 * A signal that aborts when the parent aborts or after `ms`, whichever comes first. `AbortSignal.any` keeps
 * listeners detached for us; the timer is unref'd so a finished run never waits for it.
 */
export function boundedSignal(parent: AbortSignal, ms: number): AbortSignal {
  return AbortSignal.any([parent, AbortSignal.timeout(ms)]);
}

/** Milliseconds since `start`, rounded to 0.1 ms (stage timings in reports). */
export function elapsed(start: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
}
