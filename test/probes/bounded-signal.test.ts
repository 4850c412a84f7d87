import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { boundedScope, runSignal } from '../../src/probes/bounded-signal.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// Regression: AbortSignal.any([parent, AbortSignal.timeout(ms)]) loses its timeout after a garbage collection on
// Node 20, and a black-holed connect then waits for the kernel (minutes) instead of the stage timeout.
t.test('the bound fires even when nothing else holds the signal and the heap is collected', async (t) => {
  const parent = new AbortController().signal;
  let fired = false;
  (() =>
    boundedScope(parent, 150).signal.addEventListener('abort', () => {
      fired = true;
    }))();
  const collector = setInterval(gc, 10);
  await new Promise((resolve) => setTimeout(resolve, 400));
  clearInterval(collector);
  t.ok(fired, 'timeout fired after GC');
});

t.test('parent abort propagates with its reason; dispose detaches and stops the timer', async (t) => {
  const parent = new AbortController();
  const scope = boundedScope(parent.signal, 10_000);
  parent.abort(new Error('run stopped'));
  t.ok(scope.signal.aborted);
  t.match(scope.signal.reason, { message: 'run stopped' });
  const other = new AbortController();
  const disposed = boundedScope(other.signal, 50);
  disposed.dispose();
  other.abort();
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.notOk(disposed.signal.aborted, 'a disposed scope no longer follows its parent or its timer');
  const timed = boundedScope(new AbortController().signal, 20);
  await new Promise((resolve) => setTimeout(resolve, 60));
  t.equal((timed.signal.reason as DOMException).name, 'TimeoutError');
});

t.test('a run signal takes many listeners without a leak warning and honours its deadline', async (t) => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarning);
  const run = runSignal([new AbortController().signal], 50);
  const scopes = Array.from({ length: 100 }, () => boundedScope(run.signal, 10_000));
  await new Promise((resolve) => setTimeout(resolve, 120));
  process.off('warning', onWarning);
  t.ok(
    scopes.every((s) => s.signal.aborted),
    'deadline reached every probe',
  );
  t.same(
    warnings.filter((w) => /memory leak/i.test(w)),
    [],
  );
  run.dispose();
});
