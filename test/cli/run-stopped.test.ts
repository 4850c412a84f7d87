import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { closedPort } from '../../src/demo/closed-port.js';
import type { Report } from '../../src/model/report.js';
import { offlineEnv } from '../helpers/offline-env.js';
import { CLI, runCli } from './run-cli.js';

// Issue 8: a run stopped by --deadline or Ctrl-C reports RUN_STOPPED (skip) for what it cut short and is never
// READY. A PAC script that spent the deadline in dnsResolve() must not be reported as PROXY_UNREACHABLE "did not
// open" for a proxy that was never dialled. Names go to a loopback DNS server that receives and never answers.

const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-stopped-'));
const catalog = join(dir, 'catalog.json');
writeFileSync(
  catalog,
  JSON.stringify({
    edition: 'lab',
    provenance: { title: 'stopped-run lab', url: 'https://example.invalid/', date: '2026-01-01' },
    barePorts: [443],
    groups: [{ id: 'core', title: 'Core' }],
    entries: [
      { text: 'stuck-one.test', group: 'core' },
      { text: 'stuck-two.test', group: 'core' },
    ],
  }),
);

async function silentDns(t: { teardown(fn: () => unknown): void }, onQuery: () => void = () => {}): Promise<string> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', onQuery);
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => socket.close(() => resolve())));
  return `127.0.0.1:${socket.address().port}`;
}

const DEADLINE_S = 2;

/**
 * What starting the CLI costs on this machine right now (`--version`: module loading only). The bound under test is
 * the run's (deadline + 3 s), so it is measured on top of that, not against the load of a shared CI machine.
 */
async function startupMs(): Promise<number> {
  const began = Date.now();
  await runCli(['--version']);
  return Date.now() - began;
}

t.test("--deadline during a PAC script's dnsResolve: RUN_STOPPED, the proxy never blamed, not READY", async (t) => {
  const dns = await silentDns(t);
  const pac = join(dir, 'resolving.pac');
  writeFileSync(
    pac,
    `function FindProxyForURL(url, host) {
    if (isInNet(dnsResolve(host), "10.0.0.0", "255.0.0.0")) return "DIRECT";
    return "PROXY 127.0.0.1:${await closedPort()}";
  }`,
  );
  const startup = await startupMs();
  const started = Date.now();
  const result = await runCli(
    [
      'check',
      '--catalog',
      catalog,
      '--dns-server',
      dns,
      '--pac',
      pac,
      '--deadline',
      String(DEADLINE_S),
      '--timeout',
      '20000',
      '--only',
      'network',
      '--json',
      '--out',
      join(dir, 'pac'),
    ],
    { timeoutMs: 30_000 },
  );
  const wall = Date.now() - started;
  t.equal(result.code, 1, `a stopped run is not ready: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as Report;
  t.equal(report.verdict, 'not-ready');
  t.match(report.stopped, { cause: 'deadline', message: /--deadline of 2 s passed: 2 endpoint result\(s\) were not measured/ });
  for (const endpoint of report.endpoints) {
    t.match(endpoint, {
      status: 'skip',
      code: 'RUN_STOPPED',
      message: /--deadline of 2 s passed while the proxy configuration \(PAC\) was choosing the route to stuck-(one|two)\.test port 443/,
    });
    t.notOk(
      endpoint.stages.some((s) => s.code === 'PROXY_UNREACHABLE' || s.stage === 'connect'),
      `${endpoint.host}: no proxy was dialled or blamed`,
    );
  }
  t.ok(
    wall < startup + DEADLINE_S * 1000 + 3000,
    `the process ended ${wall} ms after it started (startup ${startup} ms), within startup + deadline + 3 s`,
  );
});

t.test('--deadline while DNS is silent on a direct route: RUN_STOPPED at the dns stage, not DNS_TIMEOUT', async (t) => {
  const dns = await silentDns(t);
  const startup = await startupMs();
  const started = Date.now();
  const result = await runCli(
    [
      'check',
      '--catalog',
      catalog,
      '--dns-server',
      dns,
      '--deadline',
      String(DEADLINE_S),
      '--timeout',
      '20000',
      '--only',
      'network',
      '--json',
      '--out',
      join(dir, 'direct'),
    ],
    { timeoutMs: 30_000 },
  );
  const wall = Date.now() - started;
  t.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as Report;
  t.same(
    report.endpoints.map((e) => `${e.status} ${e.code} ${e.stages[0]?.stage}`),
    ['skip RUN_STOPPED dns', 'skip RUN_STOPPED dns'],
  );
  t.match(report.endpoints[0]!.remediation, /longer --deadline/);
  t.ok(wall < startup + DEADLINE_S * 1000 + 3000, `ended in ${wall} ms (startup ${startup} ms), within startup + deadline + 3 s`);
});

t.test('Ctrl-C (SIGINT): the report says the run was interrupted', async (t) => {
  // SIGINT goes out once the probes are waiting, which the silent DNS server sees as the first query.
  let interrupted = 0;
  let child: ReturnType<typeof spawn> | null = null;
  const dns = await silentDns(t, () => {
    if (interrupted !== 0 || child === null) return;
    interrupted = Date.now();
    child.kill('SIGINT');
  });
  child = spawn(
    process.execPath,
    [
      CLI,
      'check',
      '--catalog',
      catalog,
      '--dns-server',
      dns,
      '--timeout',
      '20000',
      '--only',
      'network',
      '--json',
      '--out',
      join(dir, 'sigint'),
    ],
    { env: offlineEnv({ NO_COLOR: '1' }), stdio: 'pipe' },
  );
  let stdout = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.resume();
  const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(kill);
  t.ok(interrupted > 0, 'the probes were waiting when SIGINT went out');
  t.equal(code, 1, 'not ready');
  const report = JSON.parse(stdout) as Report;
  t.match(report.stopped, { cause: 'interrupt' });
  t.ok(
    report.endpoints.every((e) => e.code === 'RUN_STOPPED' && /stopped by Ctrl-C \(interrupted\)/.test(e.message)),
    'every result says Ctrl-C stopped it',
  );
  const after = Date.now() - interrupted;
  t.ok(after < 3000, `ended ${after} ms after the interrupt, within 3 s`);
});
