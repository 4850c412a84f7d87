import net from 'node:net';

type Teardown = { teardown(fn: () => unknown): void };

/** One request head as the hostile proxy read it. */
export interface SeenRequest {
  readonly line: string;
  readonly headers: ReadonlyMap<string, string>;
  /** The raw head, as sent (an echoing proxy sends parts of it back). */
  readonly raw: string;
}

/** What the proxy sends back for a request: raw bytes, or nothing (it just stays silent). */
export type HostileAnswer = (request: SeenRequest, connection: number) => string | Buffer | null;

export interface HostileProxy {
  readonly port: number;
  readonly url: string;
  readonly requests: SeenRequest[];
  /** Connections the client opened, and how many of them the client has closed so far. */
  readonly opened: () => number;
  readonly closedByClient: () => number;
  /** Resolves when every connection the client opened has been closed by the client, or rejects after `ms`. */
  allClosed(ms: number): Promise<void>;
}

/**
 * A proxy on 127.0.0.1 that never closes a connection itself (as squid keeps an idle client connection for two
 * minutes): it answers each request head with `answer`, and counts which connections the client tore down.
 */
export async function startHostileProxy(t: Teardown, answer: HostileAnswer): Promise<HostileProxy> {
  const sockets = new Set<net.Socket>();
  const requests: SeenRequest[] = [];
  let opened = 0;
  let closed = 0;
  const waiters = new Set<() => void>();
  const server = net.createServer((socket) => {
    const connection = opened;
    opened += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    // The client ending or resetting its side is what counts: this side never ends on its own.
    socket.once('close', () => {
      closed += 1;
      sockets.delete(socket);
      for (const wake of waiters) wake();
    });
    socket.on('end', () => socket.destroy());
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (let end = buffer.indexOf('\r\n\r\n'); end >= 0; end = buffer.indexOf('\r\n\r\n')) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 4);
        const [line = '', ...rest] = raw.split('\r\n');
        const headers = new Map(rest.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
        const request = { line, headers, raw };
        requests.push(request);
        const reply = answer(request, connection);
        if (reply !== null) socket.write(reply);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    opened: () => opened,
    closedByClient: () => closed,
    allClosed(ms) {
      return new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (closed < opened) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${opened - closed} of ${opened} connection(s) still open after ${ms} ms`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
  };
}

/** A 407 asking for `schemes` (one Proxy-Authenticate header each), keeping the connection open. */
export function ask407(schemes: readonly string[], extra: readonly string[] = []): string {
  return [
    'HTTP/1.1 407 Proxy Authentication Required',
    ...schemes.map((s) => `Proxy-Authenticate: ${s}`),
    ...extra,
    'Content-Length: 0',
    'Connection: keep-alive',
    '',
    '',
  ].join('\r\n');
}
