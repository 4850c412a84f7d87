import http from 'node:http';
import type { Duplex } from 'node:stream';
import { boundedScope } from './bounded-signal.js';
import { USER_AGENT } from '../model/tool.js';
import { runStopOf } from './run-stop.js';
import { settleOrAbort } from './settle-or-abort.js';
import { rememberedAlert, tlsAlertOf, type TlsAlert } from './tls-alert.js';

export interface ExchangeOptions {
  /** An open connection (TCP, TLS, or a proxy tunnel); consumed and destroyed by the exchange. */
  readonly socket: Duplex;
  /** The Host header value. */
  readonly host: string;
  /** What goes on the request line: `/path` (origin form) or `http://host/path` (absolute form, for proxies). */
  readonly requestTarget: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** The most body bytes read (default 64 KiB); the body is latin1, so `Buffer.from(body, 'latin1')` gives the bytes. */
  readonly bodyLimit?: number;
}

export type ExchangeResult =
  | {
      readonly ok: true;
      readonly status: number;
      readonly statusText: string;
      readonly headers: http.IncomingHttpHeaders;
      readonly body: string;
    }
  | { readonly ok: false; readonly kind: 'timeout' | 'protocol' | 'reset'; readonly error: string }
  /** A TLS alert came before the first HTTP byte: the tls stage's failure, not HTTP's (TLS 1.3 post-handshake). */
  | { readonly ok: false; readonly kind: 'tls'; readonly error: string; readonly alert: TlsAlert }
  /** The run stopped (deadline, Ctrl-C) while waiting for the answer. */
  | { readonly ok: false; readonly kind: 'stopped'; readonly error: string };

/** Enough of a body to recognise a proxy's block page; we never download payloads. */
const BODY_LIMIT = 64 * 1024;

/**
 * One GET over a connection we opened and measured ourselves. node:http is used rather than undici because it
 * takes an already-open socket (`createConnection`) and writes any request target, including the absolute form a
 * proxy needs; undici's Client would dial its own connection and hide the stages we report.
 */
export function exchange(options: ExchangeOptions): Promise<ExchangeResult> {
  const bound = boundedScope(options.signal, options.timeoutMs);
  const { signal } = bound;
  const onAbort = (): ExchangeResult => {
    const stop = runStopOf(signal);
    return stop
      ? { ok: false, kind: 'stopped', error: `stopped: ${stop.message}` }
      : { ok: false, kind: 'timeout', error: `no HTTP response within ${options.timeoutMs} ms` };
  };
  return settleOrAbort<ExchangeResult>(signal, onAbort, (finish) => {
    // Whether any byte came back decides whose failure an alert is: before the first one, the TLS session never
    // carried HTTP, so the alert belongs to the tls stage.
    let answered = false;
    const request = http.request({
      // Any Duplex works (a TLS socket, a proxy tunnel): node:http reads and writes it as a stream.
      createConnection: () => options.socket,
      method: 'GET',
      path: options.requestTarget,
      setHost: false,
      headers: { Host: options.host, 'User-Agent': USER_AGENT, Accept: '*/*', Connection: 'close', ...options.headers },
    });
    request.once('socket', (socket) => socket.once('data', () => (answered = true)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      const alert = answered ? null : (tlsAlertOf(error) ?? rememberedAlert(options.socket));
      if (alert !== null) {
        finish({ ok: false, kind: 'tls', alert, error: error.code ? `${error.code}: ${error.message}` : error.message });
        return;
      }
      const kind = error.code === 'ECONNRESET' && !/hang up/.test(error.message) ? 'reset' : 'protocol';
      finish({ ok: false, kind, error: error.code ? `${error.code}: ${error.message}` : error.message });
    });
    const limit = options.bodyLimit ?? BODY_LIMIT;
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (): void =>
        finish({
          ok: true,
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          headers: response.headers,
          body: Buffer.concat(chunks).toString('latin1'),
        });
      response.on('data', (chunk: Buffer) => {
        if (size < limit) chunks.push(chunk.subarray(0, limit - size));
        size += chunk.length;
        if (size >= limit) done();
      });
      response.on('end', done);
      response.on('error', done);
      response.on('close', done);
    });
    request.end();
    // The request and response listeners stay: they belong to objects that die with the socket.
    return () => {
      bound.dispose();
      options.socket.destroy();
    };
  });
}
