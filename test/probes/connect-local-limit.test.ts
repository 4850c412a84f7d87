import net from 'node:net';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { runWithFileLimit } from '../helpers/file-limit.js';
import { haveProgram } from '../helpers/real-programs.js';

// A connect that fails because this host ran out of descriptors (EMFILE) never reached the network: naming it
// CONNECT_REFUSED sent the firewall team after a rule that was never tested. The child process here uses up its
// open-files limit, then probes a listener that would accept.
const CONNECT = fileURLToPath(new URL('../../dist/probes/connect.js', import.meta.url));

const CHILD = `
import { closeSync, openSync } from 'node:fs';
const { connectTcp } = await import(process.argv[1]);
const held = [];
try { for (;;) held.push(openSync('/dev/null', 'r')); } catch {}
const { stage } = await connectTcp({
  host: 'sccm.lab.test', address: '127.0.0.1', port: Number(process.argv[2]),
  signal: new AbortController().signal, timeoutMs: 3000,
});
for (const fd of held) closeSync(fd);
process.stdout.write(JSON.stringify(stage));
`;

t.test('a connect that fails for want of descriptors is LOCAL_LIMIT_REACHED, not a refusal', async (t) => {
  if (!haveProgram(t, '/usr/bin/prlimit', 'util-linux')) return;
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as net.AddressInfo;
  const { code, out, err } = await runWithFileLimit(CHILD, [CONNECT, String(port)]);
  t.equal(code, 0, `the child ran (stderr: ${err.slice(0, 300)})`);
  const stage = JSON.parse(out) as { status: string; code: string; message: string; detail: { osError: string } };
  t.equal(stage.detail.osError, 'EMFILE', 'the OS said: too many open files');
  t.equal(stage.status, 'fail', 'not a pass: nothing was proven');
  t.equal(stage.code, 'LOCAL_LIMIT_REACHED');
  t.match(stage.message, /ran out of open files/);
  t.notMatch(stage.message, /refused/, 'it does not say the connection was refused');
});
