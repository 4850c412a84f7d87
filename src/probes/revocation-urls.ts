import { createHash, type X509Certificate } from 'node:crypto';
import forge from 'node-forge';

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

type Asn1 = forge.asn1.Asn1;

/**
 * Whether a node is the context-specific tag `[n]`. forge puts the tag number in `type`, which it declares as the
 * universal-tag enum; for a context-specific tag the number is all it is, so it is compared as one.
 */
function isContextTag(node: Asn1 | undefined, n: number): boolean {
  if (node?.tagClass !== forge.asn1.Class.CONTEXT_SPECIFIC) return false;
  const tag: number = node.type;
  return tag === n;
}

/**
 * Reads the URLs out of the certificate's DER with a generic ASN.1 reader, not forge's certificate parser: that one
 * only accepts RSA keys, and the chains of Microsoft endpoints carry ECDSA certificates too. A certificate whose
 * extensions cannot be read yields no URLs (it is the TLS stage's business to judge it, not this reader's).
 */
export function revocationUrls(cert: X509Certificate): RevocationUrls {
  try {
    const root = forge.asn1.fromDer(forge.util.createBuffer(cert.raw.toString('binary')), false);
    const tbs = children(root)[0];
    if (!tbs) return NO_REVOCATION_URLS;
    const fields = children(tbs);
    // tbsCertificate: [0] version?, serial, signature, issuer, validity, subject, spki, [1]?, [2]?, [3] extensions.
    const offset = isContextTag(fields[0], 0) ? 1 : 0;
    const issuer = fields[offset + 2];
    const extensions = fields.find((f) => isContextTag(f, 3));
    const byOid = new Map<string, Asn1>();
    for (const ext of children(children(extensions)[0])) {
      const parts = children(ext);
      const id = parts[0] && typeof parts[0].value === 'string' ? forge.asn1.derToOid(parts[0].value) : null;
      const octets = parts.at(-1);
      if (id === null || !octets || typeof octets.value !== 'string') continue;
      byOid.set(id, forge.asn1.fromDer(forge.util.createBuffer(octets.value), false));
    }
    const crl = distributionPointUrls(byOid.get(OID.crlDistributionPoints));
    const { ocsp, caIssuers } = accessUrls(byOid.get(OID.authorityInfoAccess));
    const keyId = children(byOid.get(OID.authorityKeyIdentifier)).find((c) => isContextTag(c, 0));
    const ocspCertId =
      ocsp.length === 0 || !issuer
        ? null
        : {
            issuerNameHash: createHash('sha1')
              .update(Buffer.from(forge.asn1.toDer(issuer).getBytes(), 'binary'))
              .digest('hex'),
            issuerKeyHash: typeof keyId?.value === 'string' ? Buffer.from(keyId.value, 'binary').toString('hex') : '',
          };
    return { crl, ocsp, caIssuers, ocspCertId };
  } catch {
    return NO_REVOCATION_URLS;
  }
}

/** CRLDistributionPoints ::= SEQUENCE OF DistributionPoint { [0] distributionPoint { [0] fullName GeneralNames } }. */
function distributionPointUrls(ext: Asn1 | undefined): string[] {
  const urls: string[] = [];
  for (const point of children(ext)) {
    const name = children(point).find((c) => isContextTag(c, 0));
    const fullName = children(name).find((c) => isContextTag(c, 0));
    for (const general of children(fullName)) pushUri(urls, general);
  }
  return urls;
}

/** AuthorityInfoAccess ::= SEQUENCE OF AccessDescription { accessMethod OID, accessLocation GeneralName }. */
function accessUrls(ext: Asn1 | undefined): { ocsp: string[]; caIssuers: string[] } {
  const ocsp: string[] = [];
  const caIssuers: string[] = [];
  for (const description of children(ext)) {
    const [method, location] = children(description);
    if (!method || typeof method.value !== 'string' || !location) continue;
    const oid = forge.asn1.derToOid(method.value);
    if (oid === OID.ocsp) pushUri(ocsp, location);
    else if (oid === OID.caIssuers) pushUri(caIssuers, location);
  }
  return { ocsp, caIssuers };
}

/** A GeneralName that is a uniformResourceIdentifier ([6] IA5String), kept once, printable and bounded. */
function pushUri(list: string[], general: Asn1): void {
  if (!isContextTag(general, 6) || typeof general.value !== 'string') return;
  const uri = general.value;
  if (list.length >= MAX_URLS || uri.length > MAX_URL_LENGTH || !/^[\x21-\x7e]+$/.test(uri) || list.includes(uri)) return;
  list.push(uri);
}

function children(node: Asn1 | undefined): Asn1[] {
  return node && Array.isArray(node.value) ? node.value : [];
}
