import type tls from 'node:tls';
import t from 'tap';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import { runProbes } from '../../src/probes/run-probes.js';
import { rawTlsServer, startProbeLab } from '../helpers/probe-lab.js';

// Issue 10: waiting connects must not hold the slots CPU work needs. These tests judge the scheduler by what
// finished before what and by how many exchanges a server saw at once, never by durations: the stage timeout is
// far longer than a loopback probe under any load, so the order cannot flip on a busy machine.

const TIMEOUT = 8000;
const target = (host: string): ProbeTarget => ({ id: `https://${host}:443/`, host, port: 443, scheme: 'https', path: '/' });

t.test('a black-holed connect never delays a live endpoint: every live result comes before the first timeout', async (t) => {
  // Three times more black-holed endpoints than --concurrency, listed first: with one pool of `concurrency`
  // workers they would take every slot and the live ones would wait a whole timeout behind them.
  const holes = Array.from({ length: 6 }, (_, i) => `hole${i}.test`);
  const live = Array.from({ length: 4 }, (_, i) => `live${i}.test`);
  const lab = await startProbeLab(t, {
    zone: Object.fromEntries([...holes, ...live].map((h) => [h, { a: ['127.0.0.1'] }])),
    hosts: Object.fromEntries(live.map((h) => [h, { certificate: 'valid' as const }])),
    route: (host, _port, p) => (host.startsWith('hole') ? p.blackHole : p.tls),
  });
  const finished: string[] = [];
  const outcomes = await runProbes([...holes, ...live].map(target), lab.context({ timeoutMs: TIMEOUT }), {
    concurrency: 2,
    onProgress: (_done, _total, outcome) => finished.push(new URL(outcome.targetId).hostname),
  });
  for (const host of live)
    t.equal(outcomes.get(target(host).id)?.status, 'pass', `${host} passes: ${outcomes.get(target(host).id)?.message}`);
  for (const host of holes) t.equal(outcomes.get(target(host).id)?.code, 'CONNECT_TIMEOUT', `${host} times out at connect`);
  const firstTimeout = finished.findIndex((h) => h.startsWith('hole'));
  t.same(
    finished.slice(0, firstTimeout).sort(),
    [...live].sort(),
    `live results all came before the first black-holed one (order: ${finished.join(', ')})`,
  );
  // Every black-holed connect was under way at once: none started after another's timeout (startedAt is the
  // probe's start; the earliest timeout ends no sooner than TIMEOUT after the first start).
  const starts = holes.map((h) => Date.parse(outcomes.get(target(h).id)!.startedAt));
  t.ok(Math.max(...starts) - Math.min(...starts) < TIMEOUT, 'the black-holed probes started together, not in waves');
});

t.test('--concurrency bounds the TLS and HTTP exchanges in flight, not the sockets being opened', async (t) => {
  const hosts = Array.from({ length: 6 }, (_, i) => `slow${i}.test`);
  const lab = await startProbeLab(t, { zone: Object.fromEntries(hosts.map((h) => [h, { a: ['127.0.0.1'] }])), hosts: {} });
  let open = 0;
  let most = 0;
  const answered: string[] = [];
  const ports: Record<string, number> = {};
  // Each server holds its answer until the next connection arrives or a short while passes, so that exchanges
  // overlap whenever the scheduler lets them; the count of simultaneous ones is the evidence.
  for (const host of hosts) {
    ports[host] = await rawTlsServer(t, lab.ca, host, (socket: tls.TLSSocket) => {
      open += 1;
      most = Math.max(most, open);
      socket.once('data', () =>
        setTimeout(() => {
          open -= 1;
          answered.push(host);
          socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        }, 150),
      );
    });
  }
  const context = { ...lab.context({ timeoutMs: TIMEOUT }), dialPort: (host: string) => ports[host]! };
  const outcomes = await runProbes(hosts.map(target), context, { concurrency: 2 });
  for (const host of hosts) t.equal(outcomes.get(target(host).id)?.status, 'pass', `${host}: ${outcomes.get(target(host).id)?.message}`);
  t.equal(answered.length, hosts.length, 'every server answered');
  t.ok(most <= 2, `at most 2 TLS sessions were open at once (saw ${most})`);
});

t.test('probes that have not had their TLS turn yet stay within the waiting limit, connected or not', async (t) => {
  // Without this limit every live endpoint connects at once and holds its socket and its probe's state until its
  // turn (thousands at 10,000 endpoints). With one TLS slot and a waiting limit of 2, the server sees the one in
  // work and the two waiting, and at most one more whose close it has not yet read when the next one connects.
  const hosts = Array.from({ length: 10 }, (_, i) => `queued${i}.test`);
  const lab = await startProbeLab(t, { zone: Object.fromEntries(hosts.map((h) => [h, { a: ['127.0.0.1'] }])), hosts: {} });
  let open = 0;
  let most = 0;
  const ports: Record<string, number> = {};
  for (const host of hosts) {
    ports[host] = await rawTlsServer(
      t,
      lab.ca,
      host,
      (socket: tls.TLSSocket) => {
        socket.once('data', () => setTimeout(() => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'), 50));
      },
      (connection) => {
        open += 1;
        most = Math.max(most, open);
        connection.once('close', () => (open -= 1));
      },
    );
  }
  const context = { ...lab.context({ timeoutMs: TIMEOUT }), dialPort: (host: string) => ports[host]! };
  const outcomes = await runProbes(hosts.map(target), context, { concurrency: 1, waitingLimit: 2 });
  for (const host of hosts) t.equal(outcomes.get(target(host).id)?.status, 'pass', `${host}: ${outcomes.get(target(host).id)?.message}`);
  t.ok(most <= 4, `at most 1 + 2 (+ 1 closing) connections were open at once (saw ${most}; without the limit all ${hosts.length})`);
  t.ok(most >= 3, `probes connected ahead of their turn, up to the limit (saw ${most})`);
});
