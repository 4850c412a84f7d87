import { createHash, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import t from 'tap';
import { createCertificateAuthority } from '../../src/demo/certificate-authority.js';
import { childrenOf, DerError, derOid, derSequence, encodeDer, oidOf, readDer, TAG_CLASS, UNIVERSAL } from '../../src/probes/der.js';
import { NO_REVOCATION_URLS, revocationUrls } from '../../src/probes/revocation-urls.js';
import { ocspRequest } from '../../src/revocation/ocsp-request.js';

// node-forge, which the demo's certificate authority still uses to issue certificates, is the oracle here: the
// reader and writer of der.ts replaced it in the run's code (issue 10: 10 MB of resident memory).

const ca = createCertificateAuthority({ commonName: 'der test root', organization: 'Lab' });
const revocation = {
  crl: ['http://crl.lab.test/root.crl', 'http://crl2.lab.test/root.crl'],
  ocsp: ['http://ocsp.lab.test'],
  caIssuers: ['http://cacerts.lab.test/root.crt'],
};
const leaf = new X509Certificate(ca.issue({ hosts: ['der.lab.test'], revocation }).certPem);

t.test('the URLs and the OCSP CertID of a certificate, as forge reads them', (t) => {
  const urls = revocationUrls(leaf);
  t.same(urls.crl, revocation.crl);
  t.same(urls.ocsp, revocation.ocsp);
  t.same(urls.caIssuers, revocation.caIssuers);
  // forge's own view of the issuer Name and the authority key identifier.
  const cert = forge.pki.certificateFromPem(leaf.toString());
  const issuerDer = forge.asn1.toDer(forge.pki.distinguishedNameToAsn1(cert.issuer)).getBytes();
  t.equal(urls.ocspCertId?.issuerNameHash, createHash('sha1').update(Buffer.from(issuerDer, 'binary')).digest('hex'));
  const aki = cert.extensions.find((e: { id: string }) => e.id === '2.5.29.35') as { value: string } | undefined;
  const akiKeyId = aki ? forge.asn1.fromDer(aki.value).value : [];
  const keyId = Array.isArray(akiKeyId) ? akiKeyId[0]?.value : undefined;
  t.equal(urls.ocspCertId?.issuerKeyHash, typeof keyId === 'string' ? Buffer.from(keyId, 'binary').toString('hex') : 'none');
  t.end();
});

t.test('a certificate without pointers has none; the root names no OCSP responder', (t) => {
  t.same(revocationUrls(new X509Certificate(ca.certPem)), NO_REVOCATION_URLS);
  t.same(revocationUrls(new X509Certificate(ca.issue({ hosts: ['plain.lab.test'] }).certPem)), NO_REVOCATION_URLS);
  t.end();
});

t.test('OIDs read and written as forge does, long arcs included', (t) => {
  for (const oid of ['2.5.29.31', '1.3.6.1.5.5.7.48.1', '1.2.840.113549.1.1.11', '1.3.14.3.2.26', '2.999.3']) {
    const der = derOid(oid);
    t.equal(oidOf(readDer(der)), oid, `${oid} round trip`);
    if (oid !== '2.999.3') t.equal(der.subarray(2).toString('binary'), forge.asn1.oidToDer(oid).getBytes(), `${oid} bytes`);
  }
  t.end();
});

t.test('lengths in short and long form, nested elements in order', (t) => {
  for (const size of [0, 127, 128, 255, 256, 70_000]) {
    const der = encodeDer(TAG_CLASS.universal, false, UNIVERSAL.octetString, Buffer.alloc(size, 7));
    const node = readDer(der);
    t.equal(node.end - node.contentStart, size, `${size} bytes`);
    t.equal(node.end, der.length);
    t.equal(
      der.toString('binary'),
      forge.asn1
        .toDer(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.OCTETSTRING, false, Buffer.alloc(size, 7).toString('binary')))
        .getBytes(),
    );
  }
  const sequence = readDer(derSequence([derOid('1.2.3'), encodeDer(TAG_CLASS.context, false, 6, Buffer.from('uri'))]));
  const [oid, uri] = childrenOf(sequence);
  t.equal(oid && oidOf(oid), '1.2.3');
  t.match(uri, { tagClass: TAG_CLASS.context, tag: 6, constructed: false });
  t.same(childrenOf(oid), [], 'a primitive element has no children');
  t.end();
});

t.test('malformed DER throws DerError, never reads past its container', (t) => {
  const cases: Record<string, Buffer> = {
    empty: Buffer.alloc(0),
    'no length': Buffer.from([0x30]),
    'indefinite length (BER)': Buffer.from([0x30, 0x80, 0, 0]),
    'five length octets': Buffer.from([0x04, 0x85, 0, 0, 0, 0, 1, 0]),
    'longer than the buffer': Buffer.from([0x04, 0x05, 1, 2]),
    'truncated long length': Buffer.from([0x04, 0x82, 1]),
  };
  for (const [name, bytes] of Object.entries(cases)) t.throws(() => readDer(bytes), DerError, name);
  // A child that claims more than its parent holds, though the buffer has the bytes.
  const lying = Buffer.from([0x30, 0x03, 0x04, 0x05, 1, 2, 3, 4, 5]);
  t.throws(() => childrenOf(readDer(lying)), DerError, 'a child running past its parent');
  t.throws(() => oidOf(readDer(Buffer.from([0x04, 0x01, 0x2a]))), DerError, 'an OCTET STRING is not an OID');
  t.end();
});

t.test('the OCSP request is byte for byte what forge builds', (t) => {
  const { asn1 } = forge;
  const seq = (items: forge.asn1.Asn1[]): forge.asn1.Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
  const prim = (type: forge.asn1.Type, bytes: Buffer): forge.asn1.Asn1 =>
    asn1.create(asn1.Class.UNIVERSAL, type, false, bytes.toString('binary'));
  const certId = { issuerNameHash: 'ab'.repeat(20), issuerKeyHash: 'cd'.repeat(20) };
  for (const [serial, bytes] of [
    ['01', [0x01]],
    ['8F3A', [0x00, 0x8f, 0x3a]], // top bit set: a leading zero keeps it positive
    ['abc', [0x0a, 0xbc]], // odd length: a leading zero nibble
  ] as const) {
    const expected = seq([
      seq([
        seq([
          seq([
            seq([
              seq([
                asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer('1.3.14.3.2.26').getBytes()),
                prim(asn1.Type.NULL, Buffer.alloc(0)),
              ]),
              prim(asn1.Type.OCTETSTRING, Buffer.from(certId.issuerNameHash, 'hex')),
              prim(asn1.Type.OCTETSTRING, Buffer.from(certId.issuerKeyHash, 'hex')),
              prim(asn1.Type.INTEGER, Buffer.from(bytes)),
            ]),
          ]),
        ]),
      ]),
    ]);
    t.equal(ocspRequest(certId, serial).toString('hex'), Buffer.from(asn1.toDer(expected).getBytes(), 'binary').toString('hex'), serial);
  }
  t.end();
});
