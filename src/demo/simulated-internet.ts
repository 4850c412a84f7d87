import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EndpointPlan } from '../catalog/plan.js';
import { BlackHoleUnavailableError, startBlackHole, type BlackHole } from './black-hole.js';
import { closedPort } from './closed-port.js';
import { startDnsServer, type DnsZone } from './dns-server.js';
import { randomBytes } from 'node:crypto';
import { startEndpointServers, type SimulatedHost } from './endpoint-servers.js';
import { basicAuth, startSimulatedProxy } from './simulated-proxy.js';

/** The deliberate faults, each on a real documented host so the report reads like a real one. */
export interface DemoFaults {
  readonly nxdomain: string | null;
  readonly refused: string | null;
  readonly blackHoled: string | null;
  readonly expiredCertificate: string | null;
  /** Refused by the simulated proxy's policy (403 block page). */
  readonly deniedByProxy: string | null;
}

export interface SimulatedInternet {
  /** `127.0.0.1:port` of the simulated DNS server. */
  readonly dnsServer: string;
  /** PEM file with the simulation's root, to pass as `--public-roots`. */
  readonly rootFile: string;
  /** Maps a documented port onto the loopback port that simulates it for that host. */
  readonly dialPort: (host: string, port: number) => number;
  readonly faults: DemoFaults;
  /** Where the simulated endpoints answer (every name resolves to 127.0.0.1): the demo's `--lab-addresses`. */
  readonly labAddresses: readonly string[];
  /** Faults this OS cannot simulate, one sentence each naming the host that then answers normally. */
  readonly leftOut: readonly string[];
  /** The simulated site's proxy: a PAC file sending Microsoft domains through an authenticating (Basic) proxy. */
  readonly proxy: { readonly pacFile: string; readonly url: string; readonly user: string; readonly passwordFile: string };
  close(): Promise<void>;
}

/** Names the simulated site's PAC file sends through its proxy; everything else goes direct. */
const VIA_PROXY = ['.microsoft.com', '.microsoftonline.com'];

/**
 * Preferred hosts for each fault (retired or secondary endpoints); the first one present in the plan is used. The
 * DNS and TCP faults sit on hosts the PAC file sends direct, so they show as the host's own DNS and TCP stages.
 */
const PREFERRED = {
  // sccmconnected-a01.cloudapp.net left the list on 2026-06-08; it stays last for `--edition 2025` and `2018`.
  nxdomain: ['ceuswatcab01.blob.core.windows.net', 'sccmconnected-a01.cloudapp.net'],
  refused: ['weus2watcab02.blob.core.windows.net', 'blob.core.windows.net'],
  blackHoled: ['management.azure.com', 'download.windowsupdate.com'],
  expiredCertificate: ['configmgrbits.azureedge.net', 'bspmts.mp.microsoft.com'],
  deniedByProxy: ['download.visualstudio.microsoft.com', 'download.microsoft.com'],
} as const;

/**
 * Starts a simulated internet on loopback for the plan's hosts: a DNS server answering them with 127.0.0.1, TLS
 * and HTTP endpoints with certificates from a root made on the fly, a PAC file and an authenticating (Basic) proxy,
 * and five faults (NXDOMAIN, a refused port, a black-holed address, an expired certificate, a host the proxy
 * denies; where the OS cannot make a black hole, that fault is left out and listed in `leftOut`). A step that
 * fails closes whatever had started, so the process never stays alive. `go.microsoft.com` redirects to
 * `download.microsoft.com`, as the real fwlinks do. Nothing leaves the machine and nothing needs root: 443/80 are
 * mapped onto ephemeral ports.
 */
export async function startSimulatedInternet(plan: EndpointPlan): Promise<SimulatedInternet> {
  const started: (() => Promise<unknown>)[] = [];
  try {
    return await build(plan, started);
  } catch (error) {
    await Promise.allSettled(started.map((close) => close()));
    throw error;
  }
}

/** Starts the pieces in order, registering each one's close in `started` as soon as it runs. */
async function build(plan: EndpointPlan, started: (() => Promise<unknown>)[]): Promise<SimulatedInternet> {
  const hosts = [...new Set(plan.targets.map((t) => t.host))];
  const used = new Set<string>();
  const pick = (list: readonly string[]): string | null => {
    const found = list.find((h) => hosts.includes(h) && !used.has(h)) ?? null;
    if (found) used.add(found);
    return found;
  };
  let faults: DemoFaults = {
    nxdomain: pick(PREFERRED.nxdomain),
    refused: pick(PREFERRED.refused),
    blackHoled: pick(PREFERRED.blackHoled),
    expiredCertificate: pick(PREFERRED.expiredCertificate),
    deniedByProxy: pick(PREFERRED.deniedByProxy),
  };
  const zone: DnsZone = {};
  const simulated: Record<string, SimulatedHost> = {};
  for (const host of hosts) {
    if (host === faults.nxdomain) continue; // unknown names are NXDOMAIN
    zone[host] = { a: ['127.0.0.1'], ttl: 300 };
    simulated[host] = {
      certificate: host === faults.expiredCertificate ? 'expired' : 'valid',
      server: 'SimulatedEndpoint/1.0',
      ...(host === 'go.microsoft.com' && hosts.includes('download.microsoft.com')
        ? { status: 302, redirect: 'https://download.microsoft.com/download/sample/ConfigMgr.cab' }
        : {}),
    };
  }
  const dns = await startDnsServer({ zone });
  started.push(() => dns.close());
  const servers = await startEndpointServers({ hosts: simulated, issueUpFront: true });
  started.push(() => servers.close());
  const leftOut: string[] = [];
  let blackHole: BlackHole | null = null;
  try {
    if (faults.blackHoled !== null) {
      const hole = await startBlackHole();
      started.push(() => hole.close());
      blackHole = hole;
    }
  } catch (error) {
    if (!(error instanceof BlackHoleUnavailableError)) throw error;
    // No substitute would show the same CONNECT_TIMEOUT, so the host answers like any other and the output says so.
    leftOut.push(
      `${faults.blackHoled} is not black-holed: ${error.message} on this OS, ` +
        'so a dropped connect cannot be simulated without root; it answers normally',
    );
    faults = { ...faults, blackHoled: null };
  }
  const refusedPort = await closedPort();
  const dialPort = (host: string, port: number): number => {
    if (blackHole !== null && host === faults.blackHoled) return blackHole.port;
    if (host === faults.refused) return refusedPort;
    return port === 80 ? servers.httpPort : servers.tlsPort;
  };
  const user = 'svc-scp-proxy';
  const password = randomBytes(18).toString('base64url'); // never shown; handed over in a file only this run reads
  const proxy = await startSimulatedProxy({
    auth: [basicAuth(user, password)],
    deny: faults.deniedByProxy ? [faults.deniedByProxy] : [],
    connectTo: (host, port) => ({ host: '127.0.0.1', port: dialPort(host, port) }),
    // A name the proxy cannot resolve answers as squid does.
    behave: (host) => (host === faults.nxdomain ? { status: 503, headers: { 'X-Squid-Error': 'ERR_DNS_FAIL 0' } } : undefined),
  });
  started.push(() => proxy.close());
  const dir = await mkdtemp(join(tmpdir(), 'scp-preflight-demo-'));
  started.push(() => rm(dir, { recursive: true, force: true }));
  const rootFile = join(dir, 'simulation-root.pem');
  const pacFile = join(dir, 'proxy.pac');
  const passwordFile = join(dir, 'proxy-password');
  await writeFile(rootFile, servers.rootPem);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await writeFile(
    pacFile,
    [
      'function FindProxyForURL(url, host) {',
      ...VIA_PROXY.map((suffix) => `  if (dnsDomainIs(host, "${suffix}")) return "PROXY 127.0.0.1:${proxy.port}";`),
      '  return "DIRECT";',
      '}',
    ].join('\n'),
  );
  return {
    dnsServer: dns.server,
    rootFile,
    faults,
    labAddresses: ['127.0.0.1/32'],
    leftOut,
    dialPort,
    proxy: { pacFile, url: proxy.url, user, passwordFile },
    async close() {
      await Promise.allSettled(started.map((close) => close()));
    },
  };
}
