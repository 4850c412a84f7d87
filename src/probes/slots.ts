import { whenAborted } from './abort-listeners.js';

/**
 * A counting limit on one part of a probe: the CPU-bound TLS handshake and HTTP exchange, or the DNS questions
 * in flight. Opening sockets is bounded separately and much higher (run-probes.ts): a connect to a black-holed
 * endpoint only waits, and must not hold a slot that a live endpoint's handshake needs.
 */
export interface Slots {
  /**
   * Waits for a free slot; resolves with its release (call once, in `finally`). An aborted signal resolves at once
   * with a no-op release: the stage that follows sees the signal and records the stop.
   */
  acquire(signal: AbortSignal): Promise<() => void>;
  /** Slots in use now (tests read it). */
  readonly busy: number;
}

/** Slots in first-come order, so a waiting probe is never overtaken indefinitely. */
export function slots(limit: number): Slots {
  let busy = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else busy -= 1;
  };
  const once = (): (() => void) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
  return {
    get busy() {
      return busy;
    },
    acquire(signal) {
      if (signal.aborted) return Promise.resolve(() => undefined);
      if (busy < limit) {
        busy += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        // The slot passes straight from its releaser to this waiter: `busy` stays as it is.
        const take = (): void => {
          offAbort();
          resolve(once());
        };
        waiting.push(take);
        const offAbort = whenAborted(signal, () => {
          const at = waiting.indexOf(take);
          if (at >= 0) waiting.splice(at, 1);
          resolve(() => undefined);
        });
      });
    },
  };
}
