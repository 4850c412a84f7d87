import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import { parseLabAddresses } from '../../src/cli/lab-addresses.js';
import { startBlackHole } from '../../src/demo/black-hole.js';
import { createCertificateAuthority, type CertificateAuthority } from '../../src/demo/certificate-authority.js';
import { closedPort } from '../../src/demo/closed-port.js';
import { startDnsServer, type DnsZone } from '../../src/demo/dns-server.js';
import { startLabEndpointServers, type LabHost } from '../lab/lab-endpoints.js';
import type { ProbeContext } from '../../src/probes/opener.js';
import { probeTarget } from '../../src/probes/probe-target.js';
import { directRouting } from '../../src/probes/routing.js';
import { buildTrustStore } from '../../src/probes/trust-store.js';
import type { ProbeOutcome } from '../../src/probes/types.js';
import { TEST_LAB_RANGES } from './lab-addresses.js';

type Teardown = { teardown(fn: () => unknown): void };

/** A raw TCP server on loopback whose connection handler decides the misbehaviour. */
export async function rawServer(t: Teardown, onConnection: (socket: net.Socket) => void): Promise<number> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as net.AddressInfo).port;
}

/** A TLS server (valid certificate for `host`) whose secure connections are handed to `onSecure`. */
export async function rawTlsServer(
  t: Teardown,
  ca: CertificateAuthority,
  host: string,
  onSecure: (socket: tls.TLSSocket) => void,
  /** Each TCP connection as it is accepted, before any TLS. */
  onConnection?: (socket: net.Socket) => void,
): Promise<number> {
  const leaf = ca.issue({ hosts: [host] });
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ cert: leaf.chainPem, key: leaf.keyPem }, (socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    onSecure(socket);
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    onConnection?.(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as net.AddressInfo).port;
}

export interface ProbeLab {
  readonly ca: CertificateAuthority;
  readonly rootFile: string;
  /** Loopback ports by name, for `route` entries. */
  readonly ports: { tls: number; http: number; refused: number; blackHole: number };
  readonly dnsServer: string;
  /** Probes one target directly; `signal` stands for the run's signal (a runSignal with a deadline, say). */
  probe(
    target: Omit<ProbeTarget, 'id'>,
    options?: { caFile?: string; publicRoots?: boolean; timeoutMs?: number; signal?: AbortSignal },
  ): Promise<ProbeOutcome>;
  /** The probe context every lab probe uses: the one place a test lab's settings live. */
  context(options?: { caFile?: string; publicRoots?: boolean; timeoutMs?: number; signal?: AbortSignal }): ProbeContext;
}

/**
 * A small internet on loopback: a DNS zone, simulated TLS/HTTP endpoints, a refused port and a black hole.
 * `route(host, port)` decides which loopback port a documented (host, port) is dialled on.
 */
export async function startProbeLab(
  t: Teardown,
  options: {
    zone: DnsZone;
    hosts: Record<string, LabHost>;
    route?: (host: string, port: number, lab: ProbeLab['ports']) => number;
    /** `--lab-addresses` of the probes (default: the tests' loopback lab, TEST_LAB). */
    labAddresses?: readonly string[];
  },
): Promise<ProbeLab> {
  const ca = createCertificateAuthority({ commonName: 'Probe Lab Public Root', organization: 'scp-preflight tests' });
  const dns = await startDnsServer({ zone: options.zone });
  t.teardown(() => dns.close());
  // Certificates (and the untrusted CA's key) are made before any probe: made on first use they eat the stage
  // timeout of the probe that triggers them, and a loaded machine turns that into a false TLS timeout.
  const servers = await startLabEndpointServers({ hosts: options.hosts, ca, issueUpFront: true });
  t.teardown(() => servers.close());
  const blackHole = await startBlackHole();
  t.teardown(() => blackHole.close());
  const ports = { tls: servers.tlsPort, http: servers.httpPort, refused: await closedPort(), blackHole: blackHole.port };
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-lab-'));
  const rootFile = join(dir, 'root.pem');
  writeFileSync(rootFile, servers.rootPem);
  const route = options.route ?? ((_h, port, p) => (port === 80 ? p.http : p.tls));
  const labAddresses = options.labAddresses ? parseLabAddresses(options.labAddresses) : TEST_LAB_RANGES;
  // One trust store per option set, as a real run has one: building it parses every root, which blocks for
  // tens of milliseconds and, per probe, would stall concurrent probes into false timeouts.
  const stores = new Map<string, ReturnType<typeof buildTrustStore>>();
  const trustFor = (caFile: string | null, publicRoots: boolean): ReturnType<typeof buildTrustStore> => {
    const key = JSON.stringify([caFile, publicRoots]);
    let store = stores.get(key);
    if (!store) {
      store = buildTrustStore({ caFile, publicRoots: publicRoots ? rootFile : null, extraCaCertsFile: null });
      stores.set(key, store);
    }
    return store;
  };
  // The one place a lab probe's context is set, the lab's loopback range included.
  const contextFor: ProbeLab['context'] = (probeOptions = {}) => ({
    signal: probeOptions.signal ?? new AbortController().signal,
    timeoutMs: probeOptions.timeoutMs ?? 1500,
    dnsServers: [dns.server],
    trust: trustFor(probeOptions.caFile ?? null, probeOptions.publicRoots !== false),
    isDocumented: (host) => Object.hasOwn(options.zone, host),
    routeFor: directRouting(),
    dialPort: (host, port) => route(host, port, ports),
    labAddresses,
  });
  return {
    ca,
    rootFile,
    ports,
    dnsServer: dns.server,
    context: contextFor,
    async probe(target, probeOptions = {}) {
      const context = contextFor(probeOptions);
      return probeTarget({ id: `${target.scheme}://${target.host}:${target.port}${target.path}`, ...target }, context, context.signal);
    },
  };
}
