import dgram from 'node:dgram';
import net from 'node:net';
import t from 'tap';
import dnsPacket, { type Answer, type DecodedPacket } from 'dns-packet';
import { startDnsServer, type RunningDnsServer } from '../../src/demo/dns-server.js';

/** Sends raw bytes over UDP and collects every reply that arrives within `waitMs`. */
async function udpExchange(server: RunningDnsServer, message: Buffer, waitMs = 150): Promise<DecodedPacket[]> {
  const socket = dgram.createSocket('udp4');
  const replies: DecodedPacket[] = [];
  socket.on('message', (data) => replies.push(dnsPacket.decode(data)));
  socket.send(message, server.port, server.address);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  socket.close();
  return replies;
}

function query(name: string, type: 'A' | 'AAAA' = 'A', id = 4242): Buffer {
  return dnsPacket.encode({ type: 'query', id, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type, name }] });
}

async function tcpExchange(server: RunningDnsServer, message: Buffer): Promise<DecodedPacket> {
  const socket = net.connect(server.port, server.address);
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(message.length);
  socket.write(Buffer.concat([prefix, message]));
  let data = Buffer.alloc(0);
  for await (const chunk of socket) {
    data = Buffer.concat([data, chunk as Buffer]);
    if (data.length >= 2 && data.length >= 2 + data.readUInt16BE(0)) break;
  }
  socket.destroy();
  return dnsPacket.decode(data.subarray(2));
}

/** The records of an answer as `[name, type, data, ttl]`. */
const rows = (packet: DecodedPacket | undefined) =>
  (packet?.answers ?? []).map((r: Answer) => [r.name, r.type, 'data' in r ? r.data : null, 'ttl' in r ? r.ttl : null]);

const rcode = (packet: DecodedPacket | undefined): number => (packet?.flags ?? -1) & 0xf;

t.test('answers from the zone over UDP and TCP', async (t) => {
  const server = await startDnsServer({
    zone: {
      'www.example.test': { a: ['127.0.0.10'], aaaa: ['::1'], ttl: 42 },
      alias1: { cname: 'alias2' },
      alias2: { cname: 'www.example.test' },
      dangling: { cname: 'nowhere.test' },
      broken: { rcode: 'SERVFAIL' },
      big: { a: ['127.0.0.11'], truncate: true },
    },
  });
  t.teardown(() => server.close());
  t.match(server.server, /^127\.0\.0\.1:\d+$/);

  const [a] = await udpExchange(server, query('WWW.example.test'));
  t.equal(a?.id, 4242);
  t.same(rows(a), [['www.example.test', 'A', '127.0.0.10', 42]]);

  const aaaa = await tcpExchange(server, query('www.example.test', 'AAAA'));
  t.same(
    rows(aaaa).map((r) => r[2]),
    ['::1'],
  );

  const [chain] = await udpExchange(server, query('alias1'));
  t.same(
    rows(chain).map((r) => r.slice(0, 3)),
    [
      ['alias1', 'CNAME', 'alias2'],
      ['alias2', 'CNAME', 'www.example.test'],
      ['www.example.test', 'A', '127.0.0.10'],
    ],
  );

  const [dangling] = await udpExchange(server, query('dangling'));
  t.equal(rcode(dangling), 3, 'a chain to a missing name is NXDOMAIN (RFC 6604)');
  t.equal(dangling?.answers?.length, 1);

  const [missing] = await udpExchange(server, query('unknown.test'));
  t.equal(rcode(missing), 3);
  const [failed] = await udpExchange(server, query('broken'));
  t.equal(rcode(failed), 2);

  const [truncated] = await udpExchange(server, query('big'));
  t.equal(truncated?.flag_tc, true);
  t.equal(truncated?.answers?.length, 0);
  const full = await tcpExchange(server, query('big'));
  t.equal(full.flag_tc, false);
  t.same(
    rows(full).map((r) => r[2]),
    ['127.0.0.11'],
  );

  t.same(server.queries.slice(0, 2), [
    { name: 'www.example.test', type: 'A', transport: 'udp' },
    { name: 'www.example.test', type: 'AAAA', transport: 'tcp' },
  ]);
});

t.test('drops, decoys, setZone and garbage', async (t) => {
  const server = await startDnsServer({ zone: { silent: { drop: true } } });
  t.teardown(() => server.close());
  t.same(await udpExchange(server, query('silent')), []);

  server.setZone({
    forged: { a: ['127.0.0.12'], decoy: 'id' },
    asked: { a: ['127.0.0.13'], decoy: 'question' },
    'forged-only': { a: ['127.0.0.14'], decoy: 'id', drop: true },
  });
  const forged = await udpExchange(server, query('forged', 'A', 100));
  t.same(
    forged.map((p) => [p.id, rows(p)[0]?.[2]]),
    [
      [101, '127.66.66.66'],
      [100, '127.0.0.12'],
    ],
  );
  const asked = await udpExchange(server, query('asked', 'A', 7));
  t.same(
    asked.map((p) => p.questions?.[0]?.name),
    ['decoy.asked', 'asked'],
  );
  const only = await udpExchange(server, query('forged-only', 'A', 9));
  t.same(
    only.map((p) => p.id),
    [10],
  );

  // Garbage over both transports must not crash the server.
  await udpExchange(server, Buffer.from([1, 2, 3]), 50);
  await udpExchange(server, Buffer.alloc(0), 50);
  const junk = net.connect(server.port, server.address);
  junk.on('error', () => undefined);
  junk.end(Buffer.from([0, 5, 9, 9, 9, 9, 9, 0xff, 0xff]));
  await new Promise((resolve) => junk.on('close', resolve));
  const [after] = await udpExchange(server, query('forged', 'A', 200));
  t.equal(after?.id, 201, 'still answering after garbage');
});

t.test('close releases the port', async (t) => {
  const server = await startDnsServer({ zone: {} });
  const idle = net.connect(server.port, server.address);
  idle.on('error', () => undefined);
  await new Promise((resolve) => idle.on('connect', resolve));
  await server.close();
  const again = await startDnsServer({ zone: {}, port: server.port });
  t.equal(again.port, server.port);
  await again.close();
});
