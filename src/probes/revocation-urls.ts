import { createHash, type X509Certificate } from 'node:crypto';
import { childrenOf, contentOf, encodedOf, isContextTag, isUniversal, oidOf, readDer, UNIVERSAL, type DerNode } from './der.js';

/**
 * Where a certificate says its revocation status and its issuer can be fetched: the CRL distribution points
 * (RFC 5280 §4.2.1.13) and the Authority Information Access entries (§4.2.2.1: OCSP responders, caIssuers).
 * Windows' chain engine fetches these while validating, so each is a destination the firewall must allow.
 */
export interface RevocationUrls {
  readonly crl: readonly string[];
  readonly ocsp: readonly string[];
  readonly caIssuers: readonly string[];
  /**
   * What an OCSP request for this certificate names (RFC 6960 §4.1.1 CertID with SHA-1): the hash of the issuer's
   * name as this certificate carries it, and of the issuer's key (the authority key identifier, which CAs set to
   * that SHA-1, RFC 5280 §4.2.1.2 method 1). `null` when the certificate names no OCSP responder.
   */
  readonly ocspCertId: { readonly issuerNameHash: string; readonly issuerKeyHash: string } | null;
}

export const NO_REVOCATION_URLS: RevocationUrls = { crl: [], ocsp: [], caIssuers: [], ocspCertId: null };

const OID = {
  crlDistributionPoints: '2.5.29.31',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  authorityKeyIdentifier: '2.5.29.35',
  ocsp: '1.3.6.1.5.5.7.48.1',
  caIssuers: '1.3.6.1.5.5.7.48.2',
} as const;
/** At most this many URLs of each kind are kept per certificate: a hostile certificate could list thousands. */
const MAX_URLS = 8;
const MAX_URL_LENGTH = 512;

/**
 * Reads the URLs out of the certificate's DER (der.ts), not with a certificate parser: Node's X509Certificate
 * names no CRL distribution points. A certificate whose extensions cannot be read yields no URLs (it is the TLS
 * stage's business to judge it, not this reader's).
 */
export function revocationUrls(cert: X509Certificate): RevocationUrls {
  try {
    const tbs = childrenOf(readDer(cert.raw))[0];
    if (!tbs) return NO_REVOCATION_URLS;
    const fields = childrenOf(tbs);
    // tbsCertificate: [0] version?, serial, signature, issuer, validity, subject, spki, [1]?, [2]?, [3] extensions.
    const offset = isContextTag(fields[0], 0) ? 1 : 0;
    const issuer = fields[offset + 2];
    const extensions = fields.find((f) => isContextTag(f, 3));
    const byOid = new Map<string, DerNode>();
    for (const ext of childrenOf(childrenOf(extensions)[0])) {
      // Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }
      const parts = childrenOf(ext);
      const id = parts[0];
      const octets = parts.at(-1);
      if (!id || !octets || !isUniversal(id, UNIVERSAL.oid) || !isUniversal(octets, UNIVERSAL.octetString)) continue;
      byOid.set(oidOf(id), readDer(contentOf(octets)));
    }
    const crl = distributionPointUrls(byOid.get(OID.crlDistributionPoints));
    const { ocsp, caIssuers } = accessUrls(byOid.get(OID.authorityInfoAccess));
    const keyId = childrenOf(byOid.get(OID.authorityKeyIdentifier)).find((c) => isContextTag(c, 0) && !c.constructed);
    const ocspCertId =
      ocsp.length === 0 || !issuer
        ? null
        : {
            // The issuer Name exactly as this certificate encodes it, header included.
            issuerNameHash: createHash('sha1').update(encodedOf(issuer)).digest('hex'),
            issuerKeyHash: keyId ? contentOf(keyId).toString('hex') : '',
          };
    return { crl, ocsp, caIssuers, ocspCertId };
  } catch {
    return NO_REVOCATION_URLS;
  }
}

/** CRLDistributionPoints ::= SEQUENCE OF DistributionPoint { [0] distributionPoint { [0] fullName GeneralNames } }. */
function distributionPointUrls(ext: DerNode | undefined): string[] {
  const urls: string[] = [];
  for (const point of childrenOf(ext)) {
    const name = childrenOf(point).find((c) => isContextTag(c, 0));
    const fullName = childrenOf(name).find((c) => isContextTag(c, 0));
    for (const general of childrenOf(fullName)) pushUri(urls, general);
  }
  return urls;
}

/** AuthorityInfoAccess ::= SEQUENCE OF AccessDescription { accessMethod OID, accessLocation GeneralName }. */
function accessUrls(ext: DerNode | undefined): { ocsp: string[]; caIssuers: string[] } {
  const ocsp: string[] = [];
  const caIssuers: string[] = [];
  for (const description of childrenOf(ext)) {
    const [method, location] = childrenOf(description);
    if (!method || !location || !isUniversal(method, UNIVERSAL.oid)) continue;
    const oid = oidOf(method);
    if (oid === OID.ocsp) pushUri(ocsp, location);
    else if (oid === OID.caIssuers) pushUri(caIssuers, location);
  }
  return { ocsp, caIssuers };
}

/** A GeneralName that is a uniformResourceIdentifier ([6] IA5String), kept once, printable and bounded. */
function pushUri(list: string[], general: DerNode): void {
  if (!isContextTag(general, 6) || general.constructed) return;
  const uri = contentOf(general).toString('latin1');
  if (list.length >= MAX_URLS || uri.length > MAX_URL_LENGTH || !/^[\x21-\x7e]+$/.test(uri) || list.includes(uri)) return;
  list.push(uri);
}
