import dgram from 'node:dgram';
import t from 'tap';
import { FAILURE_CODES } from '../../src/model/codes.js';
import { resolveHost } from '../../src/probes/dns.js';
import { rawServer, startProbeLab } from '../helpers/probe-lab.js';

// "A run never crashes on network input": endpoints and DNS servers that answer with random bytes, cut the
// connection at random points or stall. Every probe must come back with a known code, bounded in time.

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

t.test('endpoints that speak garbage', async (t) => {
  const random = prng(20261127);
  const payloads = Array.from({ length: 40 }, (_, i) => {
    const length = Math.floor(random() * (i % 2 ? 40 : 3000));
    const bytes = Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
    // Some start like a TLS record or an HTTP status line, so parsers get past the first byte.
    if (i % 5 === 1) bytes.write('\u0016\u0003\u0003', 0, 'latin1');
    if (i % 5 === 2) bytes.write('HTTP/1.1 200 OK\r\nContent-Length: 99999\r\n', 0, 'latin1');
    return { bytes, close: random() < 0.5 };
  });
  const ports: number[] = [];
  for (const { bytes, close } of payloads) {
    ports.push(
      await rawServer(t, (socket) => {
        socket.once('data', () => (close ? socket.end(bytes) : socket.write(bytes)));
      }),
    );
  }
  const zone = Object.fromEntries(payloads.map((_, i) => [`g${i}.test`, { a: ['127.0.0.1'] }]));
  const lab = await startProbeLab(t, { zone, hosts: {}, route: (host) => ports[Number(host.slice(1, host.indexOf('.')))]! });
  const started = Date.now();
  const outcomes = await Promise.all(
    payloads.map((_, i) =>
      lab.probe({ host: `g${i}.test`, port: i % 2 ? 80 : 443, scheme: i % 2 ? 'http' : 'https', path: '/' }, { timeoutMs: 700 }),
    ),
  );
  for (const [i, outcome] of outcomes.entries()) {
    t.ok(outcome.code === null || FAILURE_CODES.includes(outcome.code), `payload ${i}: ${outcome.status} ${outcome.code}`);
    t.ok(outcome.message.length > 0);
  }
  t.ok(Date.now() - started < 10_000, 'bounded: about one timeout for all of them');
});

t.test('a DNS server that answers with random bytes or truncated packets', async (t) => {
  const random = prng(42);
  const socket = dgram.createSocket('udp4');
  socket.on('message', (query, peer) => {
    const length = Math.floor(random() * 64);
    const answer = Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
    if (length >= 2 && random() < 0.5) query.copy(answer, 0, 0, 2); // the right ID, so the body gets parsed
    socket.send(answer, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  t.teardown(() => socket.close());
  const server = `127.0.0.1:${socket.address().port}`;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      resolveHost(`n${i}.test`, { servers: [server], signal: new AbortController().signal, timeoutMs: 400 }),
    ),
  );
  for (const result of results) {
    t.equal(result.status, 'fail');
    t.ok(result.code !== null && FAILURE_CODES.includes(result.code), `${result.code}: ${result.message}`);
  }
});
