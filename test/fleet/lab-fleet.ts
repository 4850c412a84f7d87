/**
 * Real fleet fixtures: the same lab catalog checked "from" two hosts, each run a real `check` on loopback with its
 * own DNS server (--host-label names the host). cm-lab-01's DNS answers every name; cm-prod-01's answers one name
 * with an address where nothing listens (its "firewall" refuses) and another not at all. No report is hand-edited.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closedPort } from '../../src/demo/closed-port.js';
import { startDnsServer } from '../../src/demo/dns-server.js';
import { runCli } from '../cli/run-cli.js';
import { TEST_LAB_FLAG } from '../helpers/lab-addresses.js';

export interface LabFleet {
  /** Folder with one subfolder of report files per host (as the Run Scripts wrapper writes a share). */
  readonly dir: string;
  /** The stamped JSON report of each host. */
  readonly reports: Record<'cm-lab-01' | 'cm-prod-01', string>;
  readonly close: () => Promise<void>;
}

/** Runs the two lab checks into `dir`; the caller closes the servers. */
export async function labFleet(dir: string): Promise<LabFleet> {
  const web: Server = createServer((_q, s) => s.end('ok'));
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  const port = (web.address() as AddressInfo).port;
  const refused = await closedPort();
  const lab = await startDnsServer({
    zone: {
      'open.lab.test': { a: ['127.0.0.1'] },
      'dns.lab.test': { a: ['127.0.0.1'] },
      'fine.lab.test': { a: ['127.0.0.1'] },
      'both.lab.test': { a: ['127.0.0.1'] },
    },
  });
  const prod = await startDnsServer({
    zone: {
      // 127.0.0.2: nothing listens there, so the connection is refused, as a rejecting firewall does.
      'open.lab.test': { a: ['127.0.0.2'] },
      'fine.lab.test': { a: ['127.0.0.1'] },
      'both.lab.test': { a: ['127.0.0.1'] },
    },
  });
  const catalog = join(dir, 'lab-catalog.json');
  writeFileSync(
    catalog,
    JSON.stringify({
      edition: 'lab-2026',
      provenance: { title: 'Lab endpoint list', url: 'https://lab.example/scp', date: '2026-01-01' },
      groups: [{ id: 'lab', title: 'Lab' }],
      entries: ['open', 'dns', 'fine']
        .map((n) => ({ text: `http://${n}.lab.test:${port}/`, group: 'lab' }))
        .concat([{ text: `http://both.lab.test:${refused}/`, group: 'lab' }]),
    }),
  );
  const reports: Record<string, string> = {};
  for (const [host, dns] of [
    ['cm-lab-01', lab],
    ['cm-prod-01', prod],
  ] as const) {
    const result = await runCli([
      'check',
      '--catalog',
      catalog,
      '--dns-server',
      dns.server,
      ...TEST_LAB_FLAG,
      '--host-label',
      host,
      '--summary',
      '--out',
      join(dir, 'share', host),
      '--timeout',
      '1500',
    ]);
    const summary = JSON.parse(result.stdout) as { report: string };
    reports[host] = summary.report;
  }
  return {
    dir: join(dir, 'share'),
    reports: reports,
    close: async () => {
      await Promise.all([lab.close(), prod.close(), new Promise<void>((resolve) => web.close(() => resolve()))]);
    },
  };
}
