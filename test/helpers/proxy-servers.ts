import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import { closedPort } from '../../src/demo/closed-port.js';
import { createCertificateAuthority, type CertificateAuthority } from '../../src/demo/certificate-authority.js';
import { startDnsServer, type DnsZone } from '../../src/demo/dns-server.js';
import { startEndpointServers, type EndpointServers, type SimulatedHost } from '../../src/demo/endpoint-servers.js';
import type { SimulatedProxy } from '../../src/demo/simulated-proxy.js';
import { startLabProxy, type LabProxyOptions } from '../lab/lab-proxy.js';
import type { ProbeContext } from '../../src/probes/opener.js';
import { probeTarget } from '../../src/probes/probe-target.js';
import type { RouteSelector } from '../../src/probes/routing.js';
import { buildTrustStore } from '../../src/probes/trust-store.js';
import type { ProbeOutcome } from '../../src/probes/types.js';
import { TEST_LAB_RANGES } from './lab-addresses.js';
import { startSocksServer, type SocksServer, type SocksServerOptions } from './socks-server.js';

export { startSocksServer, type SocksServer };

type Teardown = { teardown(fn: () => unknown): void };

/** Endpoints behind the proxies: simulated hosts on loopback, a DNS zone for the local (informational) lookups. */
export interface ProxyLab {
  readonly ca: CertificateAuthority;
  readonly endpoints: EndpointServers;
  readonly rootFile: string;
  readonly dnsServer: string;
  /** Where a proxy really connects for a documented (host, port): the simulated TLS or HTTP server. */
  // A function property, not a method: it is handed on as `connectTo: lab.connectTo` and uses no `this`.
  readonly connectTo: (host: string, port: number) => { host: string; port: number };
  proxy(options?: LabProxyOptions): Promise<SimulatedProxy>;
  socks(options?: Omit<SocksServerOptions, 'connectTo'>): Promise<SocksServer>;
  /** `signal` stands for the run's signal (a runSignal with a deadline, say). */
  probe(
    target: Omit<ProbeTarget, 'id'>,
    routing: RouteSelector,
    options?: { timeoutMs?: number; caFile?: string; signal?: AbortSignal },
  ): Promise<ProbeOutcome>;
}

/** Starts the endpoints; proxies started through the lab are torn down with the test. */
export async function startProxyLab(
  t: Teardown,
  options: { hosts: Record<string, SimulatedHost>; zone?: DnsZone; refused?: string[] },
): Promise<ProxyLab> {
  const ca = createCertificateAuthority({ commonName: 'Proxy Lab Public Root', organization: 'scp-preflight tests' });
  const endpoints = await startEndpointServers({ hosts: options.hosts, ca });
  t.teardown(() => endpoints.close());
  const dns = await startDnsServer({ zone: options.zone ?? {} });
  t.teardown(() => dns.close());
  const refusedPort = await closedPort();
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-proxy-lab-'));
  const rootFile = join(dir, 'root.pem');
  writeFileSync(rootFile, endpoints.rootPem);
  const connectTo = (host: string, port: number): { host: string; port: number } => ({
    host: '127.0.0.1',
    port: options.refused?.includes(host) ? refusedPort : port === 80 ? endpoints.httpPort : endpoints.tlsPort,
  });
  // One trust store per CA file, as a run has one: each build parses every root and blocks the event loop.
  const stores = new Map<string, ReturnType<typeof buildTrustStore>>();
  const trustFor = (caFile: string | null): ReturnType<typeof buildTrustStore> => {
    const key = caFile ?? '';
    if (!stores.has(key)) stores.set(key, buildTrustStore({ caFile, publicRoots: rootFile, extraCaCertsFile: null }));
    return stores.get(key)!;
  };
  return {
    ca,
    endpoints,
    rootFile,
    dnsServer: dns.server,
    connectTo,
    async proxy(proxyOptions = {}) {
      const proxy = await startLabProxy({ connectTo, ...proxyOptions });
      t.teardown(() => proxy.close());
      return proxy;
    },
    async socks(socksOptions = {}) {
      const server = await startSocksServer({ ...socksOptions, connectTo });
      t.teardown(() => server.close());
      return server;
    },
    probe(target, routing, probeOptions = {}) {
      const context: ProbeContext = {
        signal: probeOptions.signal ?? new AbortController().signal,
        timeoutMs: probeOptions.timeoutMs ?? 2000,
        dnsServers: [dns.server],
        trust: trustFor(probeOptions.caFile ?? null),
        isDocumented: () => true,
        routeFor: routing,
        labAddresses: TEST_LAB_RANGES,
      };
      return probeTarget({ id: `${target.scheme}://${target.host}:${target.port}${target.path}`, ...target }, context, context.signal);
    },
  };
}

/** `https://host/` as a probe target. */
export const https = (host: string, path = '/'): Omit<ProbeTarget, 'id'> => ({ host, port: 443, scheme: 'https', path });
/** `http://host/` as a probe target. */
export const http = (host: string, path = '/'): Omit<ProbeTarget, 'id'> => ({ host, port: 80, scheme: 'http', path });

export { closedPort };
