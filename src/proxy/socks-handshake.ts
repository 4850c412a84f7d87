import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { FailureCode } from '../model/codes.js';
import { boundedScope } from '../probes/bounded-signal.js';
import { readBytes } from './read-bytes.js';
import { SOCKS4_REPLIES, SOCKS5_REPLIES } from './socks-replies.js';
import type { ProxyCredentials, ProxyKind } from './types.js';

export interface SocksRequest {
  readonly kind: Extract<ProxyKind, 'socks4' | 'socks4a' | 'socks5' | 'socks5h'>;
  /** An IP address (socks4, socks5: resolved here) or a name (socks4a, socks5h: resolved by the proxy). */
  readonly address: string;
  readonly port: number;
  readonly credentials: ProxyCredentials | null;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/** How the handshake ended; `reply` is the raw reply in hex, kept as evidence. */
export type SocksOutcome =
  | { readonly ok: true; readonly reply: string; readonly authUsed: string | null }
  | {
      readonly ok: false;
      readonly code: FailureCode;
      readonly words: string;
      readonly reply: string | null;
      readonly authUsed: string | null;
    };

const fail = (code: FailureCode, words: string, reply: Buffer | null = null, authUsed: string | null = null): SocksOutcome => ({
  ok: false,
  code,
  words,
  reply: reply?.toString('hex') ?? null,
  authUsed,
});

/** Speaks SOCKS4/4a or SOCKS5 (RFC 1928, user/password RFC 1929) on an open connection to the proxy. Never throws. */
export async function socksHandshake(socket: Duplex, request: SocksRequest): Promise<SocksOutcome> {
  const bound = boundedScope(request.signal, request.timeoutMs);
  const signal = bound.signal;
  const read = async (n: number): Promise<Buffer | SocksOutcome> => {
    const got = await readBytes(socket, n, signal);
    if (got === 'timeout') return fail('PROXY_UPSTREAM_FAILED', 'no SOCKS reply in time');
    if (got === 'closed') return fail('PROXY_PROTOCOL_ERROR', 'the proxy closed the connection in the middle of the SOCKS handshake');
    return got;
  };
  try {
    return await (request.kind.startsWith('socks4') ? socks4(request, socket, read) : socks5(request, socket, read));
  } finally {
    bound.dispose();
  }
}

type Read = (n: number) => Promise<Buffer | SocksOutcome>;

async function socks4(request: SocksRequest, socket: Duplex, read: Read): Promise<SocksOutcome> {
  const isIp = net.isIPv4(request.address);
  if (!isIp && request.kind === 'socks4')
    return fail('PROXY_PROTOCOL_ERROR', 'SOCKS4 carries IPv4 addresses only; use socks4a:// or socks5h://');
  const head = Buffer.alloc(8);
  head.writeUInt8(4, 0);
  head.writeUInt8(1, 1); // CONNECT
  head.writeUInt16BE(request.port, 2);
  if (isIp) request.address.split('.').forEach((octet, i) => head.writeUInt8(Number(octet), 4 + i));
  else head.writeUInt32BE(1, 4); // SOCKS4a: 0.0.0.1 means "the name follows the user id"
  const userId = Buffer.from(`${request.credentials?.account ?? ''}\0`, 'latin1');
  socket.write(Buffer.concat([head, userId, ...(isIp ? [] : [Buffer.from(`${request.address}\0`, 'latin1')])]));
  const reply = await read(8);
  if (!Buffer.isBuffer(reply)) return reply;
  const meaning = SOCKS4_REPLIES[reply.readUInt8(1)];
  if (reply[0] !== 0 || meaning === undefined)
    return fail('PROXY_PROTOCOL_ERROR', `not a SOCKS4 reply (version ${reply[0]}, code ${reply[1]})`, reply);
  return meaning.code === null
    ? { ok: true, reply: reply.toString('hex'), authUsed: null }
    : fail(meaning.code, `SOCKS4 reply ${reply[1]}: ${meaning.words}`, reply);
}

async function socks5(request: SocksRequest, socket: Duplex, read: Read): Promise<SocksOutcome> {
  const methods = request.credentials ? [0x00, 0x02] : [0x00];
  socket.write(Buffer.from([5, methods.length, ...methods]));
  const choice = await read(2);
  // The greeting's answer never waits on the endpoint: silence here means the port does not speak SOCKS5.
  if (!Buffer.isBuffer(choice))
    return choice.ok || choice.code !== 'PROXY_UPSTREAM_FAILED'
      ? choice
      : fail('PROXY_PROTOCOL_ERROR', 'no answer to the SOCKS5 greeting in time: is this port a SOCKS server?');
  if (choice[0] !== 5) return fail('PROXY_PROTOCOL_ERROR', `not a SOCKS5 server (it answered version ${choice[0]})`, choice);
  if (choice[1] === 0xff) {
    return request.credentials
      ? fail('PROXY_AUTH_UNSUPPORTED', 'the SOCKS5 server accepts neither no authentication nor username/password (GSSAPI only?)', choice)
      : fail('PROXY_AUTH_REQUIRED', 'the SOCKS5 server requires authentication and no credentials were given: use --proxy-user', choice);
  }
  let authUsed: string | null = null;
  if (choice[1] === 0x02 && request.credentials) {
    // RFC 1929: version 1, user, password; the account as typed, the password from the Secret.
    const user = Buffer.from(request.credentials.account, 'utf8');
    const password = Buffer.from(request.credentials.password.reveal(), 'utf8');
    if (user.length > 255 || password.length > 255)
      return fail('PROXY_AUTH_FAILED', 'SOCKS5 user names and passwords are limited to 255 bytes');
    socket.write(Buffer.concat([Buffer.from([1, user.length]), user, Buffer.from([password.length]), password]));
    const status = await read(2);
    if (!Buffer.isBuffer(status)) return status;
    authUsed = 'username/password';
    if (status[1] !== 0)
      return fail(
        'PROXY_AUTH_FAILED',
        `the SOCKS5 server rejected the user name and password of ${request.credentials.account}`,
        status,
        authUsed,
      );
  } else if (choice[1] !== 0x00) {
    return fail('PROXY_PROTOCOL_ERROR', `the SOCKS5 server chose method ${choice[1]}, which was not offered`, choice);
  }
  socket.write(Buffer.concat([Buffer.from([5, 1, 0]), address(request.address), port(request.port)]));
  const head = await read(4);
  if (!Buffer.isBuffer(head)) return head;
  const meaning = SOCKS5_REPLIES[head.readUInt8(1)];
  if (head[0] !== 5 || meaning === undefined)
    return fail('PROXY_PROTOCOL_ERROR', `not a SOCKS5 reply (version ${head[0]}, code ${head[1]})`, head, authUsed);
  if (meaning.code !== null) return fail(meaning.code, `SOCKS5 reply ${head[1]}: ${meaning.words}`, head, authUsed);
  // The bound address: IPv4 (4), name (1 + length) or IPv6 (16), then the port; read it so the tunnel starts clean.
  const length = head[3] === 1 ? 4 : head[3] === 4 ? 16 : head[3] === 3 ? await nameLength(read) : -1;
  if (typeof length !== 'number' || length < 0)
    return typeof length === 'number'
      ? fail('PROXY_PROTOCOL_ERROR', `unknown address type ${head[3]} in the SOCKS5 reply`, head, authUsed)
      : length;
  const rest = await read(length + 2);
  if (!Buffer.isBuffer(rest)) return rest;
  return { ok: true, reply: Buffer.concat([head, rest]).toString('hex'), authUsed };
}

async function nameLength(read: Read): Promise<number | SocksOutcome> {
  const n = await read(1);
  return Buffer.isBuffer(n) ? n.readUInt8(0) : n;
}

function address(host: string): Buffer {
  if (net.isIPv4(host)) return Buffer.from([1, ...host.split('.').map(Number)]);
  if (net.isIPv6(host)) return Buffer.concat([Buffer.from([4]), ipv6Bytes(host)]);
  const name = Buffer.from(host, 'latin1');
  return Buffer.concat([Buffer.from([3, name.length]), name]);
}

function port(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function ipv6Bytes(host: string): Buffer {
  const [head = '', tail = ''] = host.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const h = groups(head);
  const t = groups(tail);
  const all = host.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  return Buffer.from(all.flatMap((g) => [Number.parseInt(g, 16) >> 8, Number.parseInt(g, 16) & 0xff]));
}
