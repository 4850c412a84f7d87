import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { offlineEnv } from '../helpers/offline-env.js';

const FINISH = pathToFileURL(new URL('../../dist/cli/finish-process.js', import.meta.url).pathname).href;
const OUTPUT_BYTES = 4 * 1024 * 1024;

// A child that leaks what keeps a real run alive (a connection to a peer that never closes it), writes a large
// output to its stdout pipe, then calls finishProcess: it must end by itself with the given code, its output whole.
async function runLeakyChild(
  t: import('tap').Test,
  options: { pauseReadingMs: number },
): Promise<{ code: number | null; bytes: number; ms: number }> {
  const held = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    held.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const s of held) s.destroy();
    server.close();
  });
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-finish-'));
  const script = join(dir, 'leaky.mjs');
  writeFileSync(
    script,
    `
    import net from 'node:net';
    import { finishProcess } from ${JSON.stringify(FINISH)};
    const leak = net.connect(${(server.address() as net.AddressInfo).port}, '127.0.0.1');
    leak.on('connect', () => {
      process.stdout.write('x'.repeat(${OUTPUT_BYTES}) + 'END\\n');
      finishProcess(5);
    });
  `,
  );
  const started = Date.now();
  const child = spawn(process.execPath, [script], { env: offlineEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
  let bytes = 0;
  child.stdout.pause();
  setTimeout(() => child.stdout.resume(), options.pauseReadingMs);
  child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(killer);
  return { code, bytes, ms: Date.now() - started };
}

t.test('finishProcess ends a process that a held connection keeps alive, with its code and all of its output', async (t) => {
  const fast = await runLeakyChild(t, { pauseReadingMs: 0 });
  t.equal(fast.code, 5, 'the code given to finishProcess');
  t.equal(fast.bytes, OUTPUT_BYTES + 4, 'stdout complete');
  t.ok(fast.ms < 10_000, `ended after ${fast.ms} ms despite the open connection`);
});

t.test('finishProcess waits for a slow pipe reader before it exits', async (t) => {
  const slow = await runLeakyChild(t, { pauseReadingMs: 3000 });
  t.equal(slow.code, 5);
  t.equal(slow.bytes, OUTPUT_BYTES + 4, 'stdout complete although the reader paused past the grace period');
  t.ok(slow.ms >= 3000, 'it waited for the reader');
});
