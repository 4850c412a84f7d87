import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { startDnsServer } from '../../src/demo/dns-server.js';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import type { Report } from '../../src/model/report.js';
import { writeLabCatalog } from '../helpers/lab-catalog.js';
import { startSocksServer } from '../helpers/socks-server.js';
import { runCli } from './run-cli.js';

type Teardown = { teardown(fn: () => unknown): void };

/** A web server on 127.0.0.1 (IIS on the site server, in effect) that counts the connections it accepts. */
async function localWebServer(t: Teardown): Promise<{ port: number; connections(): number }> {
  let count = 0;
  const server = http.createServer((_req, res) => res.end('IIS'));
  server.on('connection', () => (count += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { port: (server.address() as net.AddressInfo).port, connections: () => count };
}

const DEADLINE_S = 10;

t.test('check --lab-addresses: a sinkhole without it, a real endpoint with it; a bad range is exit 2', async (t) => {
  const web = await localWebServer(t);
  const dns = await startDnsServer({ zone: { 'login.microsoftonline.com': { a: ['127.0.0.1'] } } });
  t.teardown(() => dns.close());
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-sinkhole-'));
  // The catalog URL carries the local server's port, so the probe dials exactly where IIS would answer.
  const catalog = writeLabCatalog(dir, [`http://login.microsoftonline.com:${web.port}/`]);
  const base = ['check', '--catalog', catalog, '--dns-server', dns.server, '--timeout', '1500', '--deadline', String(DEADLINE_S), '--json'];

  const began = Date.now();
  const sunk = await runCli([...base, '--out', join(dir, 'sunk')]);
  t.ok(Date.now() - began < (DEADLINE_S + 3) * 1000, 'the run ends within --deadline + 3 s');
  t.equal(sunk.code, 1, 'NOT READY');
  const report = JSON.parse(sunk.stdout) as Report;
  t.match(report.endpoints[0], {
    status: 'fail',
    code: 'DNS_SINKHOLED',
    message: new RegExp(
      String.raw`^login\.microsoftonline\.com resolves to 127\.0\.0\.1 \(loopback, this host itself\) according to` +
        String.raw` DNS server .*: a DNS filter answers in place of the endpoint \(a sinkhole\)\. Nothing was connected` +
        String.raw` to it$`,
    ),
    remediation: /DNS filtering policy/,
  });
  t.equal(report.settings.labAddresses, undefined, 'not a lab run');
  t.equal(web.connections(), 0, 'the local server received no connection');

  const lab = await runCli([...base, '--lab-addresses', '127.0.0.0/8', '--out', join(dir, 'lab')]);
  t.equal(lab.code, 0, `READY in the lab: ${lab.stderr}`);
  const labReport = JSON.parse(lab.stdout) as Report;
  t.match(labReport.endpoints[0], { status: 'pass', code: null });
  t.same(labReport.settings.labAddresses, ['127.0.0.0/8'], 'the report says it was a lab run');
  t.same(reportSchemaErrors(labReport), [], 'settings.labAddresses is in the schema');
  t.ok(web.connections() >= 1, 'probed as a real endpoint');
  const shown = await runCli([
    ...base.filter((a) => a !== '--json'),
    '--lab-addresses',
    '127.0.0.0/8',
    '--format',
    'html',
    '--out',
    join(dir, 'shown'),
  ]);
  t.match(shown.stdout, /^Lab addresses: 127\.0\.0\.0\/8 \(test labs only/m, 'the console says it was a lab run');
  t.match(
    readFileSync(join(dir, 'shown', 'latest.html'), 'utf8'),
    /Lab addresses<\/th><td class="wrap">127\.0\.0\.0\/8 \(--lab-addresses, test labs only/,
    'so does the HTML',
  );

  const unspecified = await startDnsServer({ zone: { 'login.microsoftonline.com': { a: ['0.0.0.0'] } } });
  t.teardown(() => unspecified.close());
  const zero = await runCli([
    'check',
    '--catalog',
    catalog,
    '--dns-server',
    unspecified.server,
    '--lab-addresses',
    '0.0.0.0/8,127.0.0.0/8',
    '--json',
    '--out',
    join(dir, 'zero'),
    '--timeout',
    '1500',
  ]);
  t.match(
    (JSON.parse(zero.stdout) as Report).endpoints[0],
    { code: 'DNS_SINKHOLED', message: /0\.0\.0\.0 \(the unspecified address/ },
    '0.0.0.0 stays a sinkhole',
  );

  const before = web.connections();
  for (const command of ['check', 'demo']) {
    const out = join(dir, `bad-${command}`);
    const bad = await runCli(
      [command, '--dns-server', dns.server, '--lab-addresses', '127.0.0.0/8', '--lab-addresses', '10.0.0.0/33', '--out', out],
      { timeoutMs: 20_000 },
    );
    t.equal(bad.code, 2, `${command}: bad input`);
    t.equal(bad.stdout, '');
    t.match(
      bad.stderr,
      /^scp-preflight: error: --lab-addresses: "10\.0\.0\.0\/33": the prefix length must be a number from 0 to 32\n$/,
      'one line naming the flag and the fix',
    );
    t.notOk(existsSync(out), 'nothing written');
  }
  t.equal(web.connections(), before, 'no probe ran');
});

t.test('a private answer passes with a note that every view shows', async (t) => {
  const web = await localWebServer(t);
  // SOCKS5 resolves on this host, so 10.1.2.3 is this run's own answer; the test's proxy carries it to the local
  // server, so nothing leaves the machine.
  const socks = await startSocksServer({ connectTo: () => ({ host: '127.0.0.1', port: web.port }) });
  t.teardown(() => socks.close());
  const dns = await startDnsServer({ zone: { 'sccm.manage.microsoft.com': { a: ['10.1.2.3'] } } });
  t.teardown(() => dns.close());
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-private-'));
  const catalog = writeLabCatalog(dir, ['http://sccm.manage.microsoft.com/']);
  const out = join(dir, 'out');
  const run = await runCli([
    'check',
    '--catalog',
    catalog,
    '--dns-server',
    dns.server,
    '--proxy',
    `socks5://127.0.0.1:${socks.port}`,
    '--timeout',
    '1500',
    '--format',
    'json,html,md,junit',
    '--out',
    out,
  ]);
  t.equal(run.code, 0, `a private endpoint is still READY: ${run.stderr}`);
  t.same(
    socks.requests.map((r) => r.host),
    ['10.1.2.3'],
  );
  t.match(run.stdout, /split-horizon/, 'console');
  const report = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as Report;
  t.match(report.endpoints[0], {
    status: 'pass',
    message: /Note: 10\.1\.2\.3 \(private, RFC 1918\) is an internal address, not on the internet: split-horizon DNS or a private endpoint/,
  });
  t.match(report.endpoints[0]!.stages[0], { stage: 'dns', status: 'pass', note: /split-horizon DNS or a private endpoint/ });
  t.same(reportSchemaErrors(report), [], 'a stage note is in the schema');
  for (const file of ['latest.html', 'latest.md', 'latest.junit.xml']) {
    t.match(
      readFileSync(join(out, file), 'utf8'),
      /10\.1\.2\.3 \(private, RFC 1918\) is an internal address, not on the internet: split-horizon DNS/,
      file,
    );
  }
});
