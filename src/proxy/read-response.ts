import type { Duplex } from 'node:stream';
import { settleOrAbort } from '../probes/settle-or-abort.js';

/** A proxy's answer to CONNECT or to a handshake request, read off the raw socket. */
export type ProxyResponse =
  | {
      readonly ok: true;
      readonly status: number;
      readonly statusText: string;
      /** Lower-case names; repeated headers (Proxy-Authenticate) keep every value. */
      readonly headers: Readonly<Record<string, readonly string[]>>;
      readonly body: string;
      /** Whether the proxy keeps this connection open for another request (needed by NTLM). */
      readonly keepAlive: boolean;
    }
  | { readonly ok: false; readonly kind: 'timeout' | 'closed' | 'garbage'; readonly error: string };

const HEAD_LIMIT = 64 * 1024;
const BODY_LIMIT = 256 * 1024;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/;

/**
 * Reads one HTTP/1.x response head, and its body unless `bodyless` (a 2xx to CONNECT starts the tunnel right after
 * the head; HEAD responses have none). Bytes past the response are pushed back onto the socket for the next
 * reader (the tunnelled TLS handshake). Never throws; bounded by `signal`.
 */
export function readResponse(
  socket: Duplex,
  signal: AbortSignal,
  options: { bodyless: (status: number) => boolean },
): Promise<ProxyResponse> {
  let buffer = Buffer.alloc(0);
  let head: { status: number; statusText: string; headers: Record<string, string[]>; keepAlive: boolean; bodyStart: number } | null = null;
  let settled = false;
  const onAbort = (): ProxyResponse => {
    settled = true;
    return { ok: false, kind: 'timeout', error: head ? 'the response body did not finish in time' : 'no response in time' };
  };
  return settleOrAbort<ProxyResponse>(signal, onAbort, (settle) => {
    let pushBack: Buffer | undefined;
    const finish = (result: ProxyResponse, rest?: Buffer): void => {
      if (settled) return;
      settled = true;
      pushBack = rest;
      settle(result);
    };
    const onError = (error: NodeJS.ErrnoException): void => finish({ ok: false, kind: 'closed', error: error.code ?? error.message });
    const onEnd = (): void => {
      if (head !== null && bodyMode(head) === 'until-close') {
        finish(done(head, buffer.subarray(head.bodyStart)));
        return;
      }
      finish({
        ok: false,
        kind: 'closed',
        error:
          buffer.length === 0
            ? 'the proxy closed the connection without answering'
            : 'the proxy closed the connection in the middle of its answer',
      });
    };
    const bodyMode = (h: NonNullable<typeof head>): 'none' | 'length' | 'chunked' | 'until-close' => {
      if (options.bodyless(h.status) || h.status === 204 || h.status === 304 || (h.status >= 100 && h.status < 200)) return 'none';
      if ((h.headers['transfer-encoding'] ?? []).some((v) => /chunked/i.test(v))) return 'chunked';
      if (h.headers['content-length'] !== undefined) return 'length';
      return 'until-close';
    };
    const done = (h: NonNullable<typeof head>, body: Buffer): ProxyResponse => ({
      ok: true,
      status: h.status,
      statusText: h.statusText,
      headers: h.headers,
      keepAlive: h.keepAlive,
      body: body.subarray(0, BODY_LIMIT).toString('latin1'),
    });
    // 'readable' + read() rather than 'data': removing the listener leaves the stream neither flowing nor paused, so
    // whoever reads next (TLS, node:http) starts from the bytes pushed back and loses nothing.
    const onReadable = (): void => {
      let chunk: Buffer | null;
      while (!settled && (chunk = socket.read() as Buffer | null) !== null) onData(chunk);
    };
    const onData = (chunk: Buffer): void => {
      buffer = Buffer.concat([buffer, chunk]);
      if (head === null) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) {
          if (buffer.length > HEAD_LIMIT || (buffer.length >= 5 && !buffer.subarray(0, 5).equals(Buffer.from('HTTP/')))) {
            finish({ ok: false, kind: 'garbage', error: `not an HTTP response: ${printable(buffer)}` });
          }
          return;
        }
        const parsed = parseHead(buffer.subarray(0, end).toString('latin1'));
        if (parsed === null) {
          finish({ ok: false, kind: 'garbage', error: `not an HTTP response: ${printable(buffer)}` });
          return;
        }
        head = { ...parsed, bodyStart: end + 4 };
      }
      const mode = bodyMode(head);
      const body = buffer.subarray(head.bodyStart);
      if (mode === 'none') {
        finish(done(head, Buffer.alloc(0)), body);
      } else if (mode === 'length') {
        const length = Number(head.headers['content-length']?.[0] ?? 0);
        if (body.length >= length || body.length > BODY_LIMIT) finish(done(head, body.subarray(0, length)), body.subarray(length));
      } else if (mode === 'chunked') {
        const decoded = dechunk(body);
        if (decoded !== null) finish(done(head, decoded.body), body.subarray(decoded.used));
        else if (body.length > BODY_LIMIT) finish(done(head, body));
      } else if (body.length > BODY_LIMIT) {
        finish(done(head, body));
      }
    };
    socket.on('readable', onReadable);
    socket.once('end', onEnd);
    socket.once('close', onEnd);
    socket.once('error', onError);
    socket.resume();
    return () => {
      socket.off('readable', onReadable);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onError);
      if (pushBack !== undefined && pushBack.length > 0) socket.unshift(pushBack);
    };
  });
}

function parseHead(text: string): { status: number; statusText: string; headers: Record<string, string[]>; keepAlive: boolean } | null {
  const [statusLine, ...lines] = text.split('\r\n');
  const match = STATUS_LINE.exec(statusLine ?? '');
  if (match === null) return null;
  const headers: Record<string, string[]> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    const name = line.slice(0, colon).trim().toLowerCase();
    (headers[name] ??= []).push(line.slice(colon + 1).trim());
  }
  const connection = [...(headers.connection ?? []), ...(headers['proxy-connection'] ?? [])].join(',').toLowerCase();
  const keepAlive = match[1] === '1' ? !/close/.test(connection) : /keep-alive/.test(connection);
  return { status: Number(match[2]), statusText: match[3] ?? '', headers, keepAlive };
}

/** Decodes a complete chunked body, or `null` while chunks are still arriving. */
function dechunk(data: Buffer): { body: Buffer; used: number } | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size)) return { body: Buffer.concat(parts), used: data.length };
    if (size === 0) {
      const trailerEnd = data.indexOf('\r\n\r\n', lineEnd);
      return trailerEnd < 0 ? null : { body: Buffer.concat(parts), used: trailerEnd + 4 };
    }
    if (data.length < lineEnd + 2 + size + 2) return null;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** The first bytes of a bad answer, safe to show: control bytes as dots, at most 60 characters. */
export function printable(data: Buffer): string {
  const text = data
    .subarray(0, 60)
    .toString('latin1')
    .replace(/[^\x20-\x7e]/g, '.');
  // What the port really speaks, when the first byte gives it away.
  const hint =
    data[0] === 0x16
      ? ' (a TLS record: this port speaks TLS, try https://)'
      : data[0] === 0x05 || (data[0] === 0x00 && data.length <= 8)
        ? ' (a SOCKS reply: try socks5://)'
        : '';
  return `"${text}${data.length > 60 ? '…' : ''}"${hint}`;
}
