import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { TLSSocket } from 'node:tls';
import t from 'tap';
import { startEndpointServers, WRONG_HOST_NAME } from '../../src/demo/endpoint-servers.js';

interface Reply {
  status?: number;
  headers?: http.IncomingHttpHeaders;
  body?: string;
  protocol?: string | null;
  error?: string;
  errorMessage?: string;
}

/** One GET with a real client; `tls` options switch to HTTPS with SNI = name. Never throws. */
function get(port: number, name: string, tls?: https.RequestOptions): Promise<Reply> {
  return new Promise((resolve) => {
    const options = { host: '127.0.0.1', port, path: '/', headers: { host: name }, agent: false, timeout: 5000 };
    const request = tls === undefined ? http.get(options) : https.get({ ...options, servername: name, ...tls });
    request.on('response', (response) => {
      const protocol = response.socket instanceof TLSSocket ? response.socket.getProtocol() : null;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, protocol });
      });
    });
    request.on('timeout', () => request.destroy(new Error('client timeout')));
    request.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ error: error.code ?? 'NONE', errorMessage: error.message });
    });
  });
}

const started = Date.now();
const servers = await startEndpointServers({
  hosts: {
    'good.example.test': { certificate: 'valid' },
    'moved.example.test': { certificate: 'valid', redirect: 'https://elsewhere.example.test/x', server: 'Moved/2' },
    'teapot.example.test': { certificate: 'valid', status: 418, body: 'short and stout' },
    'old.example.test': { certificate: 'expired' },
    'wrong.example.test': { certificate: 'wrong-host' },
    'evil.example.test': { certificate: 'untrusted' },
    'legacy.example.test': { certificate: 'tls1.1-only' },
    '*.wild.example.test': { certificate: 'valid', server: 'Wild/1' },
  },
});
t.comment(`servers with a fresh CA ready in ${Date.now() - started} ms`);
t.teardown(() => servers.close());
const trust = { ca: [servers.rootPem] };
const legacyClient = { ...trust, minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' } as const;

t.test('a valid host answers over HTTPS with the defaults', async (t) => {
  const reply = await get(servers.tlsPort, 'good.example.test', trust);
  t.match(reply, { status: 200, body: 'simulated good.example.test\n', protocol: 'TLSv1.3' });
  t.equal(reply.headers?.server, 'SimulatedEndpoint/1.0');
  t.equal(reply.headers?.connection, 'close');
  t.equal(servers.ca.certPem, servers.rootPem);
});

t.test('status, redirect and Server header are configurable, on HTTPS and HTTP alike', async (t) => {
  for (const [port, tls] of [
    [servers.tlsPort, trust],
    [servers.httpPort, undefined],
  ] as const) {
    const moved = await get(port, 'moved.example.test', tls);
    t.equal(moved.status, 302);
    t.equal(moved.headers?.location, 'https://elsewhere.example.test/x');
    t.equal(moved.headers?.server, 'Moved/2');
    t.match(await get(port, 'teapot.example.test', tls), { status: 418, body: 'short and stout' });
  }
});

t.test('a one-label wildcard key matches concrete names', async (t) => {
  const reply = await get(servers.tlsPort, 'cdn7.wild.example.test', trust);
  t.match(reply, { status: 200, headers: { server: 'Wild/1' } });
});

t.test('certificate faults are real validation failures', async (t) => {
  t.match(await get(servers.tlsPort, 'old.example.test', trust), { error: 'CERT_HAS_EXPIRED' });
  t.match(await get(servers.tlsPort, 'wrong.example.test', trust), { error: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  t.match(await get(servers.tlsPort, 'evil.example.test', trust), { error: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  const lax = await get(servers.tlsPort, 'wrong.example.test', { rejectUnauthorized: false });
  t.equal(lax.status, 200, 'the faulty hosts still speak HTTP once validation is waived');
  t.ok(WRONG_HOST_NAME.endsWith('.invalid'));
});

t.test('the TLS 1.1-only host negotiates TLS 1.1 and nothing newer', async (t) => {
  for (const port of [servers.tls11Port, servers.tlsPort]) {
    const old = await get(port, 'legacy.example.test', legacyClient);
    t.match(old, { status: 200, protocol: 'TLSv1.1' }, `port ${port}`);
    const modern = await get(port, 'legacy.example.test', trust);
    t.equal(modern.status, undefined, 'a default Node client refuses it');
    t.match(modern.errorMessage, /protocol version|unsupported protocol/i);
  }
  t.match(await get(servers.tlsPort, 'good.example.test', legacyClient), { protocol: 'TLSv1.3' }, 'others stay modern');
});

t.test('an unknown host fails the handshake, and gets 421 over plain HTTP', async (t) => {
  t.ok((await get(servers.tlsPort, 'nobody.example.test', trust)).error);
  t.match(await get(servers.httpPort, 'nobody.example.test'), { status: 421 });
});

t.test('setHost changes a host while running', async (t) => {
  servers.setHost('late.example.test', { certificate: 'valid', status: 503 });
  t.match(await get(servers.tlsPort, 'late.example.test', trust), { status: 503 });
  servers.setHost('late.example.test', { certificate: 'expired' });
  t.match(await get(servers.tlsPort, 'late.example.test', trust), { error: 'CERT_HAS_EXPIRED' });
});

t.test('garbage on the TLS port does not take the server down', async (t) => {
  await new Promise<void>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: servers.tlsPort });
    socket.once('connect', () => socket.end('GET / HTTP/1.1\r\n\r\n'));
    socket.on('error', () => {});
    socket.on('close', () => resolve());
    socket.resume();
  });
  t.match(await get(servers.tlsPort, 'good.example.test', trust), { status: 200 });
});

t.test('close releases every port', async (t) => {
  const own = await startEndpointServers({ hosts: { 'a.example.test': { certificate: 'valid' } }, ca: servers.ca });
  const idle = net.connect({ host: '127.0.0.1', port: own.tlsPort });
  await new Promise((resolve) => idle.once('connect', resolve));
  idle.on('error', () => {});
  await own.close();
  await own.close();
  for (const port of [own.tlsPort, own.tls11Port, own.httpPort]) {
    t.match(await get(port, 'a.example.test'), { error: 'ECONNREFUSED' });
  }
});
