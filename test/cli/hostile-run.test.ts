import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { Report } from '../../src/model/report.js';
import { startHostileProxy } from '../helpers/hostile-proxy.js';
import { offlineEnv } from '../helpers/offline-env.js';
import { startProxyLab } from '../helpers/proxy-servers.js';
import { CLI } from './run-cli.js';

// Whole runs against hostile networks: each ends by itself within --deadline + 3 s, its report files stay small and
// the process's peak memory stays bounded, whatever the network sent. Peak RSS is read in the child at exit.
const PEAK_RSS_AT_EXIT =
  'import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, `maxrss=${process.resourceUsage().maxRSS}\\n`));';
const PRELOAD = `data:text/javascript,${encodeURIComponent(PEAK_RSS_AT_EXIT)}`;
/** Peak RSS of a small honest run here is about 110 MB; a hostile one may use a 64 MiB PAC runtime on top. */
const RSS_BOUND_MB = 320;
const FORMATS = 'json,html,csv,junit,md';

/**
 * `seconds` runs from the report's own start (what --deadline bounds) to the process's exit; `total` from the spawn,
 * which adds Node's start-up (over a second on this loaded machine) and reading the trust store.
 */
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  total: number;
  maxRssMb: number;
  files: Map<string, number>;
}

async function run(args: string[], out: string): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, CLI, ...args, '--out', out, '--format', FORMATS], {
    env: offlineEnv({ NO_COLOR: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(killer);
  const exited = Date.now();
  const files = new Map(readdirSync(out).map((f) => [f, statSync(join(out, f)).size] as const));
  const runStart = Date.parse((JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as Report).startedAt);
  return {
    code,
    stdout,
    stderr,
    seconds: (exited - runStart) / 1000,
    total: (exited - started) / 1000,
    maxRssMb: Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024,
    files,
  };
}

function catalog(dir: string, hosts: string[]): string {
  const file = join(dir, 'catalog.json');
  writeFileSync(
    file,
    JSON.stringify({
      edition: 'hostile',
      provenance: { title: 'Hostile catalog', url: 'https://example.invalid/', date: '2024-01-01' },
      barePorts: [443],
      groups: [{ id: 'core', title: 'Core' }],
      entries: hosts.map((text) => ({ text, group: 'core' })),
    }),
  );
  return file;
}

function bounded(t: import('tap').Test, name: string, result: Run, deadlineS: number, maxFileBytes: number): void {
  t.ok(
    result.seconds < deadlineS + 3,
    `${name}: ended ${result.seconds.toFixed(1)} s after the run started, ` +
      `${result.total.toFixed(1)} s after the spawn (deadline ${deadlineS} s)`,
  );
  t.ok(
    result.maxRssMb > 0 && result.maxRssMb < RSS_BOUND_MB,
    `${name}: peak RSS ${result.maxRssMb.toFixed(0)} MB (bound ${RSS_BOUND_MB} MB)`,
  );
  for (const [file, size] of result.files) t.ok(size < maxFileBytes, `${name}: ${file} is ${size} bytes`);
  const report = JSON.parse(readFileSync(join(outs.get(result)!, 'latest.json'), 'utf8')) as Report;
  const longest = Math.max(
    ...JSON.stringify(report)
      .match(/"(?:[^"\\]|\\.)*"/g)!
      .map((s) => s.length),
  );
  t.ok(longest < 8 * 1024, `${name}: the longest string in the report has ${longest} characters`);
}
const outs = new WeakMap<Run, string>();

const hosts = Array.from({ length: 8 }, (_, i) => `h${i}.test`);

t.test('a PAC script that loops for every host: the run stops at its deadline', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-hostile-run-'));
  const lab = await startProxyLab(t, { hosts: {} });
  const pac = join(dir, 'loop.pac');
  writeFileSync(pac, 'function FindProxyForURL(url, host) { for (;;) {} }');
  const deadlineS = 3;
  const out = join(dir, 'out');
  // A stage timeout of 8 s allows busy stretches of 1 s: eight of them back to back would pass the deadline.
  const result = await run(
    [
      'check',
      '--catalog',
      catalog(dir, hosts),
      '--dns-server',
      lab.dnsServer,
      '--pac',
      pac,
      '--deadline',
      String(deadlineS),
      '--timeout',
      '8000',
      '--only',
      'network',
      '--json',
    ],
    out,
  );
  outs.set(result, out);
  t.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as Report;
  // The PAC's own stage; how a probe stopped by the run sums up its stages is the probe's business (RUN_STOPPED).
  const codes = report.endpoints.map((e) => e.stages.find((s) => s.stage === 'proxy')?.code);
  t.ok(
    codes.every((c) => c === 'PROXY_PROTOCOL_ERROR' || c === 'RUN_STOPPED'),
    [...new Set(codes)].join(', '),
  );
  t.ok(codes.includes('PROXY_PROTOCOL_ERROR'), "busy calls that ran out their stretch are the script's fault");
  t.ok(codes.includes('RUN_STOPPED'), 'the deadline stopped the rest');
  bounded(t, 'looping PAC', result, deadlineS, 256 * 1024);
});

t.test('a PAC script answering 16 MiB: small reports, bounded memory', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-hostile-run-'));
  const lab = await startProxyLab(t, { hosts: {} });
  const pac = join(dir, 'big.pac');
  writeFileSync(pac, 'function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:1; " + "x".repeat(16 * 1024 * 1024); }');
  const out = join(dir, 'out');
  const deadlineS = 20;
  const result = await run(
    [
      'check',
      '--catalog',
      catalog(dir, hosts),
      '--dns-server',
      lab.dnsServer,
      '--pac',
      pac,
      '--deadline',
      String(deadlineS),
      '--timeout',
      '2000',
      '--only',
      'network',
      '--json',
    ],
    out,
  );
  outs.set(result, out);
  t.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as Report;
  t.same([...new Set(report.endpoints.map((e) => e.code))], ['PROXY_PROTOCOL_ERROR']);
  t.match(report.endpoints[0]!.message, /returned 167772\d\d characters/);
  bounded(t, '16 MiB PAC answer', result, deadlineS, 256 * 1024);
});

t.test('a proxy with a 1 MiB status line and 60 KiB headers: small reports, bounded memory', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-hostile-run-'));
  const lab = await startProxyLab(t, { hosts: {} });
  const huge = await startHostileProxy(t, () => `HTTP/1.1 403 ${'F'.repeat(1024 * 1024)}\r\nContent-Length: 0\r\n\r\n`);
  const wide = await startHostileProxy(t, () =>
    [
      `HTTP/1.1 403 ${'S'.repeat(20 * 1024)}`,
      `Via: 1.1 ${'v'.repeat(20 * 1024)}`,
      `Server: ${'s'.repeat(10 * 1024)}`,
      `X-Squid-Error: ERR_ACCESS_DENIED ${'e'.repeat(8 * 1024)}`,
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n'),
  );
  const deadlineS = 20;
  for (const [name, proxy] of [
    ['1 MiB status line', huge],
    ['60 KiB of headers', wide],
  ] as const) {
    const out = join(dir, name.replace(/\W+/g, '-'));
    const result = await run(
      [
        'check',
        '--catalog',
        catalog(dir, hosts),
        '--dns-server',
        lab.dnsServer,
        '--proxy',
        proxy.url,
        '--deadline',
        String(deadlineS),
        '--timeout',
        '2000',
        '--only',
        'network',
        '--json',
      ],
      out,
    );
    outs.set(result, out);
    t.equal(result.code, 1, `${name}: ${result.stderr}`);
    const report = JSON.parse(result.stdout) as Report;
    t.same(
      [...new Set(report.endpoints.map((e) => e.code))],
      [name === '1 MiB status line' ? 'PROXY_PROTOCOL_ERROR' : 'PROXY_DENIED'],
      name,
    );
    bounded(t, name, result, deadlineS, 512 * 1024);
  }
});
