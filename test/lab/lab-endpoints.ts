import net from 'node:net';
import { createCertificateAuthority, type CertificateAuthority } from '../../src/demo/certificate-authority.js';
import { listenOnLoopback } from '../../src/demo/endpoint-servers.js';
import { createEndpointSite, demoCertificates, type CertificateIssuer, type SimulatedHost } from '../../src/demo/endpoint-site.js';
import { clientHelloServerName, firstRecordLength } from './client-hello-sni.js';

/** The name a `wrong-host` certificate is issued for. */
export const WRONG_HOST_NAME = 'mismatch.simulated.invalid';
// TLS 1.1 signs with SHA-1/MD5, which OpenSSL 3 refuses below security level 0.
const TLS11 = { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' } as const;
/** A client that sends nothing within this long after connecting is dropped. */
const HELLO_WAIT_MS = 10_000;

/**
 * The demo's certificates plus the faults only tests need: a certificate for another name, one from a root nobody
 * trusts (made once per lab, on first use), and a TLS-1.1-only server.
 */
function labCertificates(): Record<LabCertificate, CertificateIssuer> {
  let untrusted: CertificateAuthority | undefined;
  return {
    ...demoCertificates,
    'wrong-host': (ca) => ({ issued: ca.issue({ hosts: [WRONG_HOST_NAME] }) }),
    untrusted: (_ca, name) => {
      untrusted ??= createCertificateAuthority({ commonName: 'Untrusted Simulation Root' });
      return { issued: untrusted.issue({ hosts: [name] }) };
    },
    'tls1.1-only': (ca, name) => ({ issued: ca.issue({ hosts: [name] }), context: TLS11 }),
  };
}

/** Every certificate kind a lab host can present. */
export type LabCertificate = keyof typeof demoCertificates | 'wrong-host' | 'untrusted' | 'tls1.1-only';

/** How one lab host behaves: a demo host whose certificate may also be one of the test-only faults. */
export type LabHost = SimulatedHost<LabCertificate>;

/** The running lab servers; every port is on 127.0.0.1. */
export interface LabEndpointServers {
  /** HTTPS for every host; connections whose SNI names a `tls1.1-only` host are handed to the TLS 1.1 server. */
  tlsPort: number;
  httpPort: number;
  /** The TLS-1.1-only server itself. */
  tls11Port: number;
  ca: CertificateAuthority;
  rootPem: string;
  setHost(name: string, host: LabHost): void;
  close(): Promise<void>;
}

/**
 * The demo's endpoint servers with the test-only certificate faults: the same site, plus a TLS 1.1 server and a
 * front door on `tlsPort` that peeks at each ClientHello's SNI to pick the server (OpenSSL fixes the protocol range
 * before the SNI callback can switch contexts, so a TLS-1.1-only host needs its own server).
 */
export async function startLabEndpointServers(options: {
  hosts: Record<string, LabHost>;
  ca?: CertificateAuthority;
  issueUpFront?: boolean;
}): Promise<LabEndpointServers> {
  const site = createEndpointSite({ ...options, certificates: labCertificates() });
  const main = site.httpsServer();
  const legacy = site.httpsServer(TLS11);
  const front = net.createServer((socket) => {
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
      const target = name !== null && site.lookup(name)?.certificate === 'tls1.1-only' ? legacy : main;
      target.emit('connection', socket);
    };
    socket.on('data', onData);
  });
  const listening = await listenOnLoopback({ tls: front, tls11: legacy, http: site.httpServer() });
  return {
    tlsPort: listening.ports.tls,
    tls11Port: listening.ports.tls11,
    httpPort: listening.ports.http,
    ca: site.ca,
    rootPem: site.ca.certPem,
    setHost: (name, host) => site.setHost(name, host),
    close: () => listening.close(),
  };
}
