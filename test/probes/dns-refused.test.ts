import dgram from 'node:dgram';
import t from 'tap';
import { resolveHost } from '../../src/probes/dns.js';

// Issue 8: a DNS server whose port is closed answers with ICMP port unreachable, which a connected UDP socket
// reports as ECONNREFUSED. That is a refusal, seen at once, not "no answer within 8000 ms".

/** A loopback UDP port where nothing listens (bound, then released). */
async function closedUdpPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** A DNS server that receives and never answers. */
async function silentServer(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => socket.close(() => resolve())));
  return `127.0.0.1:${socket.address().port}`;
}

t.test('a closed DNS port is named as refusing, at once', async (t) => {
  const refused = `127.0.0.1:${await closedUdpPort()}`;
  const timeoutMs = 5000;
  const started = Date.now();
  const result = await resolveHost('closed-port.test', { servers: [refused], signal: new AbortController().signal, timeoutMs });
  const wall = Date.now() - started;
  t.equal(result.code, 'DNS_TIMEOUT');
  t.match(
    result.message,
    new RegExp(`The DNS server ${refused} refused the query for closed-port\\.test \\(ECONNREFUSED: an ICMP port unreachable came back`),
  );
  t.notMatch(result.message, /within \d+ ms/, 'no claim that it waited');
  t.match(result.detail, { queries: [{ error: 'ECONNREFUSED' }, { error: 'ECONNREFUSED' }] });
  t.ok(wall < 1000, `answered in ${wall} ms, not after the ${timeoutMs} ms timeout`);
});

t.test('a refusing server and a silent one: each named for what it did', async (t) => {
  const refused = `127.0.0.1:${await closedUdpPort()}`;
  const silent = await silentServer(t);
  const timeoutMs = 600;
  const started = Date.now();
  const result = await resolveHost('mixed.test', { servers: [refused, silent], signal: new AbortController().signal, timeoutMs });
  t.equal(result.code, 'DNS_TIMEOUT');
  t.match(result.message, new RegExp(`${refused} refused the query.*; ${silent} did not answer within ${timeoutMs} ms`));
  t.ok(Date.now() - started < timeoutMs + 3000, 'within the timeout + 3 s');
});
