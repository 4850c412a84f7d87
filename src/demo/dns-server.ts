import dgram from 'node:dgram';
import net from 'node:net';
import dnsPacket, { type Answer, type DecodedPacket, type Packet } from 'dns-packet';

/** How the simulated server answers one name. */
export interface ZoneEntry {
  a?: string[];
  aaaa?: string[];
  /** An alias: answers carry the CNAME and follow it through the zone, as a recursive resolver does. */
  cname?: string;
  rcode?: 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';
  /** Never send the real answer (a `decoy` is still sent). */
  drop?: boolean;
  /** Over UDP answer with the TC bit and no records, so the client must retry over TCP. */
  truncate?: boolean;
  /** Before the real answer, send a forged one with a wrong query ID or a wrong question (RFC 5452 spoofing). */
  decoy?: 'id' | 'question';
  ttl?: number;
}

/** Names (lower case, no trailing dot) and how to answer them; any other name is NXDOMAIN. */
export type DnsZone = Record<string, ZoneEntry>;

/** A started server; `close()` releases both sockets. */
export interface RunningDnsServer {
  address: string;
  port: number;
  /** `127.0.0.1:port` (or `[::1]:port`), the form `--dns-server` takes. */
  server: string;
  /** Every well-formed query received, in order. */
  queries: { name: string; type: string; transport: 'udp' | 'tcp' }[];
  setZone(zone: DnsZone): void;
  close(): Promise<void>;
}

const RCODES = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;
/** Addresses carried by decoys: a client that accepts them shows it in its evidence. */
const DECOY = { A: '127.66.66.66', AAAA: 'fd00::66' } as const;
const MAX_CHAIN = 16;

const normalize = (name: string): string => name.toLowerCase().replace(/\.$/, '');

/** Builds the answer packets (decoy first, if any) for one decoded query; empty when nothing is sent. */
function respond(query: DecodedPacket, zone: DnsZone, transport: 'udp' | 'tcp'): Packet[] {
  const question = query.questions?.[0];
  if (question === undefined) return [];
  const head = { type: 'response' as const, id: query.id ?? 0, questions: [question] };
  const answers: Answer[] = [];
  let name = normalize(question.name);
  let entry = zone[name];
  let rcode: number = RCODES.NOERROR;
  let flags = dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE;
  const first = entry;
  for (let hop = 0; entry?.cname !== undefined && hop < MAX_CHAIN; hop += 1) {
    if (entry.drop === true || entry.rcode !== undefined) break;
    answers.push({ type: 'CNAME', name, ttl: entry.ttl ?? 300, data: entry.cname });
    name = normalize(entry.cname);
    entry = zone[name];
  }
  const packets: Packet[] = [];
  if (first?.decoy !== undefined) {
    const type = question.type === 'AAAA' ? 'AAAA' : 'A';
    packets.push({
      ...head,
      id: first.decoy === 'id' ? ((query.id ?? 0) + 1) & 0xffff : head.id,
      questions: first.decoy === 'question' ? [{ ...question, name: `decoy.${question.name}` }] : head.questions,
      flags,
      answers: [{ type, name: question.name, ttl: 60, data: DECOY[type] }],
    });
  }
  if (first?.drop === true || entry?.drop === true) return packets;
  if (entry === undefined) {
    // RFC 6604: the rcode describes the last name of the chain, the CNAMEs stay in the answer.
    rcode = RCODES.NXDOMAIN;
  } else if (entry.rcode !== undefined) {
    rcode = RCODES[entry.rcode];
    answers.length = 0;
  } else {
    const ttl = entry.ttl ?? 300;
    const data = question.type === 'A' ? entry.a : question.type === 'AAAA' ? entry.aaaa : undefined;
    for (const address of data ?? []) answers.push({ type: question.type as 'A' | 'AAAA', name, ttl, data: address });
  }
  if (transport === 'udp' && first?.truncate === true) {
    flags |= dnsPacket.TRUNCATED_RESPONSE;
    answers.length = 0;
  }
  packets.push({ ...head, flags: flags | rcode, answers });
  return packets;
}

/** Decodes one query and returns the encoded replies; garbage yields none (a server must never crash on input). */
function handle(buffer: Buffer, state: { zone: DnsZone; queries: RunningDnsServer['queries'] }, transport: 'udp' | 'tcp'): Buffer[] {
  try {
    const query = dnsPacket.decode(buffer);
    const question = query.questions?.[0];
    if (query.type !== 'query' || question === undefined) return [];
    state.queries.push({ name: normalize(question.name), type: question.type, transport });
    return respond(query, state.zone, transport).map((packet) => dnsPacket.encode(packet));
  } catch {
    return [];
  }
}

/** Serves DNS over TCP: 2-byte length prefix per message (RFC 1035 §4.2.2), several per connection. */
function serveTcp(socket: net.Socket, state: Parameters<typeof handle>[1]): void {
  let pending = Buffer.alloc(0);
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 2) {
      const length = pending.readUInt16BE(0);
      if (pending.length < 2 + length) return;
      const message = pending.subarray(2, 2 + length);
      pending = pending.subarray(2 + length);
      for (const reply of handle(message, state, 'tcp')) {
        const prefix = Buffer.alloc(2);
        prefix.writeUInt16BE(reply.length);
        socket.write(Buffer.concat([prefix, reply]));
      }
    }
  });
}

function bindUdp(udp: dgram.Socket, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(port, host, () => {
      udp.off('error', reject);
      resolve(udp.address().port);
    });
  });
}

function listenTcp(tcp: net.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => {
      tcp.off('error', reject);
      resolve();
    });
  });
}

/** Starts a DNS server on loopback answering from `zone`, on UDP and TCP of the same port. */
export async function startDnsServer(options: {
  zone: DnsZone;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
}): Promise<RunningDnsServer> {
  const host = options.host ?? '127.0.0.1';
  const state = { zone: options.zone, queries: [] as RunningDnsServer['queries'] };
  const sockets = new Set<net.Socket>();
  // Port 0 picks a free UDP port; the same TCP port may be taken, so try a few times.
  for (let attempt = 0; ; attempt += 1) {
    const udp = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
    const tcp = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      serveTcp(socket, state);
    });
    const port = await bindUdp(udp, host, options.port ?? 0);
    try {
      await listenTcp(tcp, host, port);
    } catch (error) {
      udp.close();
      if (options.port === undefined && attempt < 10) continue;
      throw error;
    }
    udp.on('error', () => undefined);
    udp.on('message', (message, remote) => {
      for (const reply of handle(message, state, 'udp')) udp.send(reply, remote.port, remote.address);
    });
    return {
      address: host,
      port,
      server: net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`,
      queries: state.queries,
      setZone(zone) {
        state.zone = zone;
      },
      close() {
        for (const socket of sockets) socket.destroy();
        return new Promise((resolve) => {
          udp.close(() => tcp.close(() => resolve()));
        });
      },
    };
  }
}
