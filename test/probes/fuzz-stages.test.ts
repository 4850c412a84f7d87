import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import { createCertificateAuthority } from '../../src/demo/certificate-authority.js';
import { startDnsServer, type DnsZone } from '../../src/demo/dns-server.js';
import { startEndpointServers, type SimulatedHost } from '../../src/demo/endpoint-servers.js';
import { startSimulatedProxy } from '../../src/demo/simulated-proxy.js';
import { FAILURE_CODES, type FailureCode } from '../../src/model/codes.js';
import { runSignal } from '../../src/probes/bounded-signal.js';
import type { ProbeContext } from '../../src/probes/opener.js';
import { directRouting } from '../../src/probes/routing.js';
import { runProbes } from '../../src/probes/run-probes.js';
import { buildTrustStore } from '../../src/probes/trust-store.js';
import type { ProbeOutcome } from '../../src/probes/types.js';
import { openerFor } from '../../src/proxy/openers.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { TEST_LAB_RANGES } from '../helpers/lab-addresses.js';
import { drawTcpFault, prng, startDnsFaultInjector, startTcpFaultInjector } from '../helpers/fault-injector.js';

// "A run can never hang or crash on network input": random misbehaviour at every stage (DNS answers dropped,
// delayed, corrupted, cut, forged; TCP connections stalled, closed, reset, corrupted or flooded with garbage at a
// random byte of the TLS handshake or the HTTP response; the same in front of an HTTP proxy), over many seeds.
// Every result must carry a known code, no error may escape, and every run must end within its deadline + 3 s.
// FUZZ_SEED=<seed> runs one seed again (timing can shift which connection meets which fault, so a replay is close,
// not exact).

const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : Array.from({ length: 12 }, (_, i) => 20261201 + i * 7919);
const TIMEOUT_MS = 400;
const DEADLINE_MS = 6000;
const HOSTS = 12;

const known = (code: FailureCode | null): boolean => code === null || FAILURE_CODES.includes(code);

/** Checks the invariants every outcome must hold, whatever the network did. */
function checkOutcome(t: Test, label: string, outcome: ProbeOutcome): void {
  const where = `${label} ${outcome.targetId}: ${outcome.status} ${outcome.code} (${outcome.message.slice(0, 160)})`;
  t.ok(['pass', 'warn', 'fail', 'skip'].includes(outcome.status), `${where}: a status`);
  t.ok(known(outcome.code), `${where}: a known code`);
  t.ok(outcome.status === 'pass' || outcome.code !== null, `${where}: a non-pass result names its code`);
  t.ok(outcome.message.length > 0, `${where}: a message`);
  for (const stage of outcome.stages) {
    t.ok(
      known(stage.code) && (stage.status === 'pass' || stage.status === 'skip' || stage.code !== null),
      `${where}: stage ${stage.stage} ${stage.status} ${stage.code}`,
    );
  }
  t.doesNotThrow(() => JSON.stringify(outcome), `${where}: serializable evidence`);
}

/** Answers inside the tests' lab range are the lab's own servers, not sinkholes. */
const LAB_CONTEXT = { labAddresses: TEST_LAB_RANGES };

t.test('random misbehaviour at every stage, many seeds: known codes, no escaped error, bounded runs', async (t) => {
  const escaped: unknown[] = [];
  const onEscape = (error: unknown): void => {
    escaped.push(error);
  };
  process.on('uncaughtException', onEscape);
  process.on('unhandledRejection', onEscape);
  t.teardown(() => {
    process.off('uncaughtException', onEscape);
    process.off('unhandledRejection', onEscape);
  });

  const ca = createCertificateAuthority({ commonName: 'Fuzz Lab Root', organization: 'scp-preflight tests' });
  const names = Array.from({ length: HOSTS }, (_, i) => `f${i}.fuzz.test`);
  const hosts: Record<string, SimulatedHost> = Object.fromEntries(
    names.map((name, i) => [
      name,
      i % 4 === 3 ? { certificate: 'valid', status: 302, redirect: `https://${names[(i + 1) % HOSTS]}/next` } : { certificate: 'valid' },
    ]),
  );
  const endpoints = await startEndpointServers({ hosts, ca, issueUpFront: true });
  t.teardown(() => endpoints.close());
  const zone: DnsZone = Object.fromEntries(names.map((name) => [name, { a: ['127.0.0.1'] }]));
  const dns = await startDnsServer({ zone });
  t.teardown(() => dns.close());
  const rootFile = join(mkdtempSync(join(tmpdir(), 'scp-preflight-fuzz-')), 'root.pem');
  writeFileSync(rootFile, endpoints.rootPem);
  const trust = buildTrustStore({ caFile: null, publicRoots: rootFile, extraCaCertsFile: null });

  let totalOutcomes = 0;
  const codes = new Map<string, number>();
  for (const seed of SEEDS) {
    const random = prng(seed);
    const directTls = await startTcpFaultInjector(
      t,
      () => endpoints.tlsPort,
      () => drawTcpFault(random, TIMEOUT_MS * 2),
    );
    const directHttp = await startTcpFaultInjector(
      t,
      () => endpoints.httpPort,
      () => drawTcpFault(random, TIMEOUT_MS * 2),
    );
    const toHttps = await startTcpFaultInjector(
      t,
      () => endpoints.tlsPort,
      () => drawTcpFault(random, TIMEOUT_MS * 2),
    );
    const toHttp = await startTcpFaultInjector(
      t,
      () => endpoints.httpPort,
      () => drawTcpFault(random, TIMEOUT_MS * 2),
    );
    const proxy = await startSimulatedProxy({
      connectTo: (_host, port) => ({ host: '127.0.0.1', port: port === 80 ? toHttp.port : toHttps.port }),
    });
    t.teardown(() => proxy.close());
    const proxyFront = await startTcpFaultInjector(
      t,
      () => proxy.port,
      () => drawTcpFault(random, TIMEOUT_MS * 2),
    );
    const faultyDns = await startDnsFaultInjector(t, dns.port, random, TIMEOUT_MS * 2);

    const viaProxy = openerFor(
      {
        route: { kind: 'http', proxy: `http://127.0.0.1:${proxyFront.port}`, reason: 'fuzz' },
        server: proxyServer('http', '127.0.0.1', proxyFront.port),
      },
      null,
    );
    const directRoutes = directRouting();
    const targets: ProbeTarget[] = names.flatMap((host) =>
      [443, 80].map((port) => {
        const scheme = port === 443 ? ('https' as const) : ('http' as const);
        return { id: `${scheme}://${host}:${port}/`, host, port, scheme, path: '/' };
      }),
    );
    const run = runSignal([], DEADLINE_MS);
    const context: ProbeContext = {
      signal: run.signal,
      timeoutMs: TIMEOUT_MS,
      dnsServers: [faultyDns.server],
      trust,
      isDocumented: (host) => names.includes(host),
      // Half the targets go direct through the faulty forwarder, half through the faulty proxy.
      routeFor: (destination) =>
        destination.host.charCodeAt(1) % 2 === 0
          ? directRoutes(destination)
          : { route: { kind: 'http', proxy: `http://127.0.0.1:${proxyFront.port}`, reason: 'fuzz' }, opener: viaProxy },
      dialPort: (_host, port) => (port === 443 ? directTls.port : directHttp.port),
      ...LAB_CONTEXT,
    };
    const started = Date.now();
    const outcomes = await runProbes(targets, context, { concurrency: 8 }).finally(() => run.dispose());
    const ms = Date.now() - started;
    t.ok(ms < DEADLINE_MS + 3000, `seed ${seed}: the run ended in ${ms} ms (deadline ${DEADLINE_MS} ms)`);
    t.equal(outcomes.size, targets.length, `seed ${seed}: every target has an outcome`);
    for (const outcome of outcomes.values()) checkOutcome(t, `seed ${seed}`, outcome);
    totalOutcomes += outcomes.size;
    for (const o of outcomes.values())
      codes.set(`${o.status} ${o.code ?? ''}`.trim(), (codes.get(`${o.status} ${o.code ?? ''}`.trim()) ?? 0) + 1);
    const faultKinds = new Set([...directTls.faults, ...directHttp.faults, ...toHttps.faults, ...proxyFront.faults].map((f) => f.kind));
    t.ok(
      faultKinds.size >= 3 && faultyDns.faults.length > 0,
      `seed ${seed}: the network misbehaved in ${faultKinds.size} ways (DNS: ${new Set(faultyDns.faults).size})`,
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.same(
    escaped.map((e) => (e instanceof Error ? (e.stack ?? String(e)) : String(e))),
    [],
    'no uncaught exception or unhandled rejection',
  );
  t.ok(totalOutcomes >= SEEDS.length * HOSTS * 2);
  t.comment(
    `outcomes: ${[...codes]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ')}`,
  );
  t.ok(codes.size >= 8, 'the faults reached many different stages');
});
