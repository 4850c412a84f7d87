import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import type { FailureCode } from '../model/codes.js';
import { boundedScope, elapsed } from './bounded-signal.js';
import { oneLineName, peerChain, summarizeCertificate } from './certificate-summary.js';
import { findAnchor, type TrustStore } from './trust-store.js';
import type { StageResult, TlsDetail } from './types.js';

export interface TlsOptions {
  /** An open connection to the endpoint: a TCP socket, or a tunnel through a proxy. */
  readonly socket: Duplex;
  readonly host: string;
  readonly port: number;
  readonly trust: TrustStore;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const HOSTNAME = new Set(['ERR_TLS_CERT_ALTNAME_INVALID']);
const OLD_PROTOCOLS = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);
const PUBLIC = new Set(['public', 'public-roots']);

/**
 * The TLS handshake with SNI = host, using the run's context (TLS 1.0-1.3 offered, so that an endpoint or an
 * interceptor stuck on TLS 1.1 is *seen* and named TLS_PROTOCOL_TOO_OLD; nothing secret is ever sent over it). Validation is ours: `rejectUnauthorized: false`, then the
 * verdict is read from `authorizationError` and the chain's anchor.
 */
export async function handshakeTls(options: TlsOptions): Promise<{ stage: StageResult; socket: tls.TLSSocket | null }> {
  const start = process.hrtime.bigint();
  const bound = boundedScope(options.signal, options.timeoutMs);
  const { signal } = bound;
  const where = `${options.host} port ${options.port}`;
  const socket = tls.connect({
    socket: options.socket, servername: options.host, secureContext: options.trust.secureContext,
    rejectUnauthorized: false, ALPNProtocols: ['http/1.1'],
  });
  let onAbort: (() => void) | undefined;
  const outcome = await new Promise<{ ok: true } | { ok: false; error: string }>((resolve) => {
    onAbort = () => resolve({ ok: false, error: 'ETIMEDOUT' });
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => resolve({ ok: true }));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, error: error.code && error.code !== 'ERR_SSL_WRONG_VERSION_NUMBER' ? `${error.code}: ${error.message}` : error.message }));
    socket.once('close', () => resolve({ ok: false, error: 'connection closed during the handshake' }));
  });
  if (onAbort) signal.removeEventListener('abort', onAbort);
  bound.dispose();
  const ms = elapsed(start);
  const base = { kind: 'tls' as const, servername: options.host };
  if (!outcome.ok) {
    socket.destroy();
    options.socket.destroy();
    const detail: TlsDetail = { ...base, protocol: null, cipher: null, chain: [], verifyError: null, anchor: null, osError: outcome.error };
    const tooOld = /unsupported protocol|protocol version/i.test(outcome.error);
    const message = outcome.error === 'ETIMEDOUT'
      ? `No TLS handshake answer from ${where} within ${options.timeoutMs} ms.`
      : tooOld
        ? `${where} refused every TLS version we offered up to 1.3 (${outcome.error}).`
        : `TLS handshake with ${where} failed: ${outcome.error}.`;
    const code: FailureCode = tooOld ? 'TLS_PROTOCOL_TOO_OLD' : 'TLS_HANDSHAKE_FAILED';
    return { stage: { stage: 'tls', status: 'fail', code, message, ms, detail }, socket: null };
  }
  socket.removeAllListeners('close');
  socket.removeAllListeners('error');
  socket.on('error', () => {}); // later errors are the HTTP stage's business
  const chain = peerChain(socket.getPeerCertificate(true));
  const top = chain.at(-1);
  const anchor = top && socket.authorized ? findAnchor(top, options.trust) : null;
  const protocol = socket.getProtocol();
  const verifyError = socket.authorized ? null : String(socket.authorizationError ?? 'UNKNOWN');
  const detail: TlsDetail = {
    ...base, protocol, cipher: socket.getCipher()?.name ?? null, chain: chain.map(summarizeCertificate),
    verifyError, anchor: anchor ? { subject: oneLineName(anchor.cert.subject), source: anchor.source } : null, osError: null,
  };
  const leaf = chain[0];
  const issuer = leaf ? oneLineName(leaf.issuer) : 'an unknown issuer';
  const judged = judge();
  return { stage: { stage: 'tls', ...judged, ms, detail }, socket: judged.status === 'fail' ? (socket.destroy(), null) : socket };

  function judge(): Pick<StageResult, 'status' | 'code' | 'message'> {
    if (protocol && OLD_PROTOCOLS.has(protocol)) {
      return { status: 'fail', code: 'TLS_PROTOCOL_TOO_OLD', message: `${where} negotiated ${protocol}; the SCP needs TLS 1.2 or later.` };
    }
    if (verifyError && EXPIRED.has(verifyError)) {
      const when = leaf ? ` (valid ${leaf.validFrom} to ${leaf.validTo})` : '';
      return { status: 'fail', code: 'TLS_CERT_EXPIRED', message: `The certificate presented for ${where} is outside its validity period${when} (${verifyError}).` };
    }
    if (verifyError && HOSTNAME.has(verifyError)) {
      const names = leaf?.subjectAltName ?? oneLineName(leaf?.subject ?? '');
      return { status: 'fail', code: 'TLS_HOSTNAME_MISMATCH', message: `The certificate presented for ${where} does not name this host; it is for ${names}, issued by ${issuer}.` };
    }
    if (verifyError) {
      return { status: 'fail', code: 'TLS_CERT_UNTRUSTED', message: `The certificate for ${where}, issued by "${issuer}", does not chain to a trusted root (${verifyError}). If a TLS inspection device re-signs traffic, this is its CA.` };
    }
    if (anchor && !PUBLIC.has(anchor.source)) {
      const from = anchor.source === 'ca-file' ? '--ca-file' : 'NODE_EXTRA_CA_CERTS';
      return { status: 'warn', code: 'TLS_INTERCEPTED', message: `TLS to ${where} is intercepted: the certificate is issued by "${issuer}" and validates only through the non-public root "${oneLineName(anchor.cert.subject)}" (${from}).` };
    }
    return { status: 'pass', code: null, message: `${protocol} with ${where}; certificate issued by "${issuer}" is valid.` };
  }
}
