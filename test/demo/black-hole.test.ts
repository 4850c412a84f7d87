import net from 'node:net';
import t from 'tap';
import { startBlackHole } from '../../src/demo/black-hole.js';

type Outcome = 'connected' | 'timeout' | `error:${string}`;

/** Connects with a client-side bound of `ms` and says what happened first. */
function attempt(address: string, port: number, ms: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    const timer = setTimeout(() => done('timeout'), ms);
    const done = (outcome: Outcome): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    socket.once('connect', () => done('connected'));
    socket.once('error', (error: NodeJS.ErrnoException) => done(`error:${error.code ?? 'unknown'}`));
  });
}

t.test('connects to a black hole do not complete', async (t) => {
  const started = Date.now();
  const hole = await startBlackHole();
  t.comment(`black hole ready in ${Date.now() - started} ms on ${hole.address}:${hole.port}`);
  t.teardown(() => hole.close());
  t.equal(hole.address, '127.0.0.1');
  t.ok(hole.port > 0);
  const outcomes = await Promise.all([
    attempt(hole.address, hole.port, 500),
    attempt(hole.address, hole.port, 500),
    attempt(hole.address, hole.port, 1500),
  ]);
  t.same(outcomes, ['timeout', 'timeout', 'timeout']);
});

t.test('close stops the listener and is idempotent', async (t) => {
  const hole = await startBlackHole();
  const started = Date.now();
  await hole.close();
  t.ok(Date.now() - started < 1500, 'close is quick');
  await hole.close();
  // The port is no longer listened on: a connect is refused at once instead of hanging.
  t.equal(await attempt(hole.address, hole.port, 2000), 'error:ECONNREFUSED');
});

t.test('two black holes can coexist', async (t) => {
  const [a, b] = await Promise.all([startBlackHole(), startBlackHole()]);
  t.teardown(async () => {
    await a.close();
    await b.close();
  });
  t.not(a.port, b.port);
  t.same(await Promise.all([attempt(a.address, a.port, 500), attempt(b.address, b.port, 500)]), ['timeout', 'timeout']);
});
