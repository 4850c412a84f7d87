import { spawnSync } from 'node:child_process';
import t from 'tap';
import type { StageResult } from '../../src/probes/types.js';
import { offlineEnv } from '../helpers/offline-env.js';

// Issue 8: a firewall that rejects with ICMP (host unreachable / administratively prohibited) is Linux's
// EHOSTUNREACH and a CONNECT_REJECTED with the firewall fix, not "no route"; a real missing route (ENETUNREACH)
// stays NETWORK_UNREACHABLE. The rejects are real: iptables rules inside a network namespace this test creates,
// with only its own loopback, so nothing can leave the machine and the host's firewall is never touched. The probe
// runs as a child inside the namespace (the compiled dist/, which `npm test` builds first).

const CONNECT = new URL('../../dist/probes/connect.js', import.meta.url).href;
const NS = `scp-preflight-reject-${process.pid}`;

/** Skips with a reason unless namespaces and iptables work here; mandatory with SCP_PREFLIGHT_REQUIRE_PROGRAMS=1. */
function namespaceOrSkip(t: Pick<import('tap').Test, 'teardown' | 'skip' | 'fail'>): boolean {
  const why =
    process.getuid?.() !== 0
      ? 'not root: creating a network namespace needs CAP_NET_ADMIN'
      : spawnSync('ip', ['netns', 'add', NS]).status !== 0
        ? '`ip netns add` failed (no namespace support here)'
        : null;
  if (why === null) {
    t.teardown(() => {
      spawnSync('ip', ['netns', 'delete', NS]);
    });
    return true;
  }
  if (process.env.SCP_PREFLIGHT_REQUIRE_PROGRAMS === '1') t.fail(`${why}; SCP_PREFLIGHT_REQUIRE_PROGRAMS=1 makes this test mandatory`);
  else t.skip(why, () => {});
  return false;
}

function inNamespace(command: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('ip', ['netns', 'exec', NS, ...command], { env: offlineEnv(), timeout: 20_000 });
  // Node's types say Buffer, but a spawn that fails (ENOENT: no `ip` here) returns null streams.
  const { stdout, stderr } = result as { stdout: Buffer | null; stderr: Buffer | null };
  return { status: result.status, stdout: stdout?.toString() ?? '', stderr: stderr?.toString() ?? '' };
}

t.test('ICMP rejects and a missing route, inside a network namespace', async (t) => {
  if (!namespaceOrSkip(t)) return;
  const setup = [
    ['ip', 'link', 'set', 'lo', 'up'],
    [
      'iptables',
      '-I',
      'OUTPUT',
      '-d',
      '127.0.0.1',
      '-p',
      'tcp',
      '--dport',
      '4001',
      '-j',
      'REJECT',
      '--reject-with',
      'icmp-admin-prohibited',
    ],
    [
      'iptables',
      '-I',
      'OUTPUT',
      '-d',
      '127.0.0.1',
      '-p',
      'tcp',
      '--dport',
      '4002',
      '-j',
      'REJECT',
      '--reject-with',
      'icmp-host-prohibited',
    ],
  ];
  for (const command of setup) {
    const done = inNamespace(command);
    if (done.status !== 0) {
      if (process.env.SCP_PREFLIGHT_REQUIRE_PROGRAMS === '1') t.fail(`${command.join(' ')} failed: ${done.stderr}`);
      else t.skip(`${command.join(' ')} failed here: ${done.stderr.trim()}`, () => {});
      return;
    }
  }
  const timeoutMs = 3000;
  // 10.255.0.1: the namespace has no route but loopback's, so the kernel refuses at once and nothing is sent.
  const targets = [
    ['127.0.0.1', 4001],
    ['127.0.0.1', 4002],
    ['10.255.0.1', 443],
  ] as const;
  const script = `import { connectTcp } from ${JSON.stringify(CONNECT)};
    const targets = ${JSON.stringify(targets)};
    const out = [];
    for (const [address, port] of targets) {
      const began = Date.now();
      const { stage } = await connectTcp({
        address, port, host: 'endpoint.test', signal: new AbortController().signal, timeoutMs: ${timeoutMs},
      });
      out.push({ ...stage, wall: Date.now() - began });
    }
    process.stdout.write(JSON.stringify(out));`;
  const run = inNamespace([process.execPath, '--input-type=module', '-e', script]);
  t.equal(run.status, 0, run.stderr);
  const [admin, host, noRoute] = JSON.parse(run.stdout) as (StageResult & { wall: number })[];
  for (const [name, stage] of [
    ['icmp-admin-prohibited', admin!],
    ['icmp-host-prohibited', host!],
  ] as const) {
    t.equal(stage.code, 'CONNECT_REJECTED', `${name}: ${stage.message}`);
    t.match(stage.detail, { osError: 'EHOSTUNREACH' });
    t.match(
      stage.message,
      /A firewall or router rejected the TCP connection to endpoint\.test \(127\.0\.0\.1\) port 400\d with an ICMP error/,
    );
    t.match(stage.message, /allow outbound TCP to 127\.0\.0\.1 port 400\d on the firewall that sends the reject/);
    t.ok(stage.wall < timeoutMs + 3000, `${name}: ${stage.wall} ms, within the timeout + 3 s`);
  }
  t.equal(noRoute!.code, 'NETWORK_UNREACHABLE', noRoute!.message);
  t.match(noRoute!.detail, { osError: 'ENETUNREACH' });
  t.match(noRoute!.message, /no route to endpoint\.test \(10\.255\.0\.1\) port 443/);
});
