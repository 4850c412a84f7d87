import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { once } from 'node:events';
import { createCertificateAuthority, type CertificateAuthority, type IssuedCertificate } from './certificate-authority.js';
import { clientHelloServerName, firstRecordLength } from './client-hello-sni.js';

/** How one simulated internet host behaves. */
export interface SimulatedHost {
  certificate: 'valid' | 'expired' | 'wrong-host' | 'untrusted' | 'tls1.1-only';
  /** HTTP status; default 200, or 302 when `redirect` is set. */
  status?: number;
  /** Location header value. */
  redirect?: string;
  /** Server header; default `SimulatedEndpoint/1.0`. */
  server?: string;
  body?: string;
}

/** The running servers; every port is on 127.0.0.1. */
export interface EndpointServers {
  /** HTTPS for every host; connections whose SNI names a `tls1.1-only` host are handed to the TLS 1.1 server. */
  tlsPort: number;
  httpPort: number;
  /** The TLS-1.1-only server itself. */
  tls11Port: number;
  ca: CertificateAuthority;
  rootPem: string;
  setHost(name: string, host: SimulatedHost): void;
  close(): Promise<void>;
}

const ADDRESS = '127.0.0.1';
const DAY = 86_400_000;
/** The name a `wrong-host` certificate is issued for. */
export const WRONG_HOST_NAME = 'mismatch.simulated.invalid';
// TLS 1.1 signs with SHA-1/MD5, which OpenSSL 3 refuses below security level 0.
const TLS11 = { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' } as const;
/** A client that sends nothing within this long after connecting is dropped. */
const HELLO_WAIT_MS = 10_000;

/** Starts the TLS, TLS 1.1 and HTTP servers on 127.0.0.1 (ephemeral ports), impersonating `hosts` by SNI/Host. */
export async function startEndpointServers(options: {
  hosts: Record<string, SimulatedHost>;
  ca?: CertificateAuthority;
  /** Issue every named host's certificate at start instead of on first use. */
  issueUpFront?: boolean;
}): Promise<EndpointServers> {
  const ca = options.ca ?? createCertificateAuthority({ commonName: 'scp-preflight demo root', organization: 'Simulation' });
  let untrusted: CertificateAuthority | undefined;
  const hosts = new Map<string, SimulatedHost>();
  for (const [name, host] of Object.entries(options.hosts)) hosts.set(name.toLowerCase(), host);

  /** Exact name first, then a one-label wildcard key such as `*.akamaiedge.net`. */
  const lookup = (name: string): SimulatedHost | undefined => hosts.get(name) ?? hosts.get(`*.${name.slice(name.indexOf('.') + 1)}`);

  const issue = (name: string, kind: SimulatedHost['certificate']): IssuedCertificate => {
    switch (kind) {
      case 'untrusted':
        untrusted ??= createCertificateAuthority({ commonName: 'Untrusted Simulation Root' });
        return untrusted.issue({ hosts: [name] });
      case 'expired':
        // Valid for 89 days, ended yesterday: a real lapsed certificate, not a not-yet-valid one.
        return ca.issue({
          hosts: [name],
          notBefore: new Date(Date.now() - 90 * DAY),
          notAfter: new Date(Date.now() - DAY),
        });
      case 'wrong-host':
        return ca.issue({ hosts: [WRONG_HOST_NAME] });
      default:
        return ca.issue({ hosts: [name] });
    }
  };
  // Issuing costs tens of milliseconds of signing: once per (kind, name), and only when a client asks.
  const contexts = new Map<string, tls.SecureContext>();
  const contextFor = (name: string, host: SimulatedHost): tls.SecureContext => {
    const key = `${host.certificate}\n${name}`;
    let context = contexts.get(key);
    if (context === undefined) {
      const issued = issue(name, host.certificate);
      const extra = host.certificate === 'tls1.1-only' ? TLS11 : {};
      context = tls.createSecureContext({ cert: issued.chainPem, key: issued.keyPem, ...extra });
      contexts.set(key, context);
    }
    return context;
  };
  // Signing blocks the event loop; a demo that probes from the same process issues everything before it starts,
  // so handshakes are not delayed by certificate generation and no probe times out because of the simulation.
  if (options.issueUpFront) {
    for (const [name, host] of hosts) if (!name.startsWith('*')) contextFor(name, host);
  }
  type SniDone = (error: Error | null, context?: tls.SecureContext) => void;
  const SNICallback = (servername: string, callback: SniDone): void => {
    const name = servername.toLowerCase();
    const host = lookup(name);
    // No such host in the simulation: fail the handshake rather than pretend with some other certificate.
    if (host === undefined) callback(new Error(`no simulated host named ${name}`));
    else callback(null, contextFor(name, host));
  };

  const respond = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    const socket = request.socket as Partial<tls.TLSSocket>;
    const hostHeader = request.headers.host ?? (typeof socket.servername === 'string' ? socket.servername : '');
    const name = hostHeader
      .replace(/:\d+$/, '')
      .replace(/^\[(.*)\]$/, '$1')
      .toLowerCase();
    const host = lookup(name);
    request.resume();
    response.setHeader('Connection', 'close');
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    if (host === undefined) {
      response.setHeader('Server', 'SimulatedEndpoint/1.0');
      response.writeHead(421).end(`no simulated host named ${name || '(none)'}\n`);
      return;
    }
    response.setHeader('Server', host.server ?? 'SimulatedEndpoint/1.0');
    if (host.redirect !== undefined) response.setHeader('Location', host.redirect);
    response.writeHead(host.status ?? (host.redirect === undefined ? 200 : 302));
    response.end(host.body ?? `simulated ${name}\n`);
  };

  // A certificate for clients that send no SNI (an IP literal), so such handshakes still complete.
  const fallback = ca.issue({ hosts: ['localhost', ADDRESS] });
  const main = https.createServer({ cert: fallback.chainPem, key: fallback.keyPem, SNICallback }, respond);
  const legacy = https.createServer({ cert: fallback.chainPem, key: fallback.keyPem, SNICallback, ...TLS11 }, respond);
  const plain = http.createServer(respond);
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  for (const server of [main, legacy]) server.on('tlsClientError', () => {});
  legacy.on('connection', track);
  plain.on('connection', track);

  // The front door of tlsPort: peek at the ClientHello's SNI and hand the socket to the right TLS server.
  const front = net.createServer((socket) => {
    track(socket);
    socket.setTimeout(HELLO_WAIT_MS, () => socket.destroy());
    socket.on('error', () => {});
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      buffered = Buffer.concat([buffered, chunk]);
      const need = firstRecordLength(buffered);
      if (need !== null && buffered.length < need && buffered.length < 20_000) return;
      socket.off('data', onData);
      socket.pause();
      socket.setTimeout(0);
      socket.unshift(buffered);
      const name = clientHelloServerName(buffered);
      const target = name !== null && lookup(name)?.certificate === 'tls1.1-only' ? legacy : main;
      target.emit('connection', socket);
    };
    socket.on('data', onData);
  });

  const listen = async (server: net.Server): Promise<number> => {
    server.listen(0, ADDRESS);
    await once(server, 'listening');
    return (server.address() as net.AddressInfo).port;
  };
  const [tlsPort, tls11Port, httpPort] = await Promise.all([listen(front), listen(legacy), listen(plain)]);

  let closed: Promise<void> | undefined;
  return {
    tlsPort,
    tls11Port,
    httpPort,
    ca,
    rootPem: ca.certPem,
    setHost(name, host) {
      hosts.set(name.toLowerCase(), host);
    },
    close() {
      closed ??= (async () => {
        const stopped = [front, legacy, plain].map((server) => new Promise((resolve) => server.close(resolve)));
        for (const socket of sockets) socket.destroy();
        await Promise.all(stopped);
      })();
      return closed;
    },
  };
}
