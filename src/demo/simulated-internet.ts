import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EndpointPlan } from '../catalog/plan.js';
import { startBlackHole } from './black-hole.js';
import { closedPort } from './closed-port.js';
import { startDnsServer, type DnsZone } from './dns-server.js';
import { startEndpointServers, type SimulatedHost } from './endpoint-servers.js';

/** The deliberate faults, each on a real documented host so the report reads like a real one. */
export interface DemoFaults {
  readonly nxdomain: string | null;
  readonly refused: string | null;
  readonly blackHoled: string | null;
  readonly expiredCertificate: string | null;
}

export interface SimulatedInternet {
  /** `127.0.0.1:port` of the simulated DNS server. */
  readonly dnsServer: string;
  /** PEM file with the simulation's root, to pass as `--public-roots`. */
  readonly rootFile: string;
  /** Maps a documented port onto the loopback port that simulates it for that host. */
  readonly dialPort: (host: string, port: number) => number;
  readonly faults: DemoFaults;
  close(): Promise<void>;
}

/** Preferred hosts for each fault (retired or secondary endpoints); the first one present in the plan is used. */
const PREFERRED = {
  nxdomain: ['sccmconnected-a01.cloudapp.net'],
  refused: ['download.windowsupdate.com'],
  blackHoled: ['dl.delivery.mp.microsoft.com', 'blob.core.windows.net'],
  expiredCertificate: ['configmgrbits.azureedge.net', 'bspmts.mp.microsoft.com'],
} as const;

/**
 * Starts a simulated internet on loopback for the plan's hosts: a DNS server answering them with 127.0.0.1, TLS
 * and HTTP endpoints with certificates from a root made on the fly, and four faults (NXDOMAIN, a refused port, a
 * black-holed address, an expired certificate). `go.microsoft.com` redirects to `download.microsoft.com`, as the
 * real fwlinks do. Nothing leaves the machine and nothing needs root: 443/80 are mapped onto ephemeral ports.
 */
export async function startSimulatedInternet(plan: EndpointPlan): Promise<SimulatedInternet> {
  const hosts = [...new Set(plan.targets.map((t) => t.host))];
  const used = new Set<string>();
  const pick = (list: readonly string[]): string | null => {
    const found = list.find((h) => hosts.includes(h) && !used.has(h)) ?? null;
    if (found) used.add(found);
    return found;
  };
  const faults: DemoFaults = {
    nxdomain: pick(PREFERRED.nxdomain),
    refused: pick(PREFERRED.refused),
    blackHoled: pick(PREFERRED.blackHoled),
    expiredCertificate: pick(PREFERRED.expiredCertificate),
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
        ? { status: 302, redirect: 'https://download.microsoft.com/download/sample/ConfigMgr.cab' } : {}),
    };
  }
  const dns = await startDnsServer({ zone });
  const servers = await startEndpointServers({ hosts: simulated, issueUpFront: true });
  const blackHole = await startBlackHole();
  const refusedPort = await closedPort();
  const dir = await mkdtemp(join(tmpdir(), 'scp-preflight-demo-'));
  const rootFile = join(dir, 'simulation-root.pem');
  await writeFile(rootFile, servers.rootPem);
  return {
    dnsServer: dns.server,
    rootFile,
    faults,
    dialPort: (host, port) => {
      if (host === faults.blackHoled) return blackHole.port;
      if (host === faults.refused) return refusedPort;
      return port === 80 ? servers.httpPort : servers.tlsPort;
    },
    async close() {
      await Promise.allSettled([dns.close(), servers.close(), blackHole.close(), rm(dir, { recursive: true, force: true })]);
    },
  };
}
