import type { ProbeTarget } from '../catalog/plan.js';
import type { ProbeOutcome } from '../probes/types.js';
import type { RevocationTarget } from './fetch-url.js';
import type { RevocationKind, RevocationNeed } from './types.js';

/** At most this many distinct URLs are fetched per run: a hostile chain must not turn a check into a crawl. */
export const MAX_REVOCATION_URLS = 64;

/**
 * Every distinct http:// CRL, OCSP and caIssuers URL named by the chains the endpoints presented (leaf and
 * intermediates; a self-signed root is trusted by presence, never revocation-checked), with the endpoints that need
 * it. Only chains the TLS stage accepted count: a chain that already failed is a TLS finding, and its URLs would
 * be a stranger's. LDAP and HTTPS URLs are left out: Windows fetches CRLs over HTTP, and a CA's http:// URL is the
 * one the firewall must allow (RFC 5280 §4.2.1.13 recommends HTTP URLs; HTTPS would need revocation itself).
 */
export function revocationTargets(targets: readonly ProbeTarget[], outcomes: ReadonlyMap<string, ProbeOutcome>): RevocationTarget[] {
  const byUrl = new Map<string, { target: RevocationTarget; needs: RevocationNeed[] }>();
  for (const probe of targets) {
    const tls = outcomes.get(probe.id)?.stages.find((s) => s.stage === 'tls');
    if (!tls || tls.detail?.kind !== 'tls' || (tls.status !== 'pass' && tls.status !== 'warn')) continue;
    for (const cert of tls.detail.chain) {
      if (cert.selfSigned || !cert.revocation) continue;
      const { crl, ocsp, caIssuers } = cert.revocation;
      const lists: [RevocationKind, readonly string[]][] = [
        ['ocsp', ocsp],
        ['crl', crl],
        ['caIssuers', caIssuers],
      ];
      for (const [kind, urls] of lists) {
        for (const text of urls) {
          const url = httpUrl(text);
          if (url === null) continue;
          const key = `${kind} ${url.href}`;
          let entry = byUrl.get(key);
          if (!entry) {
            if (byUrl.size >= MAX_REVOCATION_URLS) continue;
            const needs: RevocationNeed[] = [];
            const ocspFor =
              kind === 'ocsp' && cert.revocation.ocspCertId
                ? { ocsp: { certId: cert.revocation.ocspCertId, serialNumber: cert.serialNumber } }
                : {};
            entry = {
              needs,
              target: {
                url: url.href,
                kind,
                host: url.hostname.replace(/^\[|\]$/g, ''),
                port: Number(url.port || 80),
                path: `${url.pathname}${url.search}`,
                neededBy: needs,
                ...ocspFor,
              },
            };
            byUrl.set(key, entry);
          }
          if (!entry.needs.some((n) => n.host === probe.host && n.port === probe.port && n.certificate === cert.subject)) {
            entry.needs.push({ host: probe.host, port: probe.port, certificate: cert.subject });
          }
        }
      }
    }
  }
  return [...byUrl.values()].map((e) => e.target);
}

function httpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}
