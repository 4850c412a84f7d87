import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { startDnsServer } from '../../src/demo/dns-server.js';
import type { Report } from '../../src/model/report.js';
import { offlineEnv } from '../helpers/offline-env.js';
import { writeLabCatalog } from '../helpers/lab-catalog.js';
import { haveProgram } from '../helpers/real-programs.js';
import { CLI } from './run-cli.js';

// Issue 10: a run holds up to openLimit() probes in flight, each with a socket. Past the process's descriptor
// limit a connect fails with EMFILE, which read as CONNECT_REFUSED: with 1,024 probes in flight under a soft
// limit of 600, 664 of 1,500 live loopback endpoints were reported refused. The open limit now follows the
// descriptors; this run has more endpoints than its child may open files, and every one must pass.
const ENDPOINTS = 600;
const SOFT_LIMIT = 400;

t.test(`a run under a limit of ${SOFT_LIMIT} open files probes ${ENDPOINTS} endpoints without a false failure`, async (t) => {
  if (!haveProgram(t, '/usr/bin/prlimit', 'util-linux')) return;
  let connections = 0;
  const server = http.createServer((_req, res) => res.end('ok'));
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0, backlog: 1024 }, resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as net.AddressInfo;
  const names = Array.from({ length: ENDPOINTS }, (_, i) => `host${i}.limit.test`);
  const dns = await startDnsServer({ zone: Object.fromEntries(names.map((n) => [n, { a: ['127.0.0.1'] }])) });
  t.teardown(() => dns.close());
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-fd-limit-'));
  const catalog = writeLabCatalog(
    dir,
    names.map((n) => `http://${n}:${port}/`),
  );
  const args = ['check', '--catalog', catalog, '--dns-server', dns.server, '--lab-addresses', '127.0.0.1/32'];
  const out = join(dir, 'reports');
  const child = spawn(
    '/usr/bin/prlimit',
    [`--nofile=${SOFT_LIMIT}:${SOFT_LIMIT}`, '--', process.execPath, CLI, ...args, '--timeout', '5000', '--quiet', '--out', out],
    { env: offlineEnv({ NO_COLOR: '1' }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (exit: number | null) => resolve(exit)));
  clearTimeout(timer);
  t.equal(code, 0, `READY (exit 0); stderr: ${stderr.slice(0, 500)}`);
  const report = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as Report;
  const failed = report.endpoints.filter((e) => e.status !== 'pass');
  t.equal(report.endpoints.length, ENDPOINTS, 'every endpoint is in the report');
  t.same(
    failed.slice(0, 5).map((e) => `${e.host}: ${e.code ?? ''} ${e.message}`),
    [],
    `no endpoint failed (${failed.length} did)`,
  );
  t.ok(connections >= ENDPOINTS, `the server saw every probe (${connections} connections)`);
});
