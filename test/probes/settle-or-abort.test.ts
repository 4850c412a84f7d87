import { once } from 'node:events';
import net from 'node:net';
import t, { type Test } from 'tap';
import { abortListenerCount } from '../../src/probes/abort-listeners.js';
import { settleOrAbort } from '../../src/probes/settle-or-abort.js';

/** A server on 127.0.0.1 that accepts and stays silent until told to write; closed when the test ends. */
async function silentServer(t: Test): Promise<{ port: number; peers: net.Socket[] }> {
  const peers: net.Socket[] = [];
  const server = net.createServer((peer) => peers.push(peer));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => {
    for (const peer of peers) peer.destroy();
    server.close();
  });
  return { port: (server.address() as net.AddressInfo).port, peers };
}

/** A client socket connected to the server, and the server's end of it; destroyed when the test ends. */
async function connected(t: Test, server: { port: number; peers: net.Socket[] }): Promise<{ socket: net.Socket; peer: net.Socket }> {
  const socket = net.connect({ host: '127.0.0.1', port: server.port });
  t.teardown(() => socket.destroy());
  await once(socket, 'connect');
  while (server.peers.length === 0) await new Promise((resolve) => setImmediate(resolve));
  return { socket, peer: server.peers[0]! };
}

// Our waits listen through abort-listeners.ts (one real listener per signal, the waits in a Set behind it).
const abortListeners = (signal: AbortSignal): number => abortListenerCount(signal);

/** Waits for the first 'data' on a socket, counting cleanups; 'aborted' when the signal wins. */
function firstData(socket: net.Socket, signal: AbortSignal, cleanups: { count: number }): Promise<string> {
  return settleOrAbort(
    signal,
    () => 'aborted',
    (settle) => {
      const onData = (chunk: Buffer): void => settle(chunk.toString());
      socket.on('data', onData);
      return () => {
        cleanups.count += 1;
        socket.off('data', onData);
      };
    },
  );
}

t.test('settles on the socket event; the abort listener and the socket listener are gone', async (t) => {
  const { socket, peer } = await connected(t, await silentServer(t));
  const controller = new AbortController();
  const cleanups = { count: 0 };
  const waiting = firstData(socket, controller.signal, cleanups);
  t.equal(abortListeners(controller.signal), 1, 'listening for the abort while waiting');
  t.equal(socket.listenerCount('data'), 1);
  peer.write('hello');
  t.equal(await waiting, 'hello');
  t.equal(abortListeners(controller.signal), 0, 'abort listener removed');
  t.equal(socket.listenerCount('data'), 0, 'data listener removed');
  controller.abort();
  t.equal(cleanups.count, 1, 'cleanup ran once; a later abort changes nothing');
});

t.test('an abort while waiting settles with onAbort and removes every listener', async (t) => {
  const { socket } = await connected(t, await silentServer(t));
  const controller = new AbortController();
  const cleanups = { count: 0 };
  const waiting = firstData(socket, controller.signal, cleanups);
  setTimeout(() => controller.abort(), 20);
  t.equal(await waiting, 'aborted');
  t.equal(abortListeners(controller.signal), 0);
  t.equal(socket.listenerCount('data'), 0);
  t.equal(cleanups.count, 1);
});

t.test('an already aborted signal settles with onAbort; start still runs and its cleanup follows', async (t) => {
  const { socket } = await connected(t, await silentServer(t));
  const controller = new AbortController();
  controller.abort();
  let started = 0;
  let cleanups = 0;
  const result = await settleOrAbort(
    controller.signal,
    () => 'aborted',
    (settle) => {
      started += 1;
      const onData = (): void => settle('data');
      socket.on('data', onData);
      return () => {
        cleanups += 1;
        socket.off('data', onData);
      };
    },
  );
  t.equal(result, 'aborted');
  t.equal(started, 1, 'start ran, so a guard it leaves in place is attached either way');
  t.equal(cleanups, 1);
  t.equal(socket.listenerCount('data'), 0);
  t.equal(abortListeners(controller.signal), 0);
});

t.test('a settle from inside start still runs the cleanup start returns, once', async (t) => {
  const { socket } = await connected(t, await silentServer(t));
  const signal = new AbortController().signal;
  const ownEndListeners = socket.listenerCount('end'); // net.Socket listens to its own 'end'
  let cleanups = 0;
  const result = await settleOrAbort(
    signal,
    () => 'aborted',
    (settle) => {
      const onEnd = (): void => settle('ended');
      socket.on('end', onEnd);
      settle('at once');
      settle('ignored');
      return () => {
        cleanups += 1;
        socket.off('end', onEnd);
      };
    },
  );
  t.equal(result, 'at once', 'the first settle wins');
  t.equal(cleanups, 1);
  t.equal(socket.listenerCount('end'), ownEndListeners, 'our end listener removed');
  t.equal(abortListeners(signal), 0);
});

t.test('the first of several socket events wins; the others find nothing listening', async (t) => {
  const { socket, peer } = await connected(t, await silentServer(t));
  const signal = new AbortController().signal;
  const result = await settleOrAbort(
    signal,
    () => 'aborted',
    (settle) => {
      const onData = (): void => settle('data');
      const onClose = (): void => settle('close');
      socket.on('data', onData);
      socket.on('close', onClose);
      peer.end('bye');
      return () => {
        socket.off('data', onData);
        socket.off('close', onClose);
      };
    },
  );
  t.equal(result, 'data');
  t.equal(socket.listenerCount('data'), 0);
  t.equal(socket.listenerCount('close'), 0);
});

t.test('a throw from start rejects the promise and leaves no abort listener', async (t) => {
  const signal = new AbortController().signal;
  await t.rejects(
    settleOrAbort(
      signal,
      () => 'aborted',
      () => {
        throw new Error('socket option refused');
      },
    ),
    { message: 'socket option refused' },
  );
  t.equal(abortListeners(signal), 0);
});
