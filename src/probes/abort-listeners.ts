/**
 * The abort listeners of each signal, in a Set behind one real listener. Node's EventTarget keeps a signal's
 * listeners in a linked list and walks all of it on every add (to refuse a duplicate) and on every remove, so the
 * thousands of probes and waits that listen to one run signal at once cost O(n²): at 10,000 endpoints that was
 * 3 s of a run's CPU, in stretches that held the event loop up to 1.3 s, long enough for live endpoints to read as
 * timed out (issue 10). A Set adds and removes in constant time.
 */
const bySignal = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `listener` once when `signal` aborts, in the order listeners were added; returns what removes it. As with
 * addEventListener, a listener added twice is called once, and one added to an aborted signal is never called:
 * the caller checks `signal.aborted` first.
 */
export function whenAborted(signal: AbortSignal, listener: () => void): () => void {
  let listeners = bySignal.get(signal);
  if (listeners === undefined) {
    const created = new Set<() => void>();
    listeners = created;
    bySignal.set(signal, created);
    signal.addEventListener('abort', () => callAll(created), { once: true });
  }
  listeners.add(listener);
  const registered = listeners;
  return () => {
    registered.delete(listener);
  };
}

/** Every listener runs even if one throws (as EventTarget does); the first throw is then rethrown. */
function callAll(listeners: Set<() => void>): void {
  const due = [...listeners];
  listeners.clear();
  let failure: { error: unknown } | null = null;
  for (const listener of due) {
    try {
      listener();
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
}

/** Listeners waiting on `signal` now (tests read it: a finished wait leaves none behind). */
export function abortListenerCount(signal: AbortSignal): number {
  return bySignal.get(signal)?.size ?? 0;
}
