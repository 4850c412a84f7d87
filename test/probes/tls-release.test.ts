import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import t from 'tap';
import { createCertificateAuthority } from '../../src/demo/certificate-authority.js';
import { connectTcp } from '../../src/probes/connect.js';
import { exchange } from '../../src/probes/http-exchange.js';
import { handshakeTls } from '../../src/probes/tls.js';
import { buildTrustStore } from '../../src/probes/trust-store.js';

// Issue 10: a finished probe must free its OpenSSL session. tls.ts once removed every 'close' listener of the
// TLS socket after the handshake, Node's own among them (onSocketCloseDestroySSL in _tls_wrap.js), so each
// endpoint's native TLSWrap, and through it its socket, request and response, lived until exit (a 2,000-endpoint
// bench run kept all 1,500 TLS sockets it used; a single socket is freed anyway, so this checks the listeners).

t.test("the handshake takes off only its own listeners: Node's 'close' listener that frees the session stays", async (t) => {
  const ca = createCertificateAuthority({ commonName: 'Release Test Root' });
  const leaf = ca.issue({ hosts: ['release.test'] });
  const server = tls.createServer({ cert: leaf.chainPem, key: leaf.keyPem }, (s) =>
    s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = mkdtempSync(join(tmpdir(), 'scp-release-'));
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true });
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const rootFile = join(dir, 'root.pem');
  writeFileSync(rootFile, ca.certPem);
  const trust = buildTrustStore({ caFile: null, publicRoots: rootFile, extraCaCertsFile: null });
  const port = (server.address() as net.AddressInfo).port;
  const signal = new AbortController().signal;
  const tcp = await connectTcp({ address: '127.0.0.1', port, host: 'release.test', signal, timeoutMs: 2000 });
  t.ok(tcp.socket, tcp.stage.message);
  if (!tcp.socket) return;
  // What a TLS socket listens to before we add anything: Node's own housekeeping (names vary by Node version).
  const own = new tls.TLSSocket(new net.Socket());
  const nodeClose = own.listeners('close');
  const nodeError = own.listeners('error');
  own.destroy();
  const handshake = await handshakeTls({ socket: tcp.socket, host: 'release.test', port, trust, signal, timeoutMs: 2000 });
  t.equal(handshake.stage.status, 'pass', handshake.stage.message);
  const secure = handshake.socket;
  t.ok(secure, 'the handshake hands the socket on');
  if (!secure) return;
  t.ok(nodeClose.length > 0, 'Node listens to close on a TLS socket (this test checks that it still does after us)');
  const names = (fns: readonly unknown[]): string[] => fns.map((f) => (f as { name: string }).name);
  t.same(names(secure.listeners('close')), names(nodeClose), "only Node's own 'close' listeners are left on the socket");
  t.same(names(secure.listeners('error')).slice(0, nodeError.length), names(nodeError), "Node's own 'error' listeners stay first");
  const answer = await exchange({ socket: secure, host: 'release.test', requestTarget: '/', signal, timeoutMs: 2000 });
  t.equal(answer.ok && answer.status, 200);
});
