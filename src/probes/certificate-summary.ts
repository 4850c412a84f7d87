import { X509Certificate } from 'node:crypto';
import type { DetailedPeerCertificate } from 'node:tls';
import { revocationUrls } from './revocation-urls.js';
import type { TrustedRoot } from './trust-store.js';
import type { CertificateSummary, ChainAnchor } from './types.js';

/** `CN=a\nO=b` (Node's form) as `CN=a, O=b`. */
export function oneLineName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

/** The peer's chain as X509Certificates, leaf first, following `issuerCertificate` until it repeats or ends. */
export function peerChain(peer: DetailedPeerCertificate | null): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  let current: DetailedPeerCertificate | undefined = peer ?? undefined;
  while (current?.raw && chain.length < 10) {
    const cert = new X509Certificate(current.raw);
    if (seen.has(cert.fingerprint256)) break;
    seen.add(cert.fingerprint256);
    chain.push(cert);
    current = current.issuerCertificate;
  }
  return chain;
}

/** What a reviewer needs to recognise a certificate. */
export function summarizeCertificate(cert: X509Certificate): CertificateSummary {
  return {
    subject: oneLineName(cert.subject),
    issuer: oneLineName(cert.issuer),
    subjectAltNames: (cert.subjectAltName ?? '').split(', ').filter(Boolean),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    fingerprint256: cert.fingerprint256,
    serialNumber: cert.serialNumber,
    selfSigned: cert.subject === cert.issuer && cert.verify(cert.publicKey),
    revocation: revocationUrls(cert),
  };
}

/** The root a chain validated against, named so a reviewer can find it in a Windows root store. */
export function anchorSummary(anchor: TrustedRoot): ChainAnchor {
  return {
    subject: oneLineName(anchor.cert.subject),
    source: anchor.source,
    fingerprint256: anchor.cert.fingerprint256,
    thumbprint: anchor.cert.fingerprint.replaceAll(':', '').toUpperCase(),
  };
}
