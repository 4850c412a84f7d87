// Measures that a run over N endpoints costs about one timeout, not N: N simulated hosts on loopback, a fifth of
// them black-holed (each costs a full connect timeout), probed with the real engine. Run after `npm run build`:
//   node bench/concurrency.mjs [hosts=200] [timeoutMs=1000] [concurrency=32]
import { runCheck } from '../dist/check/run-check.js';
import { parseLabAddresses } from '../dist/cli/lab-addresses.js';
import { startBlackHole } from '../dist/demo/black-hole.js';
import { startDnsServer } from '../dist/demo/dns-server.js';
import { startEndpointServers } from '../dist/demo/endpoint-servers.js';
import { directRouting, DIRECT_ROUTE } from '../dist/probes/routing.js';
import { buildTrustStore } from '../dist/probes/trust-store.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [n = 200, timeoutMs = 1000, concurrency = 32] = process.argv.slice(2).map(Number);
const names = Array.from({ length: n }, (_, i) => `host${i}.bench.test`);
const zone = Object.fromEntries(names.map((name) => [name, { a: ['127.0.0.1'] }]));
const dns = await startDnsServer({ zone });
const servers = await startEndpointServers({
  hosts: Object.fromEntries(names.map((x) => [x, { certificate: 'valid' }])),
  issueUpFront: true,
});
const hole = await startBlackHole();
const rootFile = join(mkdtempSync(join(tmpdir(), 'bench-')), 'root.pem');
writeFileSync(rootFile, servers.rootPem);
const catalog = {
  edition: 'bench',
  barePorts: [443],
  provenance: { title: 'bench', url: 'https://bench.invalid', date: '2026-01-01' },
  groups: [{ id: 'g', title: 'G' }],
  entries: names.map((text) => ({ text, group: 'g' })),
};
const started = performance.now();
const report = await runCheck({
  catalog,
  catalogFile: null,
  planOptions: { intune: false, groups: [], tenantId: null },
  timeoutMs,
  deadlineS: 600,
  concurrency,
  dnsServers: [dns.server],
  labAddresses: parseLabAddresses(['127.0.0.1/32']), // every bench name resolves to its servers on 127.0.0.1
  trust: buildTrustStore({ caFile: null, publicRoots: rootFile, extraCaCertsFile: null }),
  caFile: null,
  publicRoots: rootFile,
  strict: false,
  simulation: true,
  routing: directRouting(),
  defaultRoute: DIRECT_ROUTE,
  probeNetwork: true,
  evaluateRules: () => [],
  networkInformational: false,
  dialPort: (host) => (Number(host.slice(4).split('.')[0]) % 5 === 0 ? hole.port : servers.tlsPort),
});
const codes = {};
for (const e of report.endpoints) codes[e.code] = (codes[e.code] ?? 0) + 1;
const seconds = (performance.now() - started) / 1000;
const waves = Math.ceil(n / 5 / concurrency);
console.log(
  JSON.stringify({
    hosts: n,
    timeoutMs,
    concurrency,
    seconds: Number(seconds.toFixed(2)),
    summary: report.summary,
    codes,
    sequentialWouldTakeS: ((n / 5) * timeoutMs) / 1000,
    lowerBoundS: (waves * timeoutMs) / 1000,
  }),
);
await Promise.all([dns.close(), servers.close(), hole.close()]);
const sample = report.endpoints.find((e) => e.code === 'TLS_HANDSHAKE_FAILED');
if (sample) console.log(sample.message, JSON.stringify(sample.stages.map((s) => [s.stage, s.ms, s.detail?.osError])));
const slow = [...report.endpoints].sort((a, b) => b.stages.reduce((x, s) => x + s.ms, 0) - a.stages.reduce((x, s) => x + s.ms, 0))[0];
console.log('slowest', slow.host, JSON.stringify(slow.stages.map((s) => [s.stage, s.ms, s.status])));
