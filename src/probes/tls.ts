import type { X509Certificate } from 'node:crypto';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import type { FailureCode } from '../model/codes.js';
import { boundedScope, elapsed } from './bounded-signal.js';
import { anchorSummary, oneLineName } from './certificate-summary.js';
import { peerChainOf } from './chain-cache.js';
import { runStopOf, stoppedStage, type RunStop } from './run-stop.js';
import { settleOrAbort } from './settle-or-abort.js';
import { describeAlert, rememberAlert, tlsAlertOf, type TlsAlert } from './tls-alert.js';
import { findAnchor, type TrustedRoot, type TrustStore } from './trust-store.js';
import type { StageResult, TlsDetail } from './types.js';
import { extended } from '../model/extended.js';

export interface TlsOptions {
  /** An open connection to the endpoint: a TCP socket, or a tunnel through a proxy. */
  readonly socket: Duplex;
  readonly host: string;
  readonly port: number;
  readonly trust: TrustStore;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** `--client-profile`: the profile's own context (its versions, suites, curves, sigalgs); absent = the run's. */
  readonly offer?: { readonly profileId: string; readonly secureContext: tls.SecureContext };
}

const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const HOSTNAME = new Set(['ERR_TLS_CERT_ALTNAME_INVALID']);
const OLD_PROTOCOLS = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);
const PUBLIC = new Set(['public', 'public-roots']);
// Extended key usages by OID (RFC 5280 §4.2.1.12), for naming what a wrongly issued certificate allows instead.
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
};

/**
 * The TLS handshake with SNI = host, using the run's context (TLS 1.0-1.3 offered, so that an endpoint or an
 * interceptor stuck on TLS 1.1 is *seen* and named TLS_PROTOCOL_TOO_OLD; nothing secret is ever sent over it).
 * Validation is ours: `rejectUnauthorized: false`, then the
 * verdict is read from `authorizationError` and the chain's anchor.
 */
export async function handshakeTls(options: TlsOptions): Promise<{ stage: StageResult; socket: tls.TLSSocket | null }> {
  const start = process.hrtime.bigint();
  const bound = boundedScope(options.signal, options.timeoutMs);
  const { signal } = bound;
  const where = `${options.host} port ${options.port}`;
  // Node builds the whole peer chain (getPeerCertificate(true)) to check the name of a chain it verified; it is
  // kept here rather than built a second time (chain-cache.ts).
  // An object, not a `let`: the callback fills it during the handshake, which TypeScript's narrowing cannot see.
  const presented: { chain: tls.DetailedPeerCertificate | null } = { chain: null };
  const socket = tls.connect({
    socket: options.socket,
    servername: options.host,
    secureContext: options.offer?.secureContext ?? options.trust.secureContext,
    rejectUnauthorized: false,
    ALPNProtocols: ['http/1.1'],
    checkServerIdentity: (host, cert) => {
      presented.chain = cert as tls.DetailedPeerCertificate;
      return tls.checkServerIdentity(host, cert);
    },
  });
  type Failed = { ok: false; error: string; alert: TlsAlert | null } | { ok: false; stop: RunStop };
  const outcome = await settleOrAbort<{ ok: true } | Failed>(
    signal,
    () => {
      const stop = runStopOf(signal);
      return stop ? { ok: false, stop } : { ok: false, error: 'ETIMEDOUT', alert: null };
    },
    (settle) => {
      const onSecure = (): void => settle({ ok: true });
      const onClose = (): void => settle({ ok: false, error: 'connection closed during the handshake', alert: null });
      socket.once('secureConnect', onSecure);
      // The error listener stays: it guards the socket until it is destroyed or given the alert listener below.
      socket.once('error', (error: NodeJS.ErrnoException) =>
        settle({
          ok: false,
          alert: tlsAlertOf(error),
          error: error.code && error.code !== 'ERR_SSL_WRONG_VERSION_NUMBER' ? `${error.code}: ${error.message}` : error.message,
        }),
      );
      socket.once('close', onClose);
      return () => {
        socket.off('secureConnect', onSecure);
        socket.off('close', onClose);
      };
    },
  );
  // settleOrAbort took off only our own listeners: the socket's own 'close' listener (onSocketCloseDestroySSL in
  // Node's _tls_wrap.js) frees the OpenSSL session and the native TLSWrap. Removing every 'close' listener kept each
  // finished endpoint's TLSWrap, and through it its socket, request and response, until exit (issue 10: a heap
  // snapshot of a 2,000-endpoint run held 1,441 closed TLSSockets, reachable only from Node's cleanup queue).
  bound.dispose();
  const ms = elapsed(start);
  const base = { kind: 'tls' as const, servername: options.host, ...(options.offer ? { profile: options.offer.profileId } : {}) };
  if (!outcome.ok) {
    socket.destroy();
    options.socket.destroy();
    const osError = 'stop' in outcome ? null : outcome.error;
    const detail: TlsDetail = extended(base, { protocol: null, cipher: null, chain: [], verifyError: null, anchor: null, osError });
    if ('stop' in outcome)
      return { stage: stoppedStage('tls', outcome.stop, `the TLS handshake with ${where} was under way`, ms, detail), socket: null };
    const tooOld = /unsupported protocol|protocol version/i.test(outcome.error);
    const message =
      outcome.error === 'ETIMEDOUT'
        ? `No TLS handshake answer from ${where} within ${options.timeoutMs} ms.`
        : tooOld
          ? `${where} refused every TLS version we offered up to 1.3 (${outcome.error}).`
          : outcome.alert
            ? `TLS handshake with ${where} failed: it sent ${describeAlert(outcome.alert)} (${outcome.error.split(':')[0]}).`
            : `TLS handshake with ${where} failed: ${outcome.error}.`;
    const code: FailureCode = tooOld ? 'TLS_PROTOCOL_TOO_OLD' : 'TLS_HANDSHAKE_FAILED';
    return { stage: { stage: 'tls', status: 'fail', code, message, ms, detail }, socket: null };
  }
  // Later errors are the HTTP stage's business, except an alert that comes before any HTTP byte (TLS 1.3 sends its
  // client-certificate verdict after the handshake): kept so the exchange can give it back to this stage.
  socket.on('error', (error: Error) => rememberAlert(socket, error));
  const { certificates: chain, summaries } = peerChainOf(presented.chain ?? socket.getPeerCertificate(true));
  const top = chain.at(-1);
  // Typed as always present; read as possibly absent, so an unexplained refusal still has a word.
  const authorizationError = socket.authorizationError as Error | string | undefined;
  const verifyError = socket.authorized ? null : String(authorizationError ?? 'UNKNOWN');
  // OpenSSL reports only its last complaint, so INVALID_PURPOSE may hide an untrusted chain: check the chain ourselves.
  const anchor = socket.authorized
    ? top
      ? findAnchor(top, options.trust)
      : null
    : verifyError === 'INVALID_PURPOSE'
      ? chainAnchor(chain, options.trust)
      : null;
  const protocol = socket.getProtocol();
  // Extended, not spread: one hidden class for every endpoint's TLS evidence (see extended).
  const detail: TlsDetail = extended(base, {
    protocol,
    cipher: socket.getCipher().name,
    chain: [...summaries],
    verifyError,
    anchor: anchor ? anchorSummary(anchor) : null,
    osError: null,
  });
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
      return {
        status: 'fail',
        code: 'TLS_CERT_EXPIRED',
        message: `The certificate presented for ${where} is outside its validity period${when} (${verifyError}).`,
      };
    }
    if (verifyError && HOSTNAME.has(verifyError)) {
      const names = leaf?.subjectAltName ?? oneLineName(leaf?.subject ?? '');
      return {
        status: 'fail',
        code: 'TLS_HOSTNAME_MISMATCH',
        message: `The certificate presented for ${where} does not name this host; it is for ${names}, issued by ${issuer}.`,
      };
    }
    if (verifyError === 'INVALID_PURPOSE' && anchor !== null && leaf) {
      // OpenSSL checks the name only when nothing else failed, so a wrongly issued certificate for another host
      // must still be named as the wrong host: that is the worse finding.
      if (tls.checkServerIdentity(options.host, socket.getPeerCertificate()) !== undefined) {
        return {
          status: 'fail',
          code: 'TLS_HOSTNAME_MISMATCH',
          message:
            `The certificate presented for ${where} does not name this host; ` +
            `it is for ${leaf.subjectAltName ?? oneLineName(leaf.subject)}, issued by ${issuer} ` +
            '(and it is not issued for TLS servers either).',
        };
      }
      return {
        status: 'fail',
        code: 'TLS_CERT_WRONG_USAGE',
        message:
          `The certificate presented for ${where} chains to the trusted root "${oneLineName(anchor.cert.subject)}" ` +
          `but is not issued for TLS server authentication: ${usageOf(leaf)} (OpenSSL: ${verifyError}, unsupported certificate purpose). ` +
          `It is issued by "${issuer}"; an inspection device that re-signs with such certificates is misconfigured.`,
      };
    }
    if (verifyError) {
      return {
        status: 'fail',
        code: 'TLS_CERT_UNTRUSTED',
        message:
          `The certificate for ${where}, issued by "${issuer}", does not chain to a trusted root (${verifyError}). ` +
          'If a TLS inspection device re-signs traffic, this is its CA.',
      };
    }
    if (anchor && !PUBLIC.has(anchor.source)) {
      const from = anchor.source === 'ca-file' ? '--ca-file' : 'NODE_EXTRA_CA_CERTS';
      return {
        status: 'warn',
        code: 'TLS_INTERCEPTED',
        message:
          `TLS to ${where} is intercepted: the certificate is issued by "${issuer}" ` +
          `and validates only through the non-public root "${oneLineName(anchor.cert.subject)}" (${from}).`,
      };
    }
    return { status: 'pass', code: null, message: `${protocol} with ${where}; certificate issued by "${issuer}" is valid.` };
  }
}

/** The trusted root of a chain whose every link we verify ourselves (issuer name and signature), or `null`. */
function chainAnchor(chain: readonly X509Certificate[], trust: TrustStore): TrustedRoot | null {
  for (const [i, child] of chain.entries()) {
    const parent = chain[i + 1];
    if (parent === undefined) break;
    if (!child.checkIssued(parent) || !child.verify(parent.publicKey)) return null;
  }
  const top = chain.at(-1);
  const now = Date.now();
  const current = chain.every((c) => Date.parse(c.validFrom) <= now && now <= Date.parse(c.validTo));
  return top && current ? findAnchor(top, trust) : null;
}

/** What a certificate's extended key usage allows, in words: `its extended key usage allows only clientAuth`. */
function usageOf(leaf: X509Certificate): string {
  // Typed as always present, but undefined when the certificate has no extended key usage (Node's X509Certificate docs).
  const declared = leaf.keyUsage as string[] | undefined;
  const ekus = declared ?? [];
  if (ekus.length === 0) return 'its key usage does not allow a TLS server key (digitalSignature or keyEncipherment)';
  if (ekus.some((oid) => EKU_NAMES[oid] === 'serverAuth'))
    return 'its key usage does not allow a TLS server key (digitalSignature or keyEncipherment)';
  return `its extended key usage allows only ${ekus.map((oid) => EKU_NAMES[oid] ?? oid).join(', ')}, not serverAuth`;
}

/**
 * The tls stage again, failed, when the server's alert arrived after the handshake but before any HTTP byte. TLS 1.3
 * finishes the client's handshake before the server has checked the client's certificate (RFC 8446 §4.4.2.4), so a
 * server demanding one says so only then; the HTTP stage hands such alerts back rather than blaming HTTP.
 */
export function alertAfterHandshake(passed: StageResult, alert: TlsAlert, where: string, error: string): StageResult {
  const detail = passed.detail?.kind === 'tls' ? { ...passed.detail, osError: error } : passed.detail;
  const protocol = passed.detail?.kind === 'tls' && passed.detail.protocol ? passed.detail.protocol : 'TLS';
  return {
    ...passed,
    status: 'fail',
    code: 'TLS_HANDSHAKE_FAILED',
    detail,
    message:
      `TLS with ${where} failed right after the ${protocol} handshake, before any HTTP: ` +
      `the server sent ${describeAlert(alert)} (${error.split(':')[0]}).`,
  };
}
