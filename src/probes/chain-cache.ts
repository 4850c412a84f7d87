import type { X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import { peerChain, summarizeCertificate } from './certificate-summary.js';
import type { TrustStore } from './trust-store.js';
import type { CertificateSummary } from './types.js';

/** A peer's chain, leaf first, with what the report says of each certificate. Shared: never mutate it. */
export interface PeerChain {
  readonly certificates: readonly X509Certificate[];
  readonly summaries: readonly CertificateSummary[];
}

/** Longer sent chains are analysed every time rather than keyed (real chains have 2 to 4 certificates). */
const MAX_KEYED = 16;
/** Distinct chains remembered per trust store; a run meets a few dozen (CDNs share certificates). */
const MAX_CHAINS = 512;

const caches = new WeakMap<TrustStore, Map<string, PeerChain>>();

/**
 * The peer's chain and its summaries, computed once per distinct chain. `getPeerCertificate(true)` and one
 * `new X509Certificate` per link cost about 1.5 ms per handshake (2 s of a 2,000-endpoint profile, issue 10) for
 * chains that are identical across endpoints. The key is the SHA-256 fingerprint of every certificate the peer
 * sent, in the order it sent them (`getPeerX509Certificate()` and its `issuerCertificate` links share OpenSSL's
 * copies, nothing is parsed again), plus the trust store, since Node completes a chain from the store's roots:
 * whatever the cache returns is what `peerChain(socket.getPeerCertificate(true))` would build for that socket.
 */
export function peerChainOf(socket: TLSSocket, trust: TrustStore): PeerChain {
  const key = sentChainKey(socket);
  if (key === null) return analyse(socket);
  let cache = caches.get(trust);
  if (!cache) {
    cache = new Map();
    caches.set(trust, cache);
  }
  const known = cache.get(key);
  if (known) return known;
  const chain = analyse(socket);
  // Oldest first out: a run that meets more distinct chains than this keeps the recent ones.
  if (cache.size >= MAX_CHAINS) cache.delete(cache.keys().next().value!);
  cache.set(key, chain);
  return chain;
}

function analyse(socket: TLSSocket): PeerChain {
  const certificates = peerChain(socket.getPeerCertificate(true));
  return { certificates, summaries: certificates.map(summarizeCertificate) };
}

/** Every sent certificate's fingerprint in order, or `null` for no certificate or a chain too long to key. */
function sentChainKey(socket: TLSSocket): string | null {
  const parts: string[] = [];
  let current: X509Certificate | undefined = socket.getPeerX509Certificate();
  while (current) {
    if (parts.length === MAX_KEYED) return null;
    parts.push(current.fingerprint256);
    current = current.issuerCertificate;
  }
  return parts.length === 0 ? null : parts.join('/');
}
