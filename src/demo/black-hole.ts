import net from 'node:net';
import { once } from 'node:events';
import { debuglog } from 'node:util';
import { Worker } from 'node:worker_threads';

const debug = debuglog('scp-preflight:demo:black-hole');

/** A loopback address:port where TCP connects hang until the client gives up, like a firewall that drops SYNs. */
export interface BlackHole {
  address: string;
  port: number;
  /** Wakes and stops the listener thread and closes the filler connections. */
  close(): Promise<void>;
}

const ADDRESS = '127.0.0.1';
/** A connect that has not completed within this long is taken as dropped. */
const PROBE_MS = 200;
/** Linux keeps backlog + 1 completed connections; a few more cover other kernels' fudge factors. */
const MAX_FILLERS = 16;

// Inline so it runs the same from dist/ and under tap's TypeScript loader. The thread listens, reports its port,
// then blocks its own event loop in Atomics.wait: libuv never calls accept(), so the kernel's accept queue
// (backlog 1) fills up and further SYNs are dropped. Dropping SYNs is what makes a client's connect time out
// without root, iptables or an unroutable address.
const WORKER_CODE = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const gate = new Int32Array(workerData.gate);
const server = net.createServer();
server.on('error', (error) => parentPort.postMessage({ error: String(error) }));
server.listen({ host: workerData.address, port: 0, backlog: 1 }, () => {
  parentPort.postMessage({ port: server.address().port });
  Atomics.wait(gate, 0, 0);
  server.close();
  process.exit(0);
});
`;

type Attempt = { outcome: 'connected' | 'pending' | 'failed'; socket: net.Socket };

/**
 * Says whether a connect to the port completed, is still pending after `ms`, or failed (the socket is kept only if
 * it connected); never throws.
 */
function connectsWithin(port: number, ms: number): Promise<Attempt> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: ADDRESS, port });
    socket.unref();
    const timer = setTimeout(() => finish('pending'), ms);
    const finish = (outcome: Attempt['outcome']): void => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      if (outcome !== 'connected') socket.destroy();
      resolve({ outcome, socket });
    };
    const onConnect = (): void => finish('connected');
    socket.once('connect', onConnect);
    socket.on('error', () => finish('failed'));
  });
}

/**
 * This OS's TCP stack will not drop connects to a full accept queue: Wine's accepts every connection, and Winsock's
 * listen() documents WSAECONNREFUSED for a full queue. The demo then leaves the fault out and says so.
 */
export class BlackHoleUnavailableError extends Error {
  override readonly name = 'BlackHoleUnavailableError';
}

/** Starts a black hole on 127.0.0.1 and verifies that a fresh connect to it does not complete. */
export async function startBlackHole(): Promise<BlackHole> {
  const gate = new SharedArrayBuffer(4);
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { gate, address: ADDRESS } });
  worker.unref();
  const fillers: net.Socket[] = [];
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      for (const socket of fillers) socket.destroy();
      const exited = once(worker, 'exit').catch(() => undefined);
      Atomics.store(new Int32Array(gate), 0, 1);
      Atomics.notify(new Int32Array(gate), 0);
      // The thread exits by itself once woken; terminate() is the backstop.
      const timer = setTimeout(() => void worker.terminate(), 1000);
      await exited;
      clearTimeout(timer);
    })();
    return closed;
  };

  try {
    const signal = AbortSignal.timeout(5000);
    const [message] = (await once(worker, 'message', { signal })) as [{ port?: number; error?: string }];
    if (message.port === undefined) throw new Error(`black hole: listener failed: ${message.error ?? 'unknown'}`);
    const port = message.port;
    // Full once two fresh connects in a row stay pending: one miss alone may be a busy event loop, not a drop.
    let misses = 0;
    while (misses < 2) {
      const attempt = await connectsWithin(port, PROBE_MS);
      if (attempt.outcome === 'failed') throw new BlackHoleUnavailableError('connects to a full accept queue are refused, not dropped');
      if (attempt.outcome === 'pending') {
        misses += 1;
        continue;
      }
      misses = 0;
      fillers.push(attempt.socket);
      if (fillers.length > MAX_FILLERS)
        throw new BlackHoleUnavailableError(`the accept queue never filled up (${fillers.length} connections accepted with backlog 1)`);
    }
    debug('port %d: accept queue full after %d filler connections', port, fillers.length);
    return { address: ADDRESS, port, close };
  } catch (error) {
    await close();
    throw error;
  }
}
