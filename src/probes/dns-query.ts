import dgram from 'node:dgram';
import net from 'node:net';
import { randomInt } from 'node:crypto';
import { debuglog } from 'node:util';
import dnsPacket, { type DecodedPacket } from 'dns-packet';
import { settleOrAbort } from './settle-or-abort.js';
import { splitServer } from './system-resolvers.js';
import type { DnsQueryRecord } from './types.js';

const debug = debuglog('scp-preflight:probe:dns');

/** What one question to one server produced: the accepted response (if any) and every exchange on the wire. */
export interface QueryOutcome {
  readonly response: DecodedPacket | null;
  readonly rcode: string | null;
  readonly records: DnsQueryRecord[];
}

type Exchange = { packet: DecodedPacket } | { error: string };
interface Expectation {
  id: number;
  name: string;
  type: 'A' | 'AAAA';
}

const RCODE_NAMES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];

/** The response code's name (RFC 1035 §4.1.1, RFC 6895). */
export function rcodeName(packet: DecodedPacket): string {
  const code = (packet.flags ?? 0) & 0xf;
  return RCODE_NAMES[code] ?? `RCODE_${code}`;
}

const bare = (name: string): string => name.toLowerCase().replace(/\.$/, '');

/** The decoded answer, or why a datagram is not the answer to our question (RFC 5452 §4.1: ID and question match). */
function accept(message: Buffer, expect: Expectation): DecodedPacket | string {
  let packet: DecodedPacket;
  try {
    packet = dnsPacket.decode(message);
  } catch {
    return 'malformed response';
  }
  if (packet.type !== 'response') return 'not a response';
  if (packet.id !== expect.id) return `wrong ID ${packet.id ?? '?'}`;
  const question = packet.questions?.[0];
  if (packet.questions?.length !== 1 || question === undefined) return 'wrong question count';
  if (bare(question.name) !== bare(expect.name) || question.type !== expect.type || (question.class ?? 'IN') !== 'IN') {
    return `wrong question ${question.name} ${question.type}`;
  }
  return packet;
}

/** An error text that also names the responses we refused, so a spoofing or broken path is visible. */
function withIgnored(why: string, ignored: readonly string[]): string {
  return ignored.length === 0 ? why : `${why}; ignored ${ignored.length} response(s): ${ignored.join(', ')}`;
}

const errorText = (error: NodeJS.ErrnoException): string => error.code ?? error.message;

/**
 * Runs one exchange until it settles or the signal aborts. `start` wires the socket and returns its cleanup;
 * the abort listener and the socket are always released before the promise resolves (settle-or-abort.ts).
 */
function exchange(signal: AbortSignal, start: (finish: (result: Exchange) => void, ignored: string[]) => () => void): Promise<Exchange> {
  const began = performance.now();
  const ignored: string[] = [];
  const onAbort = (): Exchange => {
    const timedOut = (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
    const why = timedOut ? `timeout after ${Math.round(performance.now() - began)} ms` : 'cancelled';
    return { error: withIgnored(why, ignored) };
  };
  // Already stopped: no socket is opened and nothing is sent.
  if (signal.aborted) return Promise.resolve(onAbort());
  return settleOrAbort(signal, onAbort, (finish) => {
    try {
      return start(finish, ignored);
    } catch (error) {
      finish({ error: errorText(error as NodeJS.ErrnoException) }); // e.g. a socket option the OS rejects
      return undefined;
    }
  });
}

/** Where and what to send, and the answer to expect. */
interface Wire {
  address: string;
  port: number;
  query: Buffer;
  expect: Expectation;
}

function overUdp({ address, port, query, expect }: Wire, signal: AbortSignal, resendMs: number): Promise<Exchange> {
  return exchange(signal, (finish, ignored) => {
    const socket = dgram.createSocket(net.isIPv6(address) ? 'udp6' : 'udp4');
    // A connected socket only receives from the server's address and port, and an ICMP port-unreachable
    // surfaces as ECONNREFUSED instead of a silent timeout.
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ error: errorText(error) }));
    socket.on('message', (message) => {
      const verdict = accept(message, expect);
      if (typeof verdict !== 'string') {
        finish({ packet: verdict });
        return;
      }
      debug('%s %s from %s:%d ignored: %s', expect.type, expect.name, address, port, verdict);
      ignored.push(verdict);
    });
    let state: 'connecting' | 'open' | 'closed' = 'connecting';
    const send = (): void => {
      if (state !== 'open') return;
      socket.send(query, (error) => {
        if (error) finish({ error: errorText(error) });
      });
    };
    // One retransmission, as stub resolvers do (resolv.conf `attempts`), so one lost datagram is not a timeout.
    const resend = setTimeout(send, resendMs);
    socket.connect(port, address, () => {
      if (state === 'closed') return;
      state = 'open';
      send();
    });
    return () => {
      state = 'closed';
      clearTimeout(resend);
      socket.close();
    };
  });
}

function overTcp({ address, port, query, expect }: Wire, signal: AbortSignal): Promise<Exchange> {
  return exchange(signal, (finish, ignored) => {
    const socket = net.connect({ host: address, port });
    let pending = Buffer.alloc(0);
    const prefix = Buffer.alloc(2);
    prefix.writeUInt16BE(query.length);
    socket.write(Buffer.concat([prefix, query]));
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ error: errorText(error) }));
    socket.on('close', () => finish({ error: withIgnored('connection closed without an answer', ignored) }));
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      // RFC 1035 §4.2.2: each message is preceded by its 2-byte length.
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const verdict = accept(pending.subarray(2, 2 + pending.readUInt16BE(0)), expect);
        pending = pending.subarray(2 + pending.readUInt16BE(0));
        if (typeof verdict !== 'string') {
          finish({ packet: verdict });
          return;
        }
        ignored.push(verdict);
      }
    });
    return () => socket.destroy();
  });
}

/**
 * Asks one server one question: UDP first, then TCP when the answer is truncated (RFC 7766 §5). A random query ID
 * and the question are checked on every response; others are ignored until the signal aborts.
 */
export async function queryServer(
  server: string,
  name: string,
  type: 'A' | 'AAAA',
  options: { signal: AbortSignal; resendMs: number },
): Promise<QueryOutcome> {
  const endpoint = splitServer(server);
  if (endpoint === null) {
    const bad: DnsQueryRecord = { type, server, transport: 'udp', rcode: null, ms: 0, error: 'not an ip:port' };
    return { response: null, rcode: null, records: [bad] };
  }
  const expect: Expectation = { id: randomInt(0, 0x10000), name, type };
  const query = dnsPacket.encode({
    type: 'query',
    id: expect.id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name, class: 'IN' }],
  });
  const records: DnsQueryRecord[] = [];
  const record = async (transport: 'udp' | 'tcp', run: Promise<Exchange>): Promise<Exchange> => {
    const began = performance.now();
    const result = await run;
    const ms = Math.round(performance.now() - began);
    const truncated = 'packet' in result && transport === 'udp' && result.packet.flag_tc;
    const entry: DnsQueryRecord = {
      type,
      server,
      transport,
      ms,
      rcode: 'packet' in result ? rcodeName(result.packet) : null,
      error: 'error' in result ? result.error : truncated ? 'truncated (TC bit): retried over TCP' : null,
    };
    records.push(entry);
    debug('%s %s @%s/%s -> %s in %d ms', type, name, server, transport, entry.rcode ?? entry.error, ms);
    return result;
  };
  const wire: Wire = { ...endpoint, query, expect };
  let result = await record('udp', overUdp(wire, options.signal, options.resendMs));
  if ('packet' in result && result.packet.flag_tc) {
    result = await record('tcp', overTcp(wire, options.signal));
  }
  return 'packet' in result
    ? { response: result.packet, rcode: rcodeName(result.packet), records }
    : { response: null, rcode: null, records };
}

/**
 * Why no server gave an answer for `name`, from what happened on the wire: a server whose every query came back
 * ECONNREFUSED (ICMP port unreachable: nothing listens on its DNS port, or a firewall rejects it) refused and did
 * not stay silent, so it is named as refusing; the others got no answer in time.
 */
export function unansweredMessage(name: string, servers: readonly string[], queries: readonly DnsQueryRecord[], timeoutMs: number): string {
  const refused = servers.filter((server) => {
    const mine = queries.filter((q) => q.server === server);
    return mine.length > 0 && mine.every((q) => q.error === 'ECONNREFUSED');
  });
  const silent = servers.filter((server) => !refused.includes(server));
  if (refused.length === 0) return `No DNS server answered for ${name} within ${timeoutMs} ms (asked ${servers.join(', ')})`;
  const ports = refused.length > 1 ? 'those addresses and ports' : 'that address and port';
  return [
    `The DNS server${refused.length > 1 ? 's' : ''} ${refused.join(', ')} refused the query for ${name} ` +
      `(ECONNREFUSED: an ICMP port unreachable came back, so no DNS server listens on ${ports}, or a firewall rejects DNS to it)`,
    ...(silent.length ? [`${silent.join(', ')} did not answer within ${timeoutMs} ms`] : []),
  ].join('; ');
}
