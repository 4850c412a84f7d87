import net from 'node:net';
import t from 'tap';
import { startEndpointServers } from '../../src/demo/endpoint-servers.js';
import { get, sendGarbage } from '../helpers/https-get.js';

const started = Date.now();
const servers = await startEndpointServers({
  hosts: {
    'good.example.test': { certificate: 'valid' },
    'moved.example.test': { certificate: 'valid', redirect: 'https://elsewhere.example.test/x', server: 'Moved/2' },
    'teapot.example.test': { certificate: 'valid', status: 418, body: 'short and stout' },
    'old.example.test': { certificate: 'expired' },
    '*.wild.example.test': { certificate: 'valid', server: 'Wild/1' },
  },
});
t.comment(`servers with a fresh CA ready in ${Date.now() - started} ms`);
t.teardown(() => servers.close());
const trust = { ca: [servers.rootPem] };

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

t.test("the demo's expired certificate is a real validation failure", async (t) => {
  t.match(await get(servers.tlsPort, 'old.example.test', trust), { error: 'CERT_HAS_EXPIRED' });
  const lax = await get(servers.tlsPort, 'old.example.test', { rejectUnauthorized: false });
  t.equal(lax.status, 200, 'the host still speaks HTTP once validation is waived');
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
  await sendGarbage(servers.tlsPort);
  t.match(await get(servers.tlsPort, 'good.example.test', trust), { status: 200 });
});

t.test('close releases every port', async (t) => {
  const own = await startEndpointServers({ hosts: { 'a.example.test': { certificate: 'valid' } }, ca: servers.ca });
  const idle = net.connect({ host: '127.0.0.1', port: own.tlsPort });
  await new Promise((resolve) => idle.once('connect', resolve));
  idle.on('error', () => {});
  await own.close();
  await own.close();
  for (const port of [own.tlsPort, own.httpPort]) {
    t.match(await get(port, 'a.example.test'), { error: 'ECONNREFUSED' });
  }
});
