import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { createCertificateAuthority, type CertificateAuthority, type IssuedCertificate } from './certificate-authority.js';

/** How one simulated internet host behaves; `certificate` names an entry of the site's certificate registry. */
export interface SimulatedHost<Kind extends string = DemoCertificate> {
  certificate: Kind;
  /** HTTP status; default 200, or 302 when `redirect` is set. */
  status?: number;
  /** Location header value. */
  redirect?: string;
  /** Server header; default `SimulatedEndpoint/1.0`. */
  server?: string;
  body?: string;
}

/** The certificate a host presents, and TLS context options it needs beyond the defaults (a protocol range, say). */
export interface HostCertificate {
  readonly issued: IssuedCertificate;
  readonly context?: tls.SecureContextOptions;
}

/** Makes the certificate one kind of host presents for `name`, issued by the site's root `ca` or another. */
export type CertificateIssuer = (ca: CertificateAuthority, name: string) => HostCertificate;

const DAY = 86_400_000;

/** The kinds the demo needs: a valid certificate, and one that lapsed yesterday (its expired-certificate fault). */
export const demoCertificates = {
  valid: (ca, name) => ({ issued: ca.issue({ hosts: [name] }) }),
  // Valid for 89 days, ended yesterday: a real lapsed certificate, not a not-yet-valid one.
  expired: (ca, name) => ({
    issued: ca.issue({ hosts: [name], notBefore: new Date(Date.now() - 90 * DAY), notAfter: new Date(Date.now() - DAY) }),
  }),
} satisfies Record<string, CertificateIssuer>;

/** A certificate kind the demo's hosts use. */
export type DemoCertificate = keyof typeof demoCertificates;

/** The simulated hosts behind the servers: which certificate each presents by SNI and what it answers over HTTP. */
export interface EndpointSite<Kind extends string> {
  readonly ca: CertificateAuthority;
  /** Exact name first, then a one-label wildcard key such as `*.akamaiedge.net`. */
  lookup(name: string): SimulatedHost<Kind> | undefined;
  setHost(name: string, host: SimulatedHost<Kind>): void;
  /** An HTTPS server for every host (not listening); `extra` narrows it, e.g. to one protocol version. */
  httpsServer(extra?: tls.SecureContextOptions): https.Server;
  /** A plain HTTP server for every host (not listening). */
  httpServer(): http.Server;
}

/** The address every simulated server answers on, and the one a certificate for SNI-less clients names. */
export const LOOPBACK = '127.0.0.1';

/** Builds the site: `hosts` by name, each certificate made by `certificates[host.certificate]`. */
export function createEndpointSite<Kind extends string>(options: {
  hosts: Record<string, SimulatedHost<Kind>>;
  certificates: Record<Kind, CertificateIssuer>;
  ca?: CertificateAuthority | undefined;
  /** Issue every named host's certificate at start instead of on first use. */
  issueUpFront?: boolean | undefined;
}): EndpointSite<Kind> {
  const ca = options.ca ?? createCertificateAuthority({ commonName: 'scp-preflight demo root', organization: 'Simulation' });
  const hosts = new Map<string, SimulatedHost<Kind>>();
  for (const [name, host] of Object.entries(options.hosts)) hosts.set(name.toLowerCase(), host);
  const lookup = (name: string): SimulatedHost<Kind> | undefined => hosts.get(name) ?? hosts.get(`*.${name.slice(name.indexOf('.') + 1)}`);

  // Issuing costs tens of milliseconds of signing: once per (kind, name), and only when a client asks.
  const contexts = new Map<string, tls.SecureContext>();
  const contextFor = (name: string, host: SimulatedHost<Kind>): tls.SecureContext => {
    const key = `${host.certificate}\n${name}`;
    let context = contexts.get(key);
    if (context === undefined) {
      const made = options.certificates[host.certificate](ca, name);
      context = tls.createSecureContext({ cert: made.issued.chainPem, key: made.issued.keyPem, ...made.context });
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
  const fallback = ca.issue({ hosts: ['localhost', LOOPBACK] });
  return {
    ca,
    lookup,
    setHost(name, host) {
      hosts.set(name.toLowerCase(), host);
    },
    httpsServer(extra = {}) {
      const server = https.createServer({ cert: fallback.chainPem, key: fallback.keyPem, SNICallback, ...extra }, respond);
      server.on('tlsClientError', () => {});
      return server;
    },
    httpServer: () => http.createServer(respond),
  };
}
