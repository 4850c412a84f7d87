import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import forge from 'node-forge';

/** A certificate and its private key, both PEM. */
export interface IssuedCertificate {
  /** The leaf certificate alone. */
  certPem: string;
  keyPem: string;
  /** The leaf followed by every intermediate up to (not including) the root: what a server must send. */
  chainPem: string;
}

/** A CA generated on the fly for the simulated network; nothing is ever written to disk. */
export interface CertificateAuthority {
  name: string;
  certPem: string;
  keyPem: string;
  /**
   * Issues a server certificate; the first host is the CN, every host is a SAN (DNS name or IP address).
   * `extendedKeyUsage` (default `['serverAuth']`) lets tests issue wrongly used certificates (clientAuth only).
   */
  issue(options: {
    hosts: string[];
    notBefore?: Date;
    notAfter?: Date;
    extendedKeyUsage?: readonly ('serverAuth' | 'clientAuth')[];
    revocation?: RevocationPointers;
  }): IssuedCertificate;
}

/** CRL distribution points and AIA (OCSP, caIssuers) URLs to write into a certificate, as public CAs do. */
export interface RevocationPointers {
  readonly crl?: readonly string[];
  readonly ocsp?: readonly string[];
  readonly caIssuers?: readonly string[];
}

/** The cRLDistributionPoints and authorityInfoAccess extensions (RFC 5280 §4.2.1.13, §4.2.2.1) for `pointers`. */
function revocationExtensions(pointers: RevocationPointers | undefined): object[] {
  const { asn1 } = forge;
  // GeneralName [6] uniformResourceIdentifier (RFC 5280 §4.2.1.6) is a context-specific tag, which forge's typings
  // only know as the universal Type enum.
  const uri = (url: string): forge.asn1.Asn1 =>
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- context-specific tag 6, see above
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 6, false, url);
  const out: object[] = [];
  const crl = pointers?.crl ?? [];
  if (crl.length > 0) out.push({ name: 'cRLDistributionPoints', altNames: crl.map((value) => ({ type: 6, value })) });
  const access = [
    ...(pointers?.ocsp ?? []).map((url) => ['1.3.6.1.5.5.7.48.1', url] as const),
    ...(pointers?.caIssuers ?? []).map((url) => ['1.3.6.1.5.5.7.48.2', url] as const),
  ];
  if (access.length > 0) {
    out.push({
      id: '1.3.6.1.5.5.7.1.1',
      value: asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.SEQUENCE,
        true,
        access.map(([oid, url]) =>
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes()),
            uri(url),
          ]),
        ),
      ),
    });
  }
  return out;
}

interface KeyPair {
  readonly pem: string;
  readonly forgePrivate: forge.pki.rsa.PrivateKey;
  readonly forgePublic: forge.pki.rsa.PublicKey;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Node's keygen is native and far faster than forge's pure-JS one; forge only signs. */
function generateKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    pem: privateKey,
    forgePrivate: forge.pki.privateKeyFromPem(privateKey),
    forgePublic: forge.pki.publicKeyFromPem(publicKey),
  };
}

// Every leaf shares one key: the tests and the demo judge certificates, never keys, and keygen dominates the cost.
let sharedLeafKey: KeyPair | undefined;
function leafKey(): KeyPair {
  sharedLeafKey ??= generateKeyPair();
  return sharedLeafKey;
}

/** A positive, minimally encoded 128-bit serial (RFC 5280 §4.1.2.2: unique, at most 20 octets). */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes.toString('hex');
}

function validity(notBefore: Date | undefined, notAfter: Date | undefined, lifetime: number): [Date, Date] {
  const now = Date.now();
  const end = notAfter ?? new Date(now + lifetime);
  // An hour of slack for clock skew; an already-expired certificate still starts before it ends.
  const start = notBefore ?? new Date(Math.min(now - HOUR, end.getTime() - DAY));
  return [start, end];
}

interface Signer {
  readonly cert: forge.pki.Certificate;
  readonly key: KeyPair;
  /** PEMs of this CA and its intermediate ancestors, nearest first; empty for a root. */
  readonly chain: readonly string[];
}

function buildCertificate(options: {
  subject: forge.pki.CertificateField[];
  publicKey: forge.pki.rsa.PublicKey;
  issuer: Signer | null;
  signingKey: KeyPair;
  notBefore: Date;
  notAfter: Date;
  extensions: object[];
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.publicKey;
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  cert.setSubject(options.subject);
  cert.setIssuer(options.issuer === null ? options.subject : options.issuer.cert.subject.attributes);
  const authorityKey = options.issuer === null ? cert.generateSubjectKeyIdentifier() : options.issuer.cert.generateSubjectKeyIdentifier();
  cert.setExtensions([
    ...options.extensions,
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: authorityKey.getBytes() },
  ]);
  cert.sign(options.signingKey.forgePrivate, forge.md.sha256.create());
  return cert;
}

// The forge objects stay private to this module; callers only ever see PEM.
const signers = new WeakMap<CertificateAuthority, Signer>();

function caExtensions(): object[] {
  return [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
  ];
}

function makeAuthority(name: string, signer: Signer): CertificateAuthority {
  return {
    name,
    certPem: forge.pki.certificateToPem(signer.cert),
    keyPem: signer.key.pem,
    issue({ hosts, notBefore, notAfter, extendedKeyUsage = ['serverAuth'], revocation }) {
      const [first] = hosts;
      if (first === undefined) throw new Error('issue: at least one host is required');
      const [start, end] = validity(notBefore, notAfter, 30 * DAY);
      const key = leafKey();
      const altNames = hosts.map((h) => (isIP(h) === 0 ? { type: 2, value: h } : { type: 7, ip: h }));
      const cert = buildCertificate({
        subject: [{ name: 'commonName', value: first }],
        publicKey: key.forgePublic,
        issuer: signer,
        signingKey: signer.key,
        notBefore: start,
        notAfter: end,
        extensions: [
          { name: 'basicConstraints', cA: false, critical: true },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
          { name: 'extKeyUsage', ...Object.fromEntries(extendedKeyUsage.map((usage) => [usage, true])) },
          { name: 'subjectAltName', altNames },
          ...revocationExtensions(revocation),
        ],
      });
      const certPem = forge.pki.certificateToPem(cert);
      return { certPem, keyPem: key.pem, chainPem: [certPem, ...signer.chain].join('') };
    },
  };
}

/** Creates a self-signed root CA with its own fresh 2048-bit RSA key. */
export function createCertificateAuthority(options: {
  commonName: string;
  organization?: string;
  notBefore?: Date;
  notAfter?: Date;
}): CertificateAuthority {
  const key = generateKeyPair();
  const [notBefore, notAfter] = validity(options.notBefore, options.notAfter, 365 * DAY);
  const subject: forge.pki.CertificateField[] = [{ name: 'commonName', value: options.commonName }];
  if (options.organization !== undefined) subject.push({ name: 'organizationName', value: options.organization });
  const cert = buildCertificate({
    subject,
    publicKey: key.forgePublic,
    issuer: null,
    signingKey: key,
    notBefore,
    notAfter,
    extensions: caExtensions(),
  });
  const signer: Signer = { cert, key, chain: [] };
  const authority = makeAuthority(options.commonName, signer);
  signers.set(authority, signer);
  return authority;
}

/** Creates an intermediate CA signed by `parent`; its leaves' `chainPem` carries the intermediate(s). */
export function createIntermediate(
  parent: CertificateAuthority,
  commonName: string,
  options: { revocation?: RevocationPointers } = {},
): CertificateAuthority {
  const parentSigner = signers.get(parent);
  if (parentSigner === undefined) throw new Error('createIntermediate: parent was not made by this module');
  const key = generateKeyPair();
  const [notBefore, notAfter] = validity(undefined, undefined, 365 * DAY);
  const cert = buildCertificate({
    subject: [{ name: 'commonName', value: commonName }],
    publicKey: key.forgePublic,
    issuer: parentSigner,
    signingKey: parentSigner.key,
    notBefore,
    notAfter,
    extensions: [...caExtensions(), ...revocationExtensions(options.revocation)],
  });
  const signer: Signer = { cert, key, chain: [forge.pki.certificateToPem(cert), ...parentSigner.chain] };
  const authority = makeAuthority(commonName, signer);
  signers.set(authority, signer);
  return authority;
}
