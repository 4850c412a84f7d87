// The performance harness of issue 10: N HTTPS endpoints on loopback, a share of them black-holed, probed by the
// real CLI (dist/, as a child process) and by `curl --parallel` on the same endpoints in the same run; prints wall,
// CPU (user + sys of the child) and peak RSS side by side, with the ratios. No root needed: every endpoint is a
// name (SNI) on one TLS listener, answered by our own loopback DNS server for the CLI and by `--resolve` for curl;
// the DNS server answers from its own thread (dns-worker.mjs); the black hole is a listener whose accept queue is
// full, so SYNs are dropped and connects time out.
//
//   npm run build && npm run bench -- --endpoints 2000 --blackholed 0.25 --timeout 2000 [--concurrency 64]
//     [--curl-parallel 256] [--formats json,html] [--cli-only] [--cpu-prof DIR] [--keep-reports DIR] [--cli dist/cli/main.js] [--json]
//     [--node-defaults] [--exe release/scp-preflight-<version>-linux-x64]
//
// The child runs as `npm start` and the release executables run it: with the V8 start-up flags of
// src/cli/heap-settings.ts (--node-defaults leaves them out, as `node dist/cli/main.js` would). --exe runs a release
// executable instead (`npm run package`): its embedded Node and the flags of its SEA configuration.
// Measured with GNU time (/usr/bin/time -f): %e wall, %U + %S CPU, %M peak RSS of the child alone.
// BENCH_NODE_ARGS='--require x.cjs' adds Node flags to the CLI child (a memory sampler, say) and prints its stderr.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { startBlackHole } from '../dist/demo/black-hole.js';
import { createCertificateAuthority } from '../dist/demo/certificate-authority.js';
import { START_UP_FLAGS } from '../dist/cli/heap-settings.js';

const { values } = parseArgs({
  options: {
    endpoints: { type: 'string', default: '2000' },
    blackholed: { type: 'string', default: '0.25' },
    timeout: { type: 'string', default: '2000' },
    concurrency: { type: 'string' },
    'curl-parallel': { type: 'string', default: '256' },
    formats: { type: 'string', default: 'json,html' },
    'cli-only': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    json: { type: 'boolean', default: false },
    'keep-reports': { type: 'string' },
    cli: { type: 'string', default: 'dist/cli/main.js' },
    'node-defaults': { type: 'boolean', default: false },
    exe: { type: 'string' },
  },
});
const n = Number(values.endpoints);
const share = Number(values.blackholed);
const timeoutMs = Number(values.timeout);
if (!Number.isInteger(n) || n < 1 || !(share >= 0 && share <= 1) || !(timeoutMs >= 50)) {
  console.error('usage: npm run bench -- --endpoints N --blackholed 0..1 --timeout MS');
  process.exit(2);
}
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('bench: needs GNU time at /usr/bin/time (Debian package "time") to measure the child alone');
  process.exit(2);
}

// Every k-th endpoint is black-holed, spread through the list as in a real catalog (not all at its end).
const blackholed = (i) => share > 0 && Math.floor((i + 1) * share) > Math.floor(i * share);
const names = Array.from({ length: n }, (_, i) => `host${i}.bench.test`);
const dir = mkdtempSync(join(tmpdir(), 'scp-bench-'));

// One wildcard certificate for all names: many real endpoints share a CDN certificate, and the chain cache is
// part of what is measured. The server runs in this process, never in the measured child.
const ca = createCertificateAuthority({ commonName: 'scp-preflight bench root', organization: 'Bench' });
const leaf = ca.issue({ hosts: ['*.bench.test'] });
const server = https.createServer({ key: leaf.keyPem, cert: leaf.chainPem }, (req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain', connection: 'close' });
  res.end('ok\n');
});
server.maxConnections = 1e6;
await new Promise((resolve) => server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, resolve));
const tlsPort = server.address().port;
const hole = await startBlackHole();
const dnsThread = new Worker(new URL('./dns-worker.mjs', import.meta.url), { workerData: { names } });
const [{ server: dnsServer }] = await once(dnsThread, 'message');
const portOf = (i) => (blackholed(i) ? hole.port : tlsPort);

const rootFile = join(dir, 'root.pem');
writeFileSync(rootFile, ca.certPem);
const catalogFile = join(dir, 'catalog.json');
writeFileSync(
  catalogFile,
  JSON.stringify({
    edition: 'bench',
    barePorts: [443],
    provenance: { title: 'bench', url: 'https://bench.invalid', date: '2026-12-02' },
    groups: [{ id: 'bench', title: 'Bench endpoints' }],
    entries: names.map((text, i) => ({ text, group: 'bench', ports: [portOf(i)] })),
  }),
);
const curlConfig = join(dir, 'curl.cfg');
writeFileSync(
  curlConfig,
  names
    .map((name, i) => `url = "https://${name}:${portOf(i)}/"\noutput = "/dev/null"\nresolve = "${name}:${portOf(i)}:127.0.0.1"\n`)
    .join(''),
);

// The harness's own CPU (the TLS listener and the DNS thread answering the child) while a child runs: on a machine
// with few cores it competes with the child, so the wall time cannot be below (child CPU + harness CPU) / cores.
async function measured(command, args, env = process.env) {
  const before = process.cpuUsage();
  const m = await measuredChild(command, args, env);
  const used = process.cpuUsage(before);
  return { ...m, harnessCpu: (used.user + used.system) / 1e6 };
}

/** Runs a command under GNU time; resolves with its figures and stdout. */
function measuredChild(command, args, env) {
  const timeFile = join(dir, `time-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-o', timeFile, '-f', '%e %U %S %M', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const [wall, user, sys, rssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      resolve({
        code,
        wall,
        cpu: user + sys,
        user,
        sys,
        rssMb: rssKb / 1024,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      });
    });
  });
}

const outDir = values['keep-reports'] ?? join(dir, 'reports');
if (values.exe && (values['node-defaults'] || values['cpu-prof'] || process.env.BENCH_NODE_ARGS)) {
  console.error('bench: --exe starts with the flags of its SEA configuration; --node-defaults, --cpu-prof and BENCH_NODE_ARGS need node');
  process.exit(2);
}
const nodeArgs = values.exe
  ? []
  : [
      ...(values['node-defaults'] ? [] : START_UP_FLAGS),
      ...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []),
      ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : []),
      values.cli,
    ];
// The verdicts are read back from the JSON report.
const cliFormats = /\bjson\b/.test(values.formats) ? values.formats : `json,${values.formats}`;
const cliArgs = [
  ...nodeArgs,
  'check',
  '--catalog',
  catalogFile,
  '--dns-server',
  dnsServer,
  '--public-roots',
  rootFile,
  '--lab-addresses',
  '127.0.0.1/32',
  '--timeout',
  String(timeoutMs),
  '--only',
  'network',
  '--quiet',
  '--out',
  outDir,
  '--format',
  cliFormats,
  ...(values.concurrency ? ['--concurrency', values.concurrency] : []),
];
// The children get no proxy variables: every endpoint is on loopback and must be reached directly. Nor
// NODE_EXTRA_CA_CERTS, which curl ignores: Node would parse that bundle (~140 certificates, ~0.1 s here) at start and
// the check would read it into its trust store, a cost of the machine's setting rather than of the tool.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/_proxy$/i.test(k) && k !== 'NODE_EXTRA_CA_CERTS'));
// The CLI says how long its phases took (src/cli/execute-check.ts): the report files' time inside the run.
const cli = await measured(values.exe ?? process.execPath, cliArgs, { ...env, NODE_DEBUG: 'scp-preflight:timing' });
/** `probes and rules` and `report files`: wall, CPU and main-thread CPU seconds, from the child's NODE_DEBUG lines. */
// (A build from before CPU was given, run with --cli, gives wall seconds alone; one from before 2026-12-07 no main thread.)
const timed = [
  ...cli.stderr.matchAll(/^SCP-PREFLIGHT:TIMING \d+: ([a-z ]+): ([\d.]+) s(?: \(CPU ([\d.]+) s(?:, main thread ([\d.]+) s)?\))?/gm),
];
const phases = Object.fromEntries(timed.map((m) => [m[1], Number(m[2])]));
const phasesCpu = Object.fromEntries(timed.flatMap((m) => (m[3] === undefined ? [] : [[m[1], Number(m[3])]])));
// The thread that runs every probe's JavaScript and TLS: what no second core can take over, so a floor of its own.
const phasesThread = Object.fromEntries(timed.flatMap((m) => (m[4] === undefined ? [] : [[m[1], Number(m[4])]])));
const report = JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8'));
const codes = {};
for (const e of report.endpoints) codes[e.code ?? 'PASS'] = (codes[e.code ?? 'PASS'] ?? 0) + 1;
const expectedHoles = names.filter((_, i) => blackholed(i)).length;
const correct = codes.PASS === n - expectedHoles && (codes.CONNECT_TIMEOUT ?? 0) === expectedHoles;

let curl = null;
const hasCurl = !values['cli-only'] && spawnable('curl');
if (hasCurl) {
  curl = await measured(
    'curl',
    [
      '--parallel',
      '--parallel-max',
      values['curl-parallel'],
      '--connect-timeout',
      String(timeoutMs / 1000),
      '--max-time',
      String((timeoutMs * 3) / 1000),
      '--cacert',
      rootFile,
      '-s',
      '-w',
      '%{http_code}\\n',
      '-K',
      curlConfig,
    ],
    env,
  );
  const statuses = curl.stdout.trim().split('\n');
  curl.ok = statuses.filter((s) => s === '200').length;
}
dnsThread.postMessage('close');
await Promise.all([
  once(dnsThread, 'exit'),
  hole.close(),
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  }),
]);
rmSync(dir, { recursive: true, force: true });

const goal = 1.5 * (timeoutMs / 1000) + 1;
const cores = availableParallelism();
const floor = (m) => (m.cpu + m.harnessCpu) / cores;
const seconds = (x) => `${x.toFixed(2)} s`;
const row = (label, m) =>
  `| ${label} | ${seconds(m.wall)} | ${seconds(m.cpu)} | ${m.rssMb.toFixed(0)} MB | ${seconds(m.harnessCpu)} | ${seconds(floor(m))} |`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const result = {
  endpoints: n,
  blackholed: expectedHoles,
  timeoutMs,
  concurrency: values.concurrency ?? 'default',
  nodeFlags: values.exe ? null : nodeArgs.slice(0, -1),
  exe: values.exe ?? null,
  cli: {
    wall: cli.wall,
    cpu: Number(cli.cpu.toFixed(2)),
    harnessCpu: Number(cli.harnessCpu.toFixed(2)),
    cpuFloorWallS: Number(floor(cli).toFixed(2)),
    rssMb: Number(cli.rssMb.toFixed(1)),
    exit: cli.code,
    codes,
    verdictsAsExpected: correct,
    probesS: phases['probes and rules'] ?? null,
    probesCpuS: phasesCpu['probes and rules'] ?? null,
    probesMainThreadS: phasesThread['probes and rules'] ?? null,
    reportFilesS: phases['report files'] ?? null,
    reportFilesCpuS: phasesCpu['report files'] ?? null,
  },
  curl: curl && {
    wall: curl.wall,
    cpu: Number(curl.cpu.toFixed(2)),
    rssMb: Number(curl.rssMb.toFixed(1)),
    harnessCpu: Number(curl.harnessCpu.toFixed(2)),
    cpuFloorWallS: Number(floor(curl).toFixed(2)),
    ok: curl.ok,
  },
  goalWallS: goal,
  cores,
};
if (values.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`${n} HTTPS endpoints on loopback, ${expectedHoles} black-holed, --timeout ${timeoutMs} ms (goal: wall ≤ ${goal} s)\n`);
  console.log(`| | wall | CPU | peak RSS | harness CPU | CPU floor on ${cores} cores |\n|---|---|---|---|---|---|`);
  if (curl) console.log(row(`\`curl --parallel --parallel-max ${values['curl-parallel']}\``, curl));
  const which = values.exe ? ` (${values.exe})` : values.cli === 'dist/cli/main.js' ? '' : ` (${values.cli})`;
  const v8 = values['node-defaults'] ? ', V8 defaults' : '';
  console.log(row(`scp-preflight${which} ${values.concurrency ? `\`--concurrency ${values.concurrency}\`` : 'default'}${v8}`, cli));
  if (curl)
    console.log(
      `| ratio scp-preflight / curl | ${ratio(cli.wall, curl.wall)} | ${ratio(cli.cpu, curl.cpu)} | ${ratio(cli.rssMb, curl.rssMb)} | | |`,
    );
  console.log(
    '\nharness CPU: the loopback TLS server and DNS thread that answer the child, on the same cores. CPU floor: ' +
      '(child + harness CPU) / cores, the least wall time this machine allows for the run.',
  );
  console.log(`\nscp-preflight codes: ${JSON.stringify(codes)}${correct ? ' (as expected)' : ' (NOT as expected)'}; exit ${cli.code}`);
  const reportCpu = phasesCpu['report files'];
  if (phases['report files'] !== undefined)
    console.log(
      `inside the run: probes and rules ${seconds(phases['probes and rules'] ?? NaN)}, report files (${cliFormats}) ` +
        `${seconds(phases['report files'])}${reportCpu === undefined ? '' : ` (CPU ${seconds(reportCpu)})`}`,
    );
  const probesCpu = phasesCpu['probes and rules'];
  const mainThread = phasesThread['probes and rules'];
  if (probesCpu !== undefined && mainThread !== undefined)
    console.log(
      `probes and rules: CPU ${seconds(probesCpu)}, of which the main thread ${seconds(mainThread)} (a floor for the ` +
        `wall time that no second core lowers) and V8's helper threads (garbage collection, compiler) ${seconds(probesCpu - mainThread)}`,
    );
  if (curl) console.log(`curl: ${curl.ok} of ${n} answered 200`);
}
if (!correct || process.env.BENCH_NODE_ARGS) {
  process.stderr.write(cli.stderr);
  process.exitCode = 1;
}

function spawnable(command) {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
