import net from 'node:net';
import tls from 'node:tls';
import t from 'tap';
import type { TlsDetail } from '../../src/probes/types.js';
import { startProbeLab } from '../helpers/probe-lab.js';

// Issue 8: a server that demands a client certificate. Under TLS 1.3 the client's handshake completes before the
// server has judged the (empty) client certificate, so its alert 116 "certificate required" arrives after the
// handshake, where it used to be blamed on HTTP ("a device in the path answers"). Under TLS 1.2 the handshake
// itself fails. Both are the tls stage's TLS_HANDSHAKE_FAILED, naming the alert.

t.test('a real node TLS server with requestCert + rejectUnauthorized, under TLS 1.3 and TLS 1.2', async (t) => {
  const ports: Record<string, number> = {};
  const lab = await startProbeLab(t, {
    zone: { 'mtls13.test': { a: ['127.0.0.1'] }, 'mtls12.test': { a: ['127.0.0.1'] } },
    hosts: {},
    route: (host) => ports[host]!,
  });
  for (const [host, version] of [
    ['mtls13.test', 'TLSv1.3'],
    ['mtls12.test', 'TLSv1.2'],
  ] as const) {
    const leaf = lab.ca.issue({ hosts: [host] });
    const sockets = new Set<net.Socket>();
    const server = tls.createServer(
      {
        cert: leaf.chainPem,
        key: leaf.keyPem,
        ca: lab.ca.certPem,
        requestCert: true,
        rejectUnauthorized: true,
        minVersion: version,
        maxVersion: version,
      },
      (socket) => socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')),
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
    ports[host] = (server.address() as net.AddressInfo).port;
  }
  const timeoutMs = 2000;
  for (const [host, protocol, alert] of [
    ['mtls13.test', 'TLSv1.3', /alert 116 "certificate required": the server requires a client certificate/],
    ['mtls12.test', null, /alert 40 "handshake failure"/],
  ] as const) {
    // Repeated: the alert races the request and the server's close, and it must win every time.
    for (let round = 0; round < 5; round += 1) {
      const started = Date.now();
      const outcome = await lab.probe({ host, port: 443, scheme: 'https', path: '/' }, { timeoutMs });
      const tlsStage = outcome.stages.find((s) => s.stage === 'tls')!;
      t.equal(outcome.code, 'TLS_HANDSHAKE_FAILED', `${host} #${round}: ${outcome.message}`);
      t.equal(tlsStage.status, 'fail', `${host}: the tls stage fails`);
      t.match(tlsStage.message, alert, `${host}: names the alert`);
      t.notMatch(outcome.message, /device in the path answers|valid HTTP|HTTP_PROTOCOL_ERROR/, `${host}: HTTP is not blamed`);
      t.match(
        outcome.stages.find((s) => s.stage === 'http'),
        { status: 'skip', message: 'Skipped: the tls stage failed.' },
      );
      t.equal((tlsStage.detail as TlsDetail).protocol, protocol, `${host}: the negotiated protocol is kept when there was one`);
      t.ok(Date.now() - started < timeoutMs + 3000, `${host}: within the timeout + 3 s`);
    }
  }
});
