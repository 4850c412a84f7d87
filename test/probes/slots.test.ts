import t from 'tap';
import { slots } from '../../src/probes/slots.js';

t.test('a slot is handed to the first waiter when released, and only once per release', async (t) => {
  const limit = slots(2);
  const never = new AbortController().signal;
  const a = await limit.acquire(never);
  const b = await limit.acquire(never);
  t.equal(limit.busy, 2);
  const order: string[] = [];
  const c = limit.acquire(never).then((release) => (order.push('c'), release));
  const d = limit.acquire(never).then((release) => (order.push('d'), release));
  await Promise.resolve();
  t.same(order, [], 'both wait while the slots are taken');
  a();
  a(); // a second call of the same release frees nothing more
  const releaseC = await c;
  await Promise.resolve();
  t.same(order, ['c'], 'the first waiter got the freed slot; the second still waits');
  b();
  const releaseD = await d;
  t.same(order, ['c', 'd']);
  releaseC();
  releaseD();
  t.equal(limit.busy, 0, 'every slot is free again');
});

t.test('an aborted wait gives up its place and takes no slot', async (t) => {
  const limit = slots(1);
  const never = new AbortController().signal;
  const held = await limit.acquire(never);
  const stop = new AbortController();
  const waiting = limit.acquire(stop.signal);
  stop.abort();
  (await waiting)(); // the no-op release of an aborted wait
  t.equal(limit.busy, 1, 'the aborted waiter took nothing');
  const next = limit.acquire(never);
  held();
  (await next)();
  t.equal(limit.busy, 0);
  const already = await limit.acquire(stop.signal);
  t.equal(limit.busy, 0, 'an already aborted signal does not take a slot');
  already();
});
