import { whenAborted } from './abort-listeners.js';

/**
 * Wires up a wait: listen for the events that end it and call `settle` with the result (the first call wins, later
 * ones are ignored). Returns the cleanup that removes those listeners, or `undefined` when there is none.
 */
export type SettleStart<T> = (settle: (result: T) => void) => (() => void) | undefined;

/**
 * Waits for whatever `start` wires up to settle, or for `signal` to abort (then the result is `onAbort()`), whichever
 * comes first: the one way a socket wait here is bounded. Exactly once, before the promise resolves, the abort
 * listener is removed and the cleanup `start` returned runs, even when the wait settled before `start` returned.
 *
 * `start` runs even when the signal is already aborted (the result is then `onAbort()`, and the cleanup runs as soon
 * as `start` returns it): a listener it leaves in place on purpose, such as a socket's error guard, is there either
 * way, so a late 'error' never goes unheard. A throw from `start` rejects the promise, as in a Promise executor,
 * with the abort listener removed.
 */
export function settleOrAbort<T>(signal: AbortSignal, onAbort: () => T, start: SettleStart<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // An object, not two `let`s: the flags change inside callbacks, where type narrowing cannot follow them.
    const wait: { settled: boolean; cleanup: (() => void) | undefined | 'pending' } = { settled: false, cleanup: 'pending' };
    let offAbort: (() => void) | undefined;
    const settle = (result: T): void => {
      if (wait.settled) return;
      wait.settled = true;
      offAbort?.();
      // Settled from inside `start`: its cleanup does not exist yet and runs as soon as `start` returns it.
      if (typeof wait.cleanup === 'function') wait.cleanup();
      resolve(result);
    };
    const abort = (): void => {
      settle(onAbort());
    };
    if (signal.aborted) abort();
    else offAbort = whenAborted(signal, abort);
    try {
      wait.cleanup = start(settle);
    } catch (error) {
      wait.settled = true;
      offAbort?.();
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (wait.settled) wait.cleanup?.();
  });
}
