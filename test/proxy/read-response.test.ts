import { createServer, connect, type Server, type Socket } from 'node:net';
import t from 'tap';
import { boundedScope } from '../../src/probes/bounded-signal.js';
import { readResponse } from '../../src/proxy/read-response.js';

// readResponse parses what a proxy says on the raw socket before any tunnel exists, so the tests drive it with a
// real loopback server that writes the answer in whatever pieces the test chooses.

/** A server that writes `pieces` one by one (a pause between them) and then leaves the connection as `end` says. */
async function answering(pieces: readonly (string | Buffer)[], end: 'close' | 'hold' = 'hold'): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    socket.on('error', () => {});
    void (async () => {
      for (const piece of pieces) {
        if (socket.destroyed) return;
        socket.write(piece);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      if (end === 'close') socket.end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address !== null ? address.port : 0 };
}

async function client(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return socket;
}

/** The response split into single bytes: every boundary a chunked decoder can meet. */
function bytes(text: string): Buffer[] {
  return [...Buffer.from(text, 'latin1')].map((b) => Buffer.from([b]));
}

const SECOND = ', and a second chunk sized in upper-case hex';
const CHUNKED =
  'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: NTLM\r\nProxy-Authenticate: Basic realm="x"\r\n' +
  'Transfer-Encoding: chunked\r\n\r\n' +
  '5;name=value\r\nhello\r\n' + // a chunk extension
  `${SECOND.length.toString(16).toUpperCase()}\r\n${SECOND}\r\n` + // upper-case hexadecimal
  '0\r\nX-Trailer: yes\r\n\r\n'; // a trailer

t.test('a chunked body is decoded whatever the packet boundaries, and what follows is left for the next reader', async (t) => {
  for (const [name, pieces] of [
    ['in one write', [`${CHUNKED}NEXT`]],
    ['byte by byte', bytes(`${CHUNKED}NEXT`)],
  ] as const) {
    const { server, port } = await answering(pieces);
    const socket = await client(port);
    const scope = boundedScope(new AbortController().signal, 20_000);
    const response = await readResponse(socket, scope.signal, { bodyless: () => false });
    scope.dispose();
    t.match(response, { ok: true, status: 407, keepAlive: true }, name);
    if (response.ok) {
      t.equal(response.body, `hello${SECOND}`, `${name}: chunks joined, extension and trailer dropped`);
      t.same(response.headers['proxy-authenticate'], ['NTLM', 'Basic realm="x"'], `${name}: repeated headers kept`);
    }
    const rest = await new Promise<string>((resolve) => {
      let seen = '';
      setTimeout(() => resolve(seen), 5_000).unref();
      const onData = (d: Buffer): void => {
        seen += d.toString('latin1');
        if (seen.length >= 4) {
          socket.off('data', onData);
          resolve(seen);
        }
      };
      socket.on('data', onData);
    });
    t.equal(rest, 'NEXT', `${name}: the bytes after the last chunk are pushed back`);
    socket.destroy();
    server.close();
  }
});

t.test('a chunked body that stops arriving is cut by the signal, not waited for', async (t) => {
  const { server, port } = await answering(['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', '10\r\nonly part'], 'hold');
  const socket = await client(port);
  const controller = new AbortController();
  const pending = readResponse(socket, controller.signal, { bodyless: () => false });
  setTimeout(() => controller.abort(), 100);
  t.same(await pending, { ok: false, kind: 'timeout', error: 'the response body did not finish in time' });
  socket.destroy();
  server.close();
});

t.test('a connection closed in the middle of a chunked body says so', async (t) => {
  const { server, port } = await answering(['HTTP/1.1 502 Bad Gateway\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab'], 'close');
  const socket = await client(port);
  const scope = boundedScope(new AbortController().signal, 20_000);
  t.same(await readResponse(socket, scope.signal, { bodyless: () => false }), {
    ok: false,
    kind: 'closed',
    error: 'the proxy closed the connection in the middle of its answer',
  });
  scope.dispose();
  socket.destroy();
  server.close();
});

t.test('a chunk size that is not hexadecimal ends the body with what came before it', async (t) => {
  const { server, port } = await answering(['HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nzz\r\n'], 'hold');
  const socket = await client(port);
  const scope = boundedScope(new AbortController().signal, 20_000);
  const response = await readResponse(socket, scope.signal, { bodyless: () => false });
  scope.dispose();
  t.match(response, { ok: true, status: 403, body: 'abc' }, 'the status still counts; the body is what was well framed');
  socket.destroy();
  server.close();
});

t.test('an endless chunked body is bounded by size, not read for ever', async (t) => {
  const chunk = `4000\r\n${'x'.repeat(0x4000)}\r\n`;
  const { server, port } = await answering(
    ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', ...Array.from({ length: 40 }, () => chunk)],
    'hold',
  );
  const socket = await client(port);
  const scope = boundedScope(new AbortController().signal, 20_000);
  const response = await readResponse(socket, scope.signal, { bodyless: () => false });
  scope.dispose();
  t.match(response, { ok: true, status: 200 }, 'finished before the signal, by the body limit');
  if (response.ok) t.ok(response.body.length <= 256 * 1024, 'at most 256 KiB kept');
  socket.destroy();
  server.close();
});
