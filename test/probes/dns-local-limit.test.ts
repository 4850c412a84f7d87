import { fileURLToPath } from 'node:url';
import t from 'tap';
import { startDnsServer } from '../../src/demo/dns-server.js';
import { runWithFileLimit } from '../helpers/file-limit.js';
import { haveProgram } from '../helpers/real-programs.js';

// A DNS question that could not be sent because this host ran out of descriptors (EMFILE) asked no server: "no DNS
// server answered" (DNS_TIMEOUT) sent the admin after the DNS servers. The child process here uses up its
// open-files limit (or not, as the control), then resolves a name the loopback server knows.
const DNS = fileURLToPath(new URL('../../dist/probes/dns.js', import.meta.url));
const RANGES = fileURLToPath(new URL('../../dist/probes/address-range.js', import.meta.url));

const CHILD = `
import { closeSync, openSync } from 'node:fs';
const [dns, ranges, server, exhaust] = process.argv.slice(1);
const { resolveHost } = await import(dns);
const { parseRange } = await import(ranges);
// The answer is loopback, which a real run calls a sinkhole: here it is the lab's own address.
const policy = { lab: [parseRange('127.0.0.1/32')], role: 'endpoint' };
const held = [];
if (exhaust === 'yes') try { for (;;) held.push(openSync('/dev/null', 'r')); } catch {}
const stage = await resolveHost('sccm.lab.test', { servers: [server], signal: new AbortController().signal, timeoutMs: 3000, policy });
for (const fd of held) closeSync(fd);
process.stdout.write(JSON.stringify(stage));
`;

interface Stage {
  status: string;
  code: string | null;
  message: string;
  detail: { queries: { error: string | null }[] };
}

async function resolveInChild(t: Pick<import('tap').Test, 'equal'>, server: string, exhaust: boolean): Promise<Stage> {
  const { code, out, err } = await runWithFileLimit(CHILD, [DNS, RANGES, server, exhaust ? 'yes' : 'no']);
  t.equal(code, 0, `the child ran (stderr: ${err.slice(0, 300)})`);
  return JSON.parse(out) as Stage;
}

t.test('a DNS question that fails for want of descriptors is LOCAL_LIMIT_REACHED, not a DNS timeout', async (t) => {
  if (!haveProgram(t, '/usr/bin/prlimit', 'util-linux')) return;
  const dns = await startDnsServer({ zone: { 'sccm.lab.test': { a: ['127.0.0.1'] } } });
  t.teardown(() => dns.close());

  const control = await resolveInChild(t, dns.server, false);
  t.equal(control.status, 'pass', `with descriptors left, the same child resolves the name: ${control.message}`);
  const asked = dns.queries.length;
  t.ok(asked > 0, 'and the server saw its questions');

  const stage = await resolveInChild(t, dns.server, true);
  t.same([...new Set(stage.detail.queries.map((q) => q.error))], ['EMFILE'], 'every question failed on this host: too many open files');
  t.equal(stage.status, 'fail', 'not a pass: nothing was resolved');
  t.equal(stage.code, 'LOCAL_LIMIT_REACHED');
  t.match(stage.message, /could not open a socket to ask DNS for sccm\.lab\.test \(EMFILE\)/);
  t.notMatch(stage.message, /did not answer|No DNS server answered/, 'it does not blame the DNS server');
  t.equal(dns.queries.length, asked, 'and indeed the server got no question');
});
