// Measures `merge` at fleet scale: N saved reports × 40 endpoints (the demo with every group and Intune), each a
// copy of one real demo run under another --host-label with a seeded share of its endpoints failing, so the matrix,
// firewall rows and differences all have work. The merge runs in a child process, so its peak memory is its own.
// Run after `npm run build`:  node bench/merge.mjs [reports=500]
// Target (issue 12): 500 reports in ≤ 5 s and ≤ 300 MB. A measurement, not a test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

if (process.argv[2] === '--child') {
  const [, , , dir, out] = process.argv;
  const { reportFilesIn, loadDigests, simulationState } = await import('../dist/fleet/load-reports.js');
  const { buildFleet } = await import('../dist/fleet/build-fleet.js');
  const { writeFleetFiles } = await import('../dist/fleet/write-fleet-files.js');
  const started = performance.now();
  const digests = loadDigests(reportFilesIn(dir));
  const fleet = buildFleet(digests, { simulation: simulationState(digests, true), createdAt: new Date().toISOString() });
  const files = await writeFleetFiles(fleet, { outDir: out, formats: ['html', 'csv', 'json', 'md'], stamp: new Date() });
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      hosts: fleet.hosts.length,
      endpoints: fleet.endpoints.length,
      rows: fleet.firewall.length,
      differences: fleet.differences.length,
      files,
    }),
  );
  process.exit(0);
}

const n = Number(process.argv[2] ?? 500);
const work = mkdtempSync(join(tmpdir(), 'bench-merge-'));
try {
  // One real run: the demo's simulated network, every optional group and Intune: 40 endpoint results.
  // Exit code 1 is the demo's verdict (not ready), not a failure of the run.
  const demo = spawnSync(
    process.execPath,
    [CLI, 'demo', '--groups', 'all', '--intune', '--summary', '--out', join(work, 'seed'), '--timeout', '1000'],
    { encoding: 'utf8' },
  );
  if (demo.status !== 0 && demo.status !== 1) throw new Error(demo.stderr);
  const summary = JSON.parse(demo.stdout);
  const seed = JSON.parse(readFileSync(summary.report, 'utf8'));
  let state = 12;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const share = join(work, 'share');
  let bytes = 0;
  for (let i = 0; i < n; i += 1) {
    const host = `bench-host-${String(i).padStart(3, '0')}`;
    const endpoints = seed.endpoints.map((e) =>
      e.status === 'pass' && random() < 0.1
        ? {
            ...e,
            status: 'fail',
            code: 'CONNECT_TIMEOUT',
            message: `TCP connection to ${e.host} port ${e.port} got no answer within 1000 ms: packets are silently dropped.`,
            remediation: 'Allow outbound TCP to this host and port on every firewall between the SCP and the internet.',
          }
        : e,
    );
    const fail = endpoints.filter((e) => e.status === 'fail').length;
    const report = {
      ...seed,
      host: { ...seed.host, label: host },
      startedAt: new Date(Date.parse(seed.startedAt) + i * 1000).toISOString(),
      endpoints,
      verdict: fail > 0 ? 'not-ready' : seed.verdict,
    };
    mkdirSync(join(share, host), { recursive: true });
    const text = `${JSON.stringify(report, null, 2)}\n`;
    bytes += text.length;
    writeFileSync(join(share, host, 'scp-preflight-20260101-000000.json'), text);
  }
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', share, join(work, 'out')], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const r = JSON.parse(child.stdout);
  console.log(
    `${n} reports × ${seed.endpoints.length} endpoint results (${(bytes / 2 ** 20).toFixed(0)} MB of JSON) → ` +
      `${r.hosts} hosts × ${r.endpoints} endpoints, ${r.rows} firewall rows, ${r.differences} differences`,
  );
  console.log(
    `merge (read + validate + build + write html,csv,json,md): ${(r.ms / 1000).toFixed(2)} s, ` +
      `peak RSS ${r.maxRssMb.toFixed(0)} MB (target ≤ 5 s, ≤ 300 MB)`,
  );
  console.log(
    `fleet files: ${readdirSync(join(work, 'out'))
      .map((f) => `${f} ${(readFileSync(join(work, 'out', f)).length / 2 ** 20).toFixed(1)} MB`)
      .join(', ')}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
