import dgram from 'node:dgram';
import t from 'tap';
import { runSignal } from '../../src/probes/bounded-signal.js';
import { probeTarget } from '../../src/probes/probe-target.js';
import { runProbes } from '../../src/probes/run-probes.js';
import type { StageName } from '../../src/probes/types.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { rawServer, rawTlsServer, startProbeLab } from '../helpers/probe-lab.js';
import { https, startProxyLab } from '../helpers/proxy-servers.js';

// Issue 8: a probe cut short by the run's deadline or Ctrl-C is `skip` RUN_STOPPED saying the run was stopped
// (and which), at whatever stage it was waiting, never CONNECT_TIMEOUT with a firewall fix, DNS_TIMEOUT,
// HTTP_TIMEOUT or PROXY_*. Each stage below waits on a real silent peer with a stage timeout far beyond the deadline.

const STAGE_TIMEOUT = 20_000;
const DEADLINE = 500;

t.test('the deadline stops a probe at every stage: dns, connect, tls, http', async (t) => {
  const silentDns = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => silentDns.bind(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => silentDns.close(() => resolve())));
  const ports: Record<string, number> = {};
  const zone = Object.fromEntries(['bh.test', 'tls-silent.test', 'http-silent.test'].map((h) => [h, { a: ['127.0.0.1'] }]));
  const lab = await startProbeLab(t, { zone, hosts: {}, route: (host, _port, p) => ports[host] ?? p.blackHole });
  ports['tls-silent.test'] = await rawServer(t, () => {}); // accepts TCP, never answers the ClientHello
  ports['http-silent.test'] = await rawTlsServer(t, lab.ca, 'http-silent.test', () => {}); // TLS, then silence
  const cases: [string, string, StageName, RegExp][] = [
    ['dns', 'dns-silent.test', 'dns', /while resolving dns-silent\.test/],
    ['connect', 'bh.test', 'connect', /while opening the TCP connection to bh\.test \(127\.0\.0\.1\) port 443/],
    ['tls', 'tls-silent.test', 'tls', /while the TLS handshake with tls-silent\.test port 443 was under way/],
    ['http', 'http-silent.test', 'http', /while waiting for the HTTP answer of http-silent\.test port 443/],
  ];
  for (const [name, host, stage, doing] of cases) {
    const run = runSignal([], DEADLINE);
    t.teardown(() => run.dispose());
    const base = lab.context({ timeoutMs: STAGE_TIMEOUT, signal: run.signal });
    const context = name === 'dns' ? { ...base, dnsServers: [`127.0.0.1:${silentDns.address().port}`] } : base;
    const started = Date.now();
    const outcome = await probeTarget({ id: host, host, port: 443, scheme: 'https', path: '/' }, context, run.signal);
    const wall = Date.now() - started;
    t.equal(outcome.code, 'RUN_STOPPED', `${name}: ${outcome.message}`);
    t.equal(outcome.status, 'skip', `${name}: skip, not fail`);
    t.match(outcome.message, /^Not measured: the run was stopped because its --deadline of 0\.5 s passed /);
    t.match(outcome.message, doing, `${name}: says what was under way`);
    const index = outcome.stages.findIndex((s) => s.code === 'RUN_STOPPED');
    t.equal(outcome.stages[index]?.stage, stage, `${name}: the stage that was waiting carries the code`);
    t.ok(
      outcome.stages.slice(0, index).every((s) => s.status === 'pass'),
      `${name}: earlier stages keep their pass`,
    );
    t.ok(
      outcome.stages.slice(index + 1).every((s) => s.status === 'skip' && s.message === 'Skipped: the run was stopped.'),
      `${name}: later stages say why they did not run`,
    );
    t.notMatch(outcome.message, /firewall|silently dropped|within \d+ ms/);
    t.ok(wall < DEADLINE + 3000, `${name}: ended ${wall} ms after the start, within the deadline + 3 s`);
  }
});

t.test('Ctrl-C is named as an interrupt, and probes the stopped run never started are RUN_STOPPED too', async (t) => {
  const lab = await startProbeLab(t, {
    zone: Object.fromEntries(['a', 'b', 'c', 'd'].map((h) => [`${h}.test`, { a: ['127.0.0.1'] }])),
    hosts: {},
    route: (_h, _p, p) => p.blackHole,
  });
  const interrupt = new AbortController();
  const run = runSignal([interrupt.signal], 60_000);
  t.teardown(() => run.dispose());
  setTimeout(() => interrupt.abort(), 300);
  const targets = ['a', 'b', 'c', 'd'].map((h) => ({ id: h, host: `${h}.test`, port: 443, scheme: 'https' as const, path: '/' }));
  const started = Date.now();
  const outcomes = await runProbes(targets, lab.context({ timeoutMs: STAGE_TIMEOUT, signal: run.signal }), {
    concurrency: 1,
    openLimit: 1,
  });
  t.ok(Date.now() - started < 300 + 3000, 'the run ends promptly after Ctrl-C');
  const first = outcomes.get('a')!;
  t.match(first, {
    status: 'skip',
    code: 'RUN_STOPPED',
    message: /stopped by Ctrl-C \(interrupted\) while opening the TCP connection to a\.test/,
  });
  for (const id of ['b', 'c', 'd']) {
    t.match(
      outcomes.get(id),
      {
        status: 'skip',
        code: 'RUN_STOPPED',
        stages: [],
        message: new RegExp(
          `^Not probed: the run was stopped by Ctrl-C \\(interrupted\\) before the probe of ${id}\\.test port 443 was started`,
        ),
      },
      `${id}: never started`,
    );
  }
});

t.test('through a proxy that stalls: RUN_STOPPED, not PROXY_UPSTREAM_FAILED', async (t) => {
  const lab = await startProxyLab(t, { hosts: { 'ok.test': { certificate: 'valid' } } });
  const proxy = await lab.proxy({ behave: () => 'stall' });
  const server = proxyServer('http', '127.0.0.1', proxy.port);
  const route = { kind: 'http' as const, proxy: server.url, reason: '--proxy' };
  const run = runSignal([], DEADLINE);
  t.teardown(() => run.dispose());
  const started = Date.now();
  const outcome = await lab.probe(
    https('ok.test'),
    routingFrom(() => [{ route, server }], null, route),
    { timeoutMs: STAGE_TIMEOUT, signal: run.signal },
  );
  t.equal(outcome.code, 'RUN_STOPPED', outcome.message);
  t.equal(outcome.status, 'skip');
  t.match(
    outcome.message,
    new RegExp(
      `--deadline of 0\\.5 s passed while waiting for the proxy http://127\\.0\\.0\\.1:${proxy.port} to answer CONNECT ok\\.test:443`,
    ),
  );
  t.ok(Date.now() - started < DEADLINE + 3000, 'within the deadline + 3 s');
});
