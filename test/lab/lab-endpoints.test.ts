import net from 'node:net';
import t from 'tap';
import { get, sendGarbage } from '../helpers/https-get.js';
import { startLabEndpointServers, WRONG_HOST_NAME } from './lab-endpoints.js';

const servers = await startLabEndpointServers({
  hosts: {
    'good.example.test': { certificate: 'valid' },
    'old.example.test': { certificate: 'expired' },
    'wrong.example.test': { certificate: 'wrong-host' },
    'evil.example.test': { certificate: 'untrusted' },
    'legacy.example.test': { certificate: 'tls1.1-only' },
  },
});
t.teardown(() => servers.close());
const trust = { ca: [servers.rootPem] };
const legacyClient = { ...trust, minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' } as const;

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

t.test('garbage on the front door does not take the server down', async (t) => {
  await sendGarbage(servers.tlsPort);
  t.match(await get(servers.tlsPort, 'good.example.test', trust), { status: 200 });
});

t.test('close releases every port, the TLS 1.1 one too', async (t) => {
  const own = await startLabEndpointServers({ hosts: { 'a.example.test': { certificate: 'valid' } }, ca: servers.ca });
  const idle = net.connect({ host: '127.0.0.1', port: own.tlsPort });
  await new Promise((resolve) => idle.once('connect', resolve));
  idle.on('error', () => {});
  await own.close();
  await own.close();
  for (const port of [own.tlsPort, own.tls11Port, own.httpPort]) {
    t.match(await get(port, 'a.example.test'), { error: 'ECONNREFUSED' });
  }
});
