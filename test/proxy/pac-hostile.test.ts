import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { MAX_WAITS, PacEngine } from '../../src/proxy/pac-engine.js';
import { pacChooser, pacSource } from '../../src/proxy/pac.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import { https, startProxyLab } from '../helpers/proxy-servers.js';

// One script, misbehaving differently per host; every other host must still get its route. The well-behaved hosts
// are matched by name: while hostile calls block the event loop (up to a slice each), any timer of the same run,
// a DNS lookup's included, may fire late; that a later call with lookups still works is the next test's subject.
const hostilePac = (proxyPort: number): string => `
var kept = [];
function FindProxyForURL(url, host) {
  if (host == "loop.test") { for (;;) {} }
  if (host == "alloc.test") { var a = []; for (;;) a.push("x".repeat(1024 * 1024) + a.length); }
  if (host == "dns.test") { for (;;) dnsResolve("ok.test"); }
  if (host == "dns-names.test") { for (var i = 0; ; i++) dnsResolve("n" + i + ".test"); }
  if (host == "slowdns.test") { dnsResolve("s1.test"); dnsResolve("s2.test"); dnsResolve("s3.test"); return "DIRECT"; }
  if (host == "redos.test") { return shExpMatch("${'a'.repeat(40)}", "${'*a'.repeat(15)}*b") ? "DIRECT" : "DIRECT"; }
  if (host == "recurse.test") { return (function f(n) { return f(n + 1) + 1; })(0); }
  if (host == "big.test") { return "PROXY 127.0.0.1:${proxyPort}; " + "x".repeat(16 * 1024 * 1024); }
  if (host == "await-loop.test") { dnsResolve(host); for (;;) {} }
  if (host == "object.test") { return { toString: function () { for (;;) {} } }; }
  if (host == "throw-loop.test") { throw { toString: function () { for (;;) {} } }; }
  if (host == "reject.test") {
    String.prototype.slice = function () { throw { get message() { for (;;) {} }, get name() { for (;;) {} } }; };
    throw { toString: function () { return "y".repeat(5000); } };
  }
  if (host == "keep.test") { for (;;) kept.push("y".repeat(1024 * 1024) + kept.length); }
  if (shExpMatch(host, "*ok.test")) return "PROXY 127.0.0.1:${proxyPort}";
  if (isInNet(dnsResolve(host), "127.0.0.0", "255.0.0.0")) return "PROXY 127.0.0.1:${proxyPort}";
  return "DIRECT";
}`;
const HOSTILE: [string, RegExp][] = [
  ['loop.test', /ran without pause for more than \d+ ms|did not return within/],
  ['alloc.test', /ran out of its 64 MiB memory budget/],
  // Under load the lookups themselves may outlast the call: either bound ends it (the next test pins the count).
  ['dns.test', new RegExp(`more than ${MAX_WAITS} name lookups|did not return within 1500 ms`)],
  ['dns-names.test', new RegExp(`more than ${MAX_WAITS} name lookups|did not return within 1500 ms`)],
  ['slowdns.test', /did not return within 1500 ms/],
  ['redos.test', /ran without pause|did not return within/],
  ['recurse.test', /stack overflow|Maximum call stack/i],
  ['big.test', /returned 167772\d\d characters/],
  ['await-loop.test', /ran without pause|did not return within/],
  ['object.test', /returned object, not a proxy list/],
  ['throw-loop.test', /ran without pause|did not return within/],
  ['keep.test', /ran out of its 64 MiB memory budget/],
];
const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-pac-hostile-'));
const pending = { kind: 'http' as const, proxy: null, reason: 'PAC' };
const zone = {
  'ok.test': { a: ['127.0.0.1'] },
  'also-ok.test': { a: ['127.0.0.1'] },
  's1.test': { drop: true },
  's2.test': { drop: true },
  's3.test': { drop: true },
};
const hosts = { 'ok.test': { certificate: 'valid' as const }, 'also-ok.test': { certificate: 'valid' as const } };

t.test('a hostile PAC script fails each misbehaving endpoint on its own, within its budget; the others pass', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const proxy = await lab.proxy();
  const file = join(dir, 'hostile.pac');
  writeFileSync(file, hostilePac(proxy.port));
  const routing = routingFrom(pacChooser(pacSource(file)), null, pending);
  const started = Date.now();
  const targets = [...HOSTILE.map(([host]) => host), 'ok.test', 'also-ok.test'];
  const outcomes = await Promise.all(targets.map((host) => lab.probe(https(host), routing, { timeoutMs: 1500 })));
  const seconds = (Date.now() - started) / 1000;
  HOSTILE.forEach(([host, message], i) => {
    const outcome = outcomes[i]!;
    t.equal(outcome.code, 'PROXY_PROTOCOL_ERROR', `${host}: ${outcome.message}`);
    t.match(outcome.message, message, host);
    t.ok(outcome.message.length < 1024, `${host}: the message is bounded`);
  });
  for (const outcome of outcomes.slice(HOSTILE.length)) {
    t.equal(outcome.status, 'pass', `${outcome.targetId} is unaffected: ${outcome.message}`);
    t.equal(outcome.route.proxy, `http://127.0.0.1:${proxy.port}`);
  }
  // The hostile calls, run one after another in the worst case (each slice blocks the event loop).
  t.ok(seconds < 30, `all ${targets.length} probes ended after ${seconds.toFixed(1)} s`);
});

// Measured: a call stopped in its first stretch (busy, out of memory, too deep a recursion: QuickJS's own catchable
// RangeError) unwinds and frees what it held, so the runtime is kept; a call stopped after a wait (frames left
// behind) or whose data stays reachable from a global retires it, and the next call runs in a fresh restore.
t.test('a runtime is kept when a stopped call left it clean, and replaced when not', async (t) => {
  const budget = { signal: new AbortController().signal, timeoutMs: 1500 };
  const lookup = async (): Promise<string | null> => '127.0.0.1';
  const engine = await PacEngine.compile(hostilePac(1), 'hostile.pac', lookup, budget);
  t.match(await engine.evaluate('https://ok.test/', 'ok.test', budget), { ok: true, text: 'PROXY 127.0.0.1:1' });
  const cases: [string, boolean][] = [
    ['loop.test', false],
    ['alloc.test', false],
    ['redos.test', false],
    ['recurse.test', false],
    ['reject.test', false],
    ['keep.test', true],
    ['await-loop.test', true],
    ['dns.test', true],
  ];
  for (const [host, replaced] of cases) {
    const before = engine.restores;
    const failed = await engine.evaluate(`https://${host}/`, host, budget);
    t.equal(failed.ok, false, `${host} fails`);
    if (host === 'dns.test')
      t.match(
        failed,
        { message: new RegExp(`more than ${MAX_WAITS} name lookups`) },
        'a script resolving for ever stops at the wait bound',
      );
    const started = performance.now();
    const after = await engine.evaluate('https://ok.test/', 'ok.test', budget);
    t.match(
      after,
      { ok: true, text: 'PROXY 127.0.0.1:1' },
      `after ${host} the next call still answers (${(performance.now() - started).toFixed(0)} ms)`,
    );
    t.equal(engine.restores - before, replaced ? 1 : 0, `after ${host} the runtime was ${replaced ? 'replaced' : 'kept'}`);
  }
});

t.test('the top-level code of a PAC script is bounded too', async (t) => {
  const budget = { signal: new AbortController().signal, timeoutMs: 500 };
  const lookup = async (): Promise<string | null> => null;
  await t.rejects(
    PacEngine.compile('for (;;) {}\nfunction FindProxyForURL() { return "DIRECT"; }', 'loop.pac', lookup, budget),
    /did not finish within 500 ms/,
  );
  await t.rejects(
    PacEngine.compile(
      'var a = []; for (;;) a.push("z".repeat(4096) + a.length);\nfunction FindProxyForURL() { return "DIRECT"; }',
      'alloc.pac',
      lookup,
      budget,
    ),
    /memory budget|did not finish/,
  );
});

t.test('the run deadline stops a busy PAC call mid-loop: RUN_STOPPED, not a protocol error', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const file = join(dir, 'busy.pac');
  writeFileSync(file, 'function FindProxyForURL(url, host) { var n = 0; for (;;) { n++; } }');
  const chooser = pacChooser(pacSource(file));
  // A stage timeout far away (slice bound 1 s): only the run's deadline, 300 ms from now, can stop the loop in time.
  // Its signal's timer cannot fire while the script runs; the interrupt handler reads the deadline itself.
  const controller = new AbortController();
  const context = {
    signal: controller.signal,
    deadlineAt: Date.now() + 300,
    timeoutMs: 60_000,
    dnsServers: [lab.dnsServer],
  } as unknown as Parameters<ReturnType<ReturnType<typeof pacChooser>>>[0];
  setTimeout(() => controller.abort(), 300);
  const started = Date.now();
  const stage = await chooser({ host: 'ok.test', port: 443, scheme: 'https' })(context);
  const ms = Date.now() - started;
  t.match(stage, { code: 'RUN_STOPPED', status: 'skip', message: /The run was stopped while the PAC script .* was choosing the route/ });
  t.ok(ms < 900, `stopped after ${ms} ms, before the 1 s slice bound`);
});
