import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tls from 'node:tls';
import t from 'tap';
import { createCertificateAuthority } from '../../src/demo/certificate-authority.js';
import { buildTrustStore, findAnchor, pemFingerprint256 } from '../../src/probes/trust-store.js';

// The store tells roots apart by the SHA-256 of their DER without parsing them; that must be X509Certificate's own
// fingerprint, or a --ca-file repeating a public root would count twice and findAnchor's quick match would miss.
t.test('a PEM fingerprint is X509Certificate.fingerprint256, for every public root and any line endings', (t) => {
  const mismatches = tls.rootCertificates.filter((pem) => pemFingerprint256(pem) !== new X509Certificate(pem).fingerprint256);
  t.same(mismatches, [], `all ${tls.rootCertificates.length} public roots`);
  const pem = tls.rootCertificates[0] ?? '';
  t.equal(pemFingerprint256(pem.replace(/\n/g, '\r\n')), new X509Certificate(pem).fingerprint256, 'CRLF');
  t.match(pemFingerprint256(pem), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  t.end();
});

t.test('roots are kept once, the most public source first, and parsed when used', (t) => {
  const dir = t.testdir();
  const repeated = join(dir, 'repeats-a-public-root.pem');
  writeFileSync(repeated, `${tls.rootCertificates[0]}\n`);
  const ca = createCertificateAuthority({ commonName: 'Contoso Inspection CA' });
  const own = join(dir, 'inspection.pem');
  writeFileSync(own, ca.certPem);
  const store = buildTrustStore({ caFile: own, publicRoots: null, extraCaCertsFile: repeated });
  t.equal(store.roots.length, tls.rootCertificates.length + 1, 'the repeated public root is not added again');
  const mine = store.roots.find((r) => r.source === 'ca-file');
  t.equal(mine?.fingerprint256, new X509Certificate(ca.certPem).fingerprint256);
  t.equal(mine?.cert.subject, new X509Certificate(ca.certPem).subject, 'parsed on first use');
  t.equal(mine?.cert, mine?.cert, 'and only once');
  const leaf = new X509Certificate(ca.issue({ hosts: ['endpoint.test'] }).certPem);
  t.equal(findAnchor(leaf, store), mine, 'a chain is anchored at the root that issued it');
  t.equal(findAnchor(new X509Certificate(ca.certPem), store), mine, 'a root sent in the chain is found by fingerprint');
  const context = store.secureContext;
  t.type(context.context, 'object', 'the context is made on first use');
  t.equal(store.secureContext, context, 'once');
  t.end();
});

t.test('a broken --ca-file is still bad input when the store is built, before any probe', (t) => {
  const broken = join(t.testdir(), 'broken.pem');
  writeFileSync(broken, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
  t.throws(
    () => buildTrustStore({ caFile: broken, publicRoots: null, extraCaCertsFile: null }),
    /--ca-file: certificate #1 .* cannot be parsed/,
  );
  t.end();
});
