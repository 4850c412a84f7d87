import http from 'node:http';
import net from 'node:net';
import { once } from 'node:events';

/**
 * What the proxy does for one destination: relay it, refuse it by policy (a 403 block page), a canned answer, or
 * an act of the caller's on the client connection (tests make proxies that stall, close or send garbage).
 */
export type ProxyBehaviour =
  | 'forward'
  | 'deny'
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  | ((client: net.Socket) => Promise<void> | void);

/**
 * How one `Proxy-Authorization` is judged: it authorises this request (Basic), the connection for good
 * (connection-bound schemes such as NTLM), earns a 407 carrying a challenge (the full `Proxy-Authenticate` value),
 * or is refused (a 407 offering every scheme).
 */
export type AuthStep = 'request' | 'connection' | 'refused' | { readonly challenge: string };

/** One authentication scheme the proxy demands. */
export interface ProxyAuthScheme {
  /** As it opens a `Proxy-Authorization` header: `Basic`, `NTLM`. */
  readonly name: string;
  /** The `Proxy-Authenticate` value a 407 offers. */
  readonly offer: string;
  /** Starts the scheme's state for one client connection; the function judges each token sent on it. */
  connection(): (token: string) => AuthStep;
}

/** Basic (RFC 7617) for one account, checked on every request. */
export function basicAuth(user: string, password: string): ProxyAuthScheme {
  return {
    name: 'Basic',
    offer: 'Basic realm="scp-preflight simulated proxy"',
    connection: () => (token) => {
      const [given, ...rest] = Buffer.from(token, 'base64').toString('utf8').split(':');
      return given === user && rest.join(':') === password ? 'request' : 'refused';
    },
  };
}

export interface SimulatedProxyOptions {
  /** The schemes a client must pass, in the order a 407 offers them; without it the proxy is open. */
  readonly auth?: readonly ProxyAuthScheme[];
  /** Hosts refused by policy with a 403 block page. */
  readonly deny?: readonly string[];
  /** Per-destination behaviour; `undefined` means forward. */
  readonly behave?: (host: string, port: number) => ProxyBehaviour | undefined;
  /** Where the proxy really connects for (host, port): the demo maps 443/80 onto its loopback servers. */
  readonly connectTo?: (host: string, port: number) => { host: string; port: number };
}

export interface SimulatedProxy {
  readonly port: number;
  /** `http://127.0.0.1:port`, without credentials. */
  readonly url: string;
  /** Every request line received, with the auth scheme it carried (never the credentials). */
  readonly requests: { method: string; target: string; scheme: string | null }[];
  close(): Promise<void>;
}

const BLOCK_PAGE = (host: string): string =>
  '<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>' +
  `<p>Access to ${host.replace(/[<>&"]/g, '')} has been blocked by the proxy policy.</p></body></html>`;

/** Starts an HTTP proxy on 127.0.0.1 (CONNECT and absolute form, with the schemes of `auth`) for the demo and the tests. */
export async function startSimulatedProxy(options: SimulatedProxyOptions = {}): Promise<SimulatedProxy> {
  const requests: SimulatedProxy['requests'] = [];
  const sockets = new Set<net.Socket>();
  const offer = (options.auth ?? []).map((scheme) => scheme.offer);
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    const state = { authed: options.auth === undefined, buffer: Buffer.alloc(0), busy: false, head: false };
    const judges = new Map((options.auth ?? []).map((scheme) => [scheme.name, scheme.connection()]));
    // A relayed body is passed as bytes: a CRL or an OCSP response is binary, and a string would be re-encoded as UTF-8.
    const send = (
      status: number,
      text: string,
      headers: Record<string, string | string[]>,
      body: string | Buffer = '',
      keepAlive = true,
    ): void => {
      const lines = [
        `HTTP/1.1 ${status} ${text}`,
        'Server: SimulatedProxy/1.0',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `Connection: ${keepAlive ? 'keep-alive' : 'close'}`,
        ...Object.entries(headers).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}: ${x}`)),
      ];
      // A response to HEAD has no body (RFC 9110 9.3.2), even a 407 or an error page.
      client.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (!state.head) client.write(body);
      if (!keepAlive) client.end();
    };
    const next = (): void => {
      if (state.busy) return;
      const end = state.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = state.buffer.subarray(0, end).toString('latin1').split('\r\n');
      state.buffer = state.buffer.subarray(end + 4);
      const [method = '', target = ''] = (head[0] ?? '').split(' ');
      const headers = new Map(
        head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const authorization = headers.get('proxy-authorization') ?? null;
      requests.push({ method, target, scheme: authorization?.split(' ')[0] ?? null });
      state.head = method === 'HEAD';
      state.busy = true;
      void handle(method, target, headers, authorization).finally(() => {
        state.busy = false;
        next();
      });
    };
    const handle = async (method: string, target: string, headers: Map<string, string>, authorization: string | null): Promise<void> => {
      if (!state.authed && !authenticate(authorization)) return;
      const connect = method === 'CONNECT';
      const url = connect ? new URL(`http://${target}`) : new URL(target);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const port = Number(url.port || (connect ? 443 : 80));
      const behaviour = options.deny?.includes(host) ? 'deny' : (options.behave?.(host, port) ?? 'forward');
      if (typeof behaviour === 'function') return behaviour(client);
      if (behaviour === 'deny') {
        send(403, 'Forbidden', { 'Content-Type': 'text/html' }, BLOCK_PAGE(host), !connect);
        return;
      }
      if (typeof behaviour === 'object') {
        send(behaviour.status, http.STATUS_CODES[behaviour.status] ?? 'Status', { ...behaviour.headers }, behaviour.body ?? '', !connect);
        return;
      }
      const to = options.connectTo?.(host, port) ?? { host, port };
      if (connect) return tunnel(to);
      return forward(method, url, headers, to);
    };
    const authenticate = (authorization: string | null): boolean => {
      const [scheme = '', token = ''] = (authorization ?? '').split(' ');
      const step = judges.get(scheme)?.(token) ?? 'refused';
      if (step === 'connection') state.authed = true;
      if (step === 'request' || step === 'connection') return true;
      if (step === 'refused') send(407, 'Proxy Authentication Required', { 'Proxy-Authenticate': offer }, 'Proxy authentication required');
      else send(407, 'Proxy Authentication Required', { 'Proxy-Authenticate': step.challenge }, `${scheme} challenge`);
      return false;
    };
    const tunnel = async (to: { host: string; port: number }): Promise<void> => {
      const upstream = net.connect(to.port, to.host);
      upstream.on('error', () => {});
      const opened = await once(upstream, 'connect').then(
        () => true,
        () => false,
      );
      if (!opened) {
        send(502, 'Bad Gateway', { 'X-Squid-Error': 'ERR_CONNECT_FAIL 111' }, 'upstream refused', false);
        return;
      }
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      if (state.buffer.length) upstream.write(state.buffer);
      client.off('data', onData);
      client.pipe(upstream).pipe(client);
      upstream.on('close', () => client.destroy());
      return new Promise(() => {}); // the connection is a tunnel now; no more requests are parsed
    };
    const forward = async (method: string, url: URL, headers: Map<string, string>, to: { host: string; port: number }): Promise<void> => {
      const keepAlive = !/close/i.test(headers.get('connection') ?? headers.get('proxy-connection') ?? '');
      const response = await new Promise<http.IncomingMessage | null>((resolve) => {
        const request = http.request({
          host: to.host,
          port: to.port,
          method,
          path: `${url.pathname}${url.search}`,
          headers: { host: url.host, 'user-agent': headers.get('user-agent') ?? '' },
          agent: false,
        });
        request
          .on('response', resolve)
          .on('error', () => resolve(null))
          .end();
      });
      if (response === null) {
        send(502, 'Bad Gateway', { 'X-Squid-Error': 'ERR_CONNECT_FAIL 111' }, 'upstream refused', keepAlive);
        return;
      }
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of response) chunks.push(chunk as Buffer);
      } catch {
        // The endpoint closed mid-body ("aborted"): answer as squid does, never let it escape as a rejection.
        send(502, 'Bad Gateway', { 'X-Squid-Error': 'ERR_READ_ERROR 104' }, 'upstream connection lost', keepAlive);
        return;
      }
      const copied = Object.fromEntries(
        Object.entries(response.headers)
          .filter(([k]) => !['connection', 'content-length', 'transfer-encoding', 'keep-alive'].includes(k))
          .map(([k, v]) => [k, v as string | string[]]),
      );
      send(
        response.statusCode ?? 502,
        response.statusMessage ?? '',
        { ...copied, Via: '1.1 simulated-proxy' },
        method === 'HEAD' ? '' : Buffer.concat(chunks),
        keepAlive,
      );
    };
    const onData = (chunk: Buffer): void => {
      state.buffer = Buffer.concat([state.buffer, chunk]);
      next();
    };
    client.on('data', onData);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
