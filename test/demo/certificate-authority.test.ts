import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import t from 'tap';
import forge from 'node-forge';
import { createCertificateAuthority, createIntermediate, type IssuedCertificate } from '../../src/demo/certificate-authority.js';

type Handshake = { ok: true; protocol: string | null } | { ok: false; code: string; message: string };

/** Serves `cert` on 127.0.0.1:0 and reports how a validating client with `ca` and `servername` fares. */
async function handshake(cert: { chainPem: string; keyPem: string }, ca: string[], servername: string): Promise<Handshake> {
  const server = tls.createServer({ cert: cert.chainPem, key: cert.keyPem }, (socket) => socket.end());
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<Handshake>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca, servername });
      const timer = setTimeout(() => socket.destroy(new Error('client timeout')), 5000);
      const done = (result: Handshake): void => {
        clearTimeout(timer);
        resolve(result);
        socket.destroy();
      };
      socket.once('secureConnect', () => done({ ok: true, protocol: socket.getProtocol() }));
      socket.once('error', (error: NodeJS.ErrnoException) => done({ ok: false, code: error.code ?? 'NONE', message: error.message }));
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const started = Date.now();
const root = createCertificateAuthority({ commonName: 'Test Root', organization: 'scp-preflight tests' });
const rootMs = Date.now() - started;
const other = createCertificateAuthority({ commonName: 'Nobody Trusts Me' });

t.comment(`root CA generated in ${rootMs} ms`);

t.test('root CA certificate is a proper CA', async (t) => {
  const x = new X509Certificate(root.certPem);
  t.equal(x.ca, true);
  t.match(x.subject, /CN=Test Root/);
  t.match(x.subject, /O=scp-preflight tests/);
  t.ok(x.checkIssued(x), 'self-issued');
  t.ok(x.verify(x.publicKey), 'self-signed');
  const parsed = forge.pki.certificateFromPem(root.certPem);
  t.equal(forge.pki.oids[parsed.siginfo.algorithmOid], 'sha256WithRSAEncryption');
  t.ok(parsed.getExtension('subjectKeyIdentifier'));
  t.equal(root.name, 'Test Root');
});

t.test('leaves have random serials, SANs, serverAuth and a shared key', async (t) => {
  const a = root.issue({ hosts: ['a.example.test', '127.0.0.1'] });
  const b = root.issue({ hosts: ['b.example.test'] });
  const xa = new X509Certificate(a.certPem);
  const xb = new X509Certificate(b.certPem);
  t.not(xa.serialNumber, xb.serialNumber);
  t.equal(xa.ca, false);
  t.match(xa.subjectAltName ?? '', /DNS:a\.example\.test/);
  t.match(xa.subjectAltName ?? '', /IP Address:127\.0\.0\.1/);
  t.ok(xa.checkHost('a.example.test'));
  t.ok(xa.checkIP('127.0.0.1'));
  t.same(xa.keyUsage, ['1.3.6.1.5.5.7.3.1']);
  t.equal(a.keyPem, b.keyPem, 'one leaf key is reused');
  t.equal(a.chainPem, a.certPem, 'a leaf from a root needs no intermediate');
});

t.test('a valid leaf validates over real TLS', async (t) => {
  const leaf = root.issue({ hosts: ['valid.example.test'] });
  const result = await handshake(leaf, [root.certPem], 'valid.example.test');
  t.same(result, { ok: true, protocol: 'TLSv1.3' });
});

t.test('a wildcard leaf matches a concrete name', async (t) => {
  const leaf = root.issue({ hosts: ['*.wild.example.test'] });
  t.match(await handshake(leaf, [root.certPem], 'x.wild.example.test'), { ok: true });
});

t.test('a leaf from an intermediate validates when served with its chain', async (t) => {
  const intermediate = createIntermediate(root, 'Test Intermediate');
  t.equal(new X509Certificate(intermediate.certPem).ca, true);
  const leaf = intermediate.issue({ hosts: ['chain.example.test'] });
  t.not(leaf.chainPem, leaf.certPem);
  t.match(await handshake(leaf, [root.certPem], 'chain.example.test'), { ok: true });
  const alone = await handshake({ chainPem: leaf.certPem, keyPem: leaf.keyPem }, [root.certPem], 'chain.example.test');
  t.match(alone, { ok: false, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }, 'without the intermediate it fails');
});

t.test('an expired leaf gives CERT_HAS_EXPIRED', async (t) => {
  const yesterday = new Date(Date.now() - 86_400_000);
  const leaf: IssuedCertificate = root.issue({ hosts: ['old.example.test'], notAfter: yesterday });
  t.match(await handshake(leaf, [root.certPem], 'old.example.test'), { ok: false, code: 'CERT_HAS_EXPIRED' });
});

t.test('a wrong-host leaf fails checkServerIdentity', async (t) => {
  const leaf = root.issue({ hosts: ['other.example.test'] });
  t.match(await handshake(leaf, [root.certPem], 'wanted.example.test'), {
    ok: false,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
  });
});

t.test('a leaf from an untrusted root cannot be verified', async (t) => {
  const leaf = other.issue({ hosts: ['untrusted.example.test'] });
  t.match(await handshake(leaf, [root.certPem], 'untrusted.example.test'), {
    ok: false,
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  });
});

t.test('issue without hosts is a programming error', async (t) => {
  t.throws(() => root.issue({ hosts: [] }), /at least one host/);
});
