import dgram from 'node:dgram';
import net from 'node:net';
import t from 'tap';
import dnsPacket from 'dns-packet';
import { startDnsServer, type DnsZone, type RunningDnsServer } from '../../src/demo/dns-server.js';
import { RunStop } from '../../src/probes/run-stop.js';
import { resolveHost } from '../../src/probes/dns.js';
import type { DnsDetail, StageResult } from '../../src/probes/types.js';
import { TEST_LAB_RANGES } from '../helpers/lab-addresses.js';

const zone: DnsZone = {
  'dual.test': { a: ['127.0.0.10', '127.0.0.11'], aaaa: ['fd00::10'], ttl: 120 },
  'v6only.test': { aaaa: ['fd00::20'] },
  'www.contoso.test': { cname: 'edge.contoso.test', ttl: 30 },
  'edge.contoso.test': { cname: 'e1.akamai.test', ttl: 20 },
  'e1.akamai.test': { a: ['127.0.0.30'], ttl: 10 },
  'empty.test': {},
  'alias-to-empty.test': { cname: 'empty.test' },
  'alias-to-nothing.test': { cname: 'missing.test' },
  'broken.test': { rcode: 'SERVFAIL' },
  'closed.test': { rcode: 'REFUSED' },
  'silent.test': { drop: true },
  'big.test': { a: ['127.0.0.40'], aaaa: ['fd00::40'], truncate: true },
  'forged-id.test': { a: ['127.0.0.50'], decoy: 'id' },
  'forged-question.test': { a: ['127.0.0.51'], decoy: 'question' },
  'forged-only.test': { a: ['127.0.0.52'], decoy: 'id', drop: true },
};

const dns = (result: StageResult): DnsDetail => result.detail as DnsDetail;
// The zone answers with loopback addresses: the tests' lab range keeps them endpoints (sinkhole.test.ts without it).
const LAB = { lab: TEST_LAB_RANGES, role: 'endpoint' } as const;
const fresh = (): AbortSignal => new AbortController().signal;

/** A UDP socket that receives queries and never answers: a black-holed resolver. */
async function silentResolver(t: { teardown(fn: () => void): void }): Promise<string> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  t.teardown(() => socket.close());
  return `127.0.0.1:${socket.address().port}`;
}

t.test('DNS stage against a real loopback server', async (t) => {
  const server = await startDnsServer({ zone });
  t.teardown(() => server.close());
  const ask = (name: string, timeoutMs = 600) => resolveHost(name, { servers: [server.server], signal: fresh(), timeoutMs, policy: LAB });

  t.test('pass with A and AAAA, IPv4 chosen', async (t) => {
    const result = await ask('dual.test');
    t.match(result, { stage: 'dns', status: 'pass', code: null });
    t.same(dns(result).addresses, [
      { address: '127.0.0.10', family: 4, ttl: 120 },
      { address: '127.0.0.11', family: 4, ttl: 120 },
      { address: 'fd00::10', family: 6, ttl: 120 },
    ]);
    t.equal(dns(result).chosen, '127.0.0.10');
    t.equal(dns(result).server, server.server);
    t.equal(dns(result).rcode, 'NOERROR');
    t.same(
      dns(result)
        .queries.map((q) => [q.type, q.transport, q.rcode, q.error])
        .sort(),
      [
        ['A', 'udp', 'NOERROR', null],
        ['AAAA', 'udp', 'NOERROR', null],
      ],
    );
    t.match(result.message, `dual.test resolves to 127.0.0.10, 127.0.0.11, fd00::10 according to DNS server ${server.server}`);
  });

  t.test('IPv6-only name', async (t) => {
    const result = await ask('v6only.test');
    t.equal(result.status, 'pass');
    t.equal(dns(result).chosen, 'fd00::20');
  });

  t.test('the whole CNAME chain, in order', async (t) => {
    const result = await ask('www.contoso.test');
    t.equal(result.status, 'pass');
    t.same(dns(result).cnames, [
      { name: 'www.contoso.test', target: 'edge.contoso.test', ttl: 30 },
      { name: 'edge.contoso.test', target: 'e1.akamai.test', ttl: 20 },
    ]);
    t.same(dns(result).addresses, [{ address: '127.0.0.30', family: 4, ttl: 10 }]);
    t.match(result.message, /via alias e1\.akamai\.test/);
  });

  t.test('DNS_NXDOMAIN', async (t) => {
    const result = await ask('download.microsoft.test');
    t.match(result, { status: 'fail', code: 'DNS_NXDOMAIN' });
    t.equal(result.message, `download.microsoft.test does not exist according to DNS server ${server.server} (NXDOMAIN)`);
    t.equal(dns(result).rcode, 'NXDOMAIN');
    const dangling = await ask('alias-to-nothing.test');
    t.match(dangling, { code: 'DNS_NXDOMAIN', message: /alias-to-nothing\.test is an alias of missing\.test, which does not exist/ });
    t.same(
      dns(dangling).cnames.map((c) => c.target),
      ['missing.test'],
    );
  });

  t.test('DNS_SERVFAIL and DNS_REFUSED', async (t) => {
    const failed = await ask('broken.test');
    t.match(failed, {
      status: 'fail',
      code: 'DNS_SERVFAIL',
      message: `DNS server ${server.server} failed to resolve broken.test (SERVFAIL)`,
    });
    const refused = await ask('closed.test');
    t.match(refused, { status: 'fail', code: 'DNS_REFUSED', message: /refused to resolve closed\.test \(REFUSED\)/ });
  });

  t.test('DNS_NO_ADDRESS, also for a chain ending nowhere', async (t) => {
    const empty = await ask('empty.test');
    t.match(empty, { code: 'DNS_NO_ADDRESS', message: /empty\.test exists but has no IPv4 or IPv6 address/ });
    const alias = await ask('alias-to-empty.test');
    t.match(alias, { code: 'DNS_NO_ADDRESS', message: /is an alias of empty\.test, which exists but has no/ });
    t.equal(dns(alias).cnames.length, 1);
    t.equal(dns(alias).chosen, null);
  });

  t.test('DNS_TIMEOUT when the server drops the question', async (t) => {
    const began = Date.now();
    const result = await ask('silent.test', 400);
    t.match(result, { status: 'fail', code: 'DNS_TIMEOUT', message: /No DNS server answered for silent\.test within 400 ms/ });
    t.ok(Date.now() - began < 1500, 'bounded by timeoutMs');
    t.ok(dns(result).queries.every((q) => q.rcode === null && /^timeout after/.test(q.error ?? '')));
    t.ok(server.queries.filter((q) => q.name === 'silent.test').length >= 2, 'A and AAAA were asked');
  });

  t.test('truncated UDP answer is retried over TCP', async (t) => {
    const result = await ask('big.test');
    t.equal(result.status, 'pass');
    t.same(
      dns(result).addresses.map((a) => a.address),
      ['127.0.0.40', 'fd00::40'],
    );
    const a = dns(result).queries.filter((q) => q.type === 'A');
    t.same(
      a.map((q) => [q.transport, q.error]),
      [
        ['udp', 'truncated (TC bit): retried over TCP'],
        ['tcp', null],
      ],
    );
  });

  t.test('answers with a wrong ID or question are ignored', async (t) => {
    for (const name of ['forged-id.test', 'forged-question.test']) {
      const result = await ask(name);
      t.equal(result.status, 'pass', name);
      t.notOk(
        dns(result).addresses.some((a) => a.address === '127.66.66.66'),
        'decoy not accepted',
      );
    }
    const only = await ask('forged-only.test', 400);
    t.equal(only.code, 'DNS_TIMEOUT');
    const aQuery = dns(only).queries.find((q) => q.type === 'A');
    t.match(aQuery?.error, /ignored \d+ response\(s\): wrong ID/);
  });

  t.test('IP literals need no lookup', async (t) => {
    const before = server.queries.length;
    const v4 = await ask('127.0.0.9');
    t.match(v4, { status: 'pass', code: null });
    t.same(dns(v4).addresses, [{ address: '127.0.0.9', family: 4, ttl: 0 }]);
    const v6 = await ask('[::1]');
    t.equal(dns(v6).chosen, '::1');
    t.equal(server.queries.length, before);
    t.same(dns(v6).queries, []);
  });

  t.test('abort via the run signal returns promptly', async (t) => {
    const controller = new AbortController();
    const began = Date.now();
    // Issue 8: a wait the run's stop ended is RUN_STOPPED (skip), not a DNS timeout; the run signal's reason says why.
    setTimeout(() => controller.abort(new RunStop('interrupt')), 50);
    const result = await resolveHost('silent.test', {
      servers: [server.server],
      signal: controller.signal,
      timeoutMs: 10_000,
      policy: LAB,
    });
    t.ok(Date.now() - began < 1000, 'returned soon after abort');
    t.match(result, { status: 'skip', code: 'RUN_STOPPED', message: /stopped by Ctrl-C.*resolving silent\.test/ });
    t.ok(dns(result).queries.every((q) => q.error === 'cancelled'));
    const already = await resolveHost('dual.test', {
      servers: [server.server],
      signal: AbortSignal.abort(new RunStop('deadline', 2000)),
      timeoutMs: 10_000,
      policy: LAB,
    });
    t.match(already, { code: 'RUN_STOPPED', message: /--deadline of 2 s passed/ });
  });
});

t.test('server fallback', async (t) => {
  const good = await startDnsServer({ zone });
  const failing = await startDnsServer({ zone: { 'dual.test': { rcode: 'SERVFAIL' } } });
  t.teardown(() => Promise.all([good.close(), failing.close()]));
  const silent = await silentResolver(t);

  const began = Date.now();
  const result = await resolveHost('dual.test', { servers: [silent, good.server], signal: fresh(), timeoutMs: 800, policy: LAB });
  t.match(result, { status: 'pass', detail: { server: good.server } });
  t.ok(Date.now() - began < 800, 'the first server got only its share of the budget');
  t.same([...new Set(dns(result).queries.map((q) => q.server))], [silent, good.server]);

  const afterFail = await resolveHost('dual.test', {
    servers: [failing.server, good.server],
    signal: fresh(),
    timeoutMs: 800,
    policy: LAB,
  });
  t.match(afterFail, { status: 'pass', detail: { server: good.server } }, 'SERVFAIL moves on, like the C library');

  const onlyFailures = await resolveHost('dual.test', { servers: [failing.server, silent], signal: fresh(), timeoutMs: 400, policy: LAB });
  t.match(onlyFailures, { code: 'DNS_SERVFAIL', detail: { server: failing.server } }, 'an answer beats a timeout');

  const bothSilent = await resolveHost('dual.test', { servers: [silent, silent], signal: fresh(), timeoutMs: 400, policy: LAB });
  t.match(bothSilent, { code: 'DNS_TIMEOUT', message: `(asked ${silent}, ${silent})` });

  // A port with nothing listening answers with ICMP port unreachable: the next server is asked at once.
  const closedPort = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const quick = Date.now();
  const refused = await resolveHost('dual.test', {
    servers: [`127.0.0.1:${closedPort}`, good.server],
    signal: fresh(),
    timeoutMs: 2000,
    policy: LAB,
  });
  t.equal(refused.status, 'pass');
  t.ok(Date.now() - quick < 900, 'did not wait for the dead server');

  const none = await resolveHost('dual.test', { servers: [], signal: fresh(), timeoutMs: 400, policy: LAB });
  t.match(none, { code: 'DNS_TIMEOUT', message: /No DNS server is configured/ });
});

t.test('A says NXDOMAIN but AAAA has addresses: addresses win', async (t) => {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, remote) => {
    const query = dnsPacket.decode(message);
    const question = query.questions?.[0];
    if (question === undefined) return;
    const nx = question.type === 'A';
    const reply = dnsPacket.encode({
      type: 'response',
      id: query.id ?? 0,
      flags: nx ? 3 : 0,
      questions: [question],
      answers: nx ? [] : [{ type: 'AAAA', name: question.name, ttl: 5, data: 'fd00::77' }],
    });
    socket.send(reply, remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  t.teardown(() => socket.close());
  const result = await resolveHost('odd.test', {
    servers: [`127.0.0.1:${socket.address().port}`],
    signal: fresh(),
    timeoutMs: 600,
    policy: LAB,
  });
  t.match(result, { status: 'pass', code: null, detail: { chosen: 'fd00::77', rcode: 'NOERROR' } });
});

t.test('IPv6 loopback server', async (t) => {
  let server: RunningDnsServer;
  try {
    server = await startDnsServer({ zone, host: '::1' });
  } catch {
    t.plan(0, 'no IPv6 loopback on this machine');
    return;
  }
  t.teardown(() => server.close());
  t.match(server.server, /^\[::1\]:\d+$/);
  const result = await resolveHost('big.test', { servers: [server.server], signal: fresh(), timeoutMs: 600, policy: LAB });
  t.equal(result.status, 'pass');
});

t.test('sockets are released', async (t) => {
  const count = () => process.getActiveResourcesInfo().filter((r) => r === 'UDPWrap' || r === 'TCPSocketWrap').length;
  const server = await startDnsServer({ zone });
  t.teardown(() => server.close());
  await new Promise((resolve) => setTimeout(resolve, 50)); // let earlier tests' teardowns finish closing
  const before = count();
  await Promise.all(
    ['dual.test', 'big.test', 'silent.test', 'forged-only.test'].map((name) =>
      resolveHost(name, { servers: [server.server], signal: fresh(), timeoutMs: 300, policy: LAB }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.equal(count(), before);
});
