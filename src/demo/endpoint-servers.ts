import net from 'node:net';
import { once } from 'node:events';
import type { CertificateAuthority } from './certificate-authority.js';
import { createEndpointSite, demoCertificates, LOOPBACK, type SimulatedHost } from './endpoint-site.js';

export { demoCertificates, type SimulatedHost } from './endpoint-site.js';

/** The running servers; every port is on 127.0.0.1. */
export interface EndpointServers<Kind extends string = keyof typeof demoCertificates> {
  /** HTTPS for every host, the certificate chosen by SNI. */
  tlsPort: number;
  httpPort: number;
  ca: CertificateAuthority;
  rootPem: string;
  setHost(name: string, host: SimulatedHost<Kind>): void;
  close(): Promise<void>;
}

/** Servers listening on loopback; `close` stops them all and destroys every open connection. */
export interface LoopbackServers<Name extends string> {
  /** Each server's port, by the name it was given. */
  readonly ports: Readonly<Record<Name, number>>;
  close(): Promise<void>;
}

/** Listens each server on 127.0.0.1 (ephemeral ports), tracking its connections so `close` never waits on a client. */
export async function listenOnLoopback<Name extends string>(servers: Record<Name, net.Server>): Promise<LoopbackServers<Name>> {
  const sockets = new Set<net.Socket>();
  const all: [Name, net.Server][] = Object.entries<net.Server>(servers) as [Name, net.Server][];
  const ports = Object.fromEntries(
    await Promise.all(
      all.map(async ([name, server]) => {
        server.on('connection', (socket: net.Socket) => {
          sockets.add(socket);
          socket.once('close', () => sockets.delete(socket));
        });
        server.listen(0, LOOPBACK);
        await once(server, 'listening');
        return [name, (server.address() as net.AddressInfo).port] as const;
      }),
    ),
  ) as Record<Name, number>;
  let closed: Promise<void> | undefined;
  return {
    ports,
    close() {
      closed ??= (async () => {
        const stopped = all.map(([, server]) => new Promise((resolve) => server.close(resolve)));
        for (const socket of sockets) socket.destroy();
        await Promise.all(stopped);
      })();
      return closed;
    },
  };
}

/** Starts the TLS and HTTP servers on 127.0.0.1 (ephemeral ports), impersonating `hosts` by SNI/Host. */
export async function startEndpointServers(options: {
  hosts: Record<string, SimulatedHost>;
  ca?: CertificateAuthority;
  /** Issue every named host's certificate at start instead of on first use. */
  issueUpFront?: boolean;
}): Promise<EndpointServers> {
  const site = createEndpointSite({ ...options, certificates: demoCertificates });
  const listening = await listenOnLoopback({ tls: site.httpsServer(), http: site.httpServer() });
  return {
    tlsPort: listening.ports.tls,
    httpPort: listening.ports.http,
    ca: site.ca,
    rootPem: site.ca.certPem,
    setHost: (name, host) => site.setHost(name, host),
    close: () => listening.close(),
  };
}
