import net from 'node:net';
import tls from 'node:tls';
import t from 'tap';
import { clientHelloServerName, firstRecordLength } from './client-hello-sni.js';

/** The first bytes a real Node TLS client sends, captured by a plain TCP server on loopback. */
async function captureHello(servername: string | undefined): Promise<Buffer> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  try {
    const hello = new Promise<Buffer>((resolve) => {
      server.once('connection', (socket) => {
        let data = Buffer.alloc(0);
        socket.on('data', (chunk: Buffer) => {
          data = Buffer.concat([data, chunk]);
          const need = firstRecordLength(data);
          if (need !== null && data.length >= need) {
            socket.destroy();
            resolve(data);
          }
        });
      });
    });
    const options = servername === undefined ? {} : { servername };
    const client = tls.connect({ host: '127.0.0.1', port, ...options });
    client.on('error', () => {});
    const data = await hello;
    client.destroy();
    return data;
  } finally {
    server.close();
  }
}

t.test('reads the SNI from a real ClientHello', async (t) => {
  const hello = await captureHello('Login.Example.Test');
  t.equal(firstRecordLength(hello), hello.length);
  t.equal(clientHelloServerName(hello), 'login.example.test');
});

t.test('no SNI (an IP literal) gives null', async (t) => {
  t.equal(clientHelloServerName(await captureHello(undefined)), null);
});

t.test('non-TLS, short and truncated input gives null without throwing', async (t) => {
  const hello = await captureHello('a.example.test');
  t.equal(firstRecordLength(Buffer.from('GET / HTTP/1.1\r\n')), null);
  t.equal(firstRecordLength(Buffer.from([0x16, 0x03])), 5);
  t.equal(clientHelloServerName(Buffer.alloc(0)), null);
  t.equal(clientHelloServerName(hello.subarray(0, 60)), null, 'incomplete record');
  const lying = Buffer.from(hello);
  lying.writeUInt16BE(0xffff, 5 + 4 + 2 + 32 + 1 + lying.readUInt8(5 + 4 + 2 + 32)); // absurd cipher_suites length
  lying.writeUInt16BE(lying.length - 5, 3);
  t.equal(clientHelloServerName(lying), null);
});
