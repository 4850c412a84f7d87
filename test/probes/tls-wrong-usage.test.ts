import net from 'node:net';
import tls from 'node:tls';
import t from 'tap';
import { createCertificateAuthority, type CertificateAuthority } from '../../src/demo/certificate-authority.js';
import { startProbeLab } from '../helpers/probe-lab.js';

// Issue 8: a certificate whose chain is trusted but whose extended key usage does not allow serverAuth (OpenSSL's
// INVALID_PURPOSE, "unsupported certificate purpose") is TLS_CERT_WRONG_USAGE, never "does not chain to a trusted
// root". OpenSSL reports only its last complaint, so the same certificate from an untrusted CA must still be
// TLS_CERT_UNTRUSTED, and one for another name TLS_HOSTNAME_MISMATCH.

type Teardown = { teardown(fn: () => unknown): void };

async function serve(t: Teardown, ca: CertificateAuthority, names: string[]): Promise<number> {
  const leaf = ca.issue({ hosts: names, extendedKeyUsage: ['clientAuth'] });
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ cert: leaf.chainPem, key: leaf.keyPem }, (s) =>
    s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')),
  );
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

t.test('EKU clientAuth only: wrong usage when trusted, untrusted when not, mismatch when for another name', async (t) => {
  const ports: Record<string, number> = {};
  const hosts = ['client-only.test', 'client-only-untrusted.test', 'client-only-other.test'];
  const lab = await startProbeLab(t, {
    zone: Object.fromEntries(hosts.map((h) => [h, { a: ['127.0.0.1'] }])),
    hosts: {},
    route: (host) => ports[host]!,
  });
  ports['client-only.test'] = await serve(t, lab.ca, ['client-only.test']);
  ports['client-only-untrusted.test'] = await serve(t, createCertificateAuthority({ commonName: 'Nobody Trusts Me' }), [
    'client-only-untrusted.test',
  ]);
  ports['client-only-other.test'] = await serve(t, lab.ca, ['somewhere-else.test']);
  const timeoutMs = 2000;
  const started = Date.now();
  const [trusted, untrusted, other] = await Promise.all(
    hosts.map((host) => lab.probe({ host, port: 443, scheme: 'https', path: '/' }, { timeoutMs })),
  );
  t.equal(trusted!.code, 'TLS_CERT_WRONG_USAGE', trusted!.message);
  t.match(
    trusted!.message,
    new RegExp(
      String.raw`chains to the trusted root "CN=Probe Lab Public Root, O=scp-preflight tests" but is not issued for` +
        String.raw` TLS server authentication: its extended key usage allows only clientAuth, not serverAuth \(OpenSSL:` +
        String.raw` INVALID_PURPOSE`,
    ),
  );
  t.notMatch(trusted!.message, /does not chain/);
  t.match(trusted!.stages.find((s) => s.stage === 'tls')?.detail, { verifyError: 'INVALID_PURPOSE', anchor: { source: 'public-roots' } });
  t.equal(untrusted!.code, 'TLS_CERT_UNTRUSTED', untrusted!.message);
  t.match(untrusted!.message, /Nobody Trusts Me/);
  t.equal(other!.code, 'TLS_HOSTNAME_MISMATCH', other!.message);
  t.match(other!.message, /somewhere-else\.test/);
  t.ok(Date.now() - started < timeoutMs + 3000, 'within the timeout + 3 s');
});
