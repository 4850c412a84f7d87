import { once } from 'node:events';
import net from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import t from 'tap';
import { boundedScope, runSignal } from '../../src/probes/bounded-signal.js';
import { settleOrAbort } from '../../src/probes/settle-or-abort.js';

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

// Regression: Node runs due timers before it polls for I/O. When the event loop was held up past a bound (a busy
// run, a long collection), the timer beat an answer already waiting in the socket buffer, and a live endpoint read
// as timed out. The other side of the connection is a worker thread, so it answers while this thread is busy.
t.test('an answer that arrived within the bound wins over a timer the blocked event loop runs late', async (t) => {
  const worker = new Worker(
    `const net = require('node:net'); const { parentPort } = require('node:worker_threads');
     const server = net.createServer((socket) => setTimeout(() => socket.end('answer'), 100));
     server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`,
    { eval: true },
  );
  t.teardown(() => worker.terminate());
  const [port] = (await once(worker, 'message')) as [number];
  const socket = net.connect(port, '127.0.0.1');
  t.teardown(() => socket.destroy());
  await once(socket, 'connect');
  const scope = boundedScope(new AbortController().signal, 300);
  const waited = settleOrAbort(
    scope.signal,
    () => 'timed out',
    (settle) => {
      const onData = (): void => settle('answered');
      socket.once('data', onData);
      return () => socket.off('data', onData);
    },
  );
  // Hold the event loop past the bound; the answer comes in after 100 ms, while it is held.
  const until = Date.now() + 700;
  while (Date.now() < until);
  t.equal(await waited, 'answered');
  scope.dispose();
});

t.test('with nothing waiting, the late timer still ends the wait', async (t) => {
  const scope = boundedScope(new AbortController().signal, 50);
  const waited = settleOrAbort(
    scope.signal,
    () => 'timed out',
    () => undefined,
  );
  const until = Date.now() + 200;
  while (Date.now() < until);
  t.equal(await waited, 'timed out');
  t.equal((scope.signal.reason as DOMException).name, 'TimeoutError');
});
