import type { X509Certificate } from 'node:crypto';
import type { DetailedPeerCertificate } from 'node:tls';
import { peerChain, summarizeCertificate } from './certificate-summary.js';
import type { CertificateSummary } from './types.js';

/** A peer's chain, leaf first, with what the report says of each certificate. Shared: never mutate it. */
export interface PeerChain {
  readonly certificates: readonly X509Certificate[];
  readonly summaries: readonly CertificateSummary[];
}

/** Distinct chains remembered; a run meets a few dozen (CDNs share certificates across endpoints). */
const MAX_CHAINS = 512;
const chains = new Map<string, PeerChain>();

/**
 * `peerChain(presented)` and its summaries, computed once per distinct chain. Parsing every link with
 * `new X509Certificate` and summarizing it cost about 1 s of a 2,000-endpoint profile (issue 10) for chains that
 * are identical across endpoints. The key is the SHA-256 fingerprint of each link that peerChain follows, in its
 * order, read from the object Node already built: equal keys mean the same DER certificates, so the same chain.
 * (Not `getPeerX509Certificate()`: on a client socket it removes the certificates it returns from the
 * connection's peer chain, so a later `getPeerCertificate(true)` sees none.)
 */
export function peerChainOf(presented: DetailedPeerCertificate | null): PeerChain {
  const key = chainKey(presented);
  const known = key === null ? undefined : chains.get(key);
  if (known) return known;
  const certificates = peerChain(presented);
  const chain = { certificates, summaries: certificates.map(summarizeCertificate) };
  if (key === null) return chain;
  // Oldest out first: a run that meets more distinct chains than this keeps the recent ones.
  const oldest = chains.size >= MAX_CHAINS ? chains.keys().next() : null;
  if (oldest && !oldest.done) chains.delete(oldest.value);
  chains.set(key, chain);
  return chain;
}

/** The fingerprints of the links peerChain follows (until one repeats or has no DER), or `null` if there are none. */
function chainKey(presented: DetailedPeerCertificate | null): string | null {
  const seen: string[] = [];
  let current: DetailedPeerCertificate | undefined = presented ?? undefined;
  while (current?.raw && seen.length < 10) {
    // Node fills fingerprint256 for every link; without it the link cannot be keyed, and nothing is cached.
    if (!current.fingerprint256) return null;
    if (seen.includes(current.fingerprint256)) break;
    seen.push(current.fingerprint256);
    current = current.issuerCertificate;
  }
  return seen.length === 0 ? null : seen.join('/');
}
