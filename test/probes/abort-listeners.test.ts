import { getEventListeners } from 'node:events';
import t from 'tap';
import { abortListenerCount, whenAborted } from '../../src/probes/abort-listeners.js';
import { boundedScope } from '../../src/probes/bounded-signal.js';
import { slots } from '../../src/probes/slots.js';

t.test('listeners run once, in the order they were added; a removed one does not run', (t) => {
  const controller = new AbortController();
  const calls: string[] = [];
  whenAborted(controller.signal, () => calls.push('first'));
  const off = whenAborted(controller.signal, () => calls.push('removed'));
  whenAborted(controller.signal, () => calls.push('third'));
  off();
  t.equal(abortListenerCount(controller.signal), 2);
  controller.abort();
  controller.abort();
  t.same(calls, ['first', 'third']);
  t.equal(abortListenerCount(controller.signal), 0, 'nothing is kept after the abort');
  t.end();
});

t.test('a listener added twice runs once, as with addEventListener', (t) => {
  const controller = new AbortController();
  let calls = 0;
  const listener = (): void => {
    calls += 1;
  };
  whenAborted(controller.signal, listener);
  whenAborted(controller.signal, listener);
  controller.abort();
  t.equal(calls, 1);
  t.end();
});

t.test('a throwing listener does not keep the others from running, and its error is not swallowed', (t) => {
  const controller = new AbortController();
  const calls: string[] = [];
  whenAborted(controller.signal, () => {
    throw new Error('listener bug');
  });
  whenAborted(controller.signal, () => calls.push('after'));
  const reported: unknown[] = [];
  // EventTarget reports a listener's throw as an uncaught exception on the next tick.
  const onUncaught = (error: unknown): void => {
    reported.push(error);
  };
  process.prependOnceListener('uncaughtException', onUncaught);
  controller.abort();
  t.same(calls, ['after']);
  setImmediate(() => {
    process.removeListener('uncaughtException', onUncaught);
    t.match(reported, [{ message: 'listener bug' }]);
    t.end();
  });
});

// The reason for the module: Node's EventTarget walks every listener on each add and remove, so a run signal with
// thousands of waiting probes made each new wait cost thousands of steps (issue 10). Whatever listens through it,
// the signal itself carries one listener.
t.test('thousands of waits on one run signal leave one listener on the signal itself', async (t) => {
  const run = new AbortController();
  const scopes = Array.from({ length: 5_000 }, () => boundedScope(run.signal, 60_000));
  const limit = slots(1);
  const holder = await limit.acquire(run.signal);
  const waiters = Array.from({ length: 1_000 }, () => limit.acquire(run.signal));
  t.equal(getEventListeners(run.signal, 'abort').length, 1);
  t.equal(abortListenerCount(run.signal), 6_000);
  for (const scope of scopes.slice(0, 2_500)) scope.dispose();
  t.equal(abortListenerCount(run.signal), 3_500, 'a disposed scope takes its listener away');
  run.abort(new Error('stopped'));
  t.ok(
    scopes.slice(2_500).every((scope) => scope.signal.aborted),
    'every scope still listening was aborted',
  );
  t.notOk(scopes[0]?.signal.aborted, 'a disposed scope was not');
  (await Promise.all(waiters)).forEach((release) => release());
  holder();
  t.equal(limit.busy, 0, 'aborted waiters took no slot');
  t.equal(abortListenerCount(run.signal), 0);
});
