import http from 'node:http';
import net from 'node:net';
import t from 'tap';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import { parseLabAddresses } from '../../src/cli/lab-addresses.js';
import { startDnsServer, type DnsZone } from '../../src/demo/dns-server.js';
import type { ProbeContext } from '../../src/probes/opener.js';
import { probeTarget } from '../../src/probes/probe-target.js';
import { directRouting, type RouteSelector } from '../../src/probes/routing.js';
import { buildTrustStore } from '../../src/probes/trust-store.js';
import type { DnsDetail, HttpDetail, ProbeOutcome } from '../../src/probes/types.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import type { ProxyKind } from '../../src/proxy/types.js';
import { startSocksServer } from '../helpers/socks-server.js';

// A DNS filter answers internet names with loopback, unspecified, link-local or multicast addresses. On the site
// server IIS listens on port 80, so a probe that connects there gets a real HTTP answer and a false PASS. Here a
// local web server stands in for IIS, counting every connection it accepts: a sinkhole must leave it untouched.

type Teardown = { teardown(fn: () => unknown): void };

interface LocalWebServer {
  readonly port: number;
  connections(): number;
}

/** An HTTP server on `host` that answers every request (IIS's welcome page, in effect) and counts connections. */
async function localWebServer(
  t: Teardown,
  host: string,
  answer: (res: http.ServerResponse) => void = (res) => res.end('IIS'),
): Promise<LocalWebServer> {
  let count = 0;
  const server = http.createServer((_req, res) => answer(res));
  server.on('connection', () => (count += 1));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { port: (server.address() as net.AddressInfo).port, connections: () => count };
}

/** The control: a plain connect to `address:port` lands on the local server, so a probe that dialled it would too. */
async function reaches(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const ipv6Loopback = await reaches(
  '::1',
  await new Promise<number>((resolve) => {
    const probe = net
      .createServer()
      .listen(0, '::1', () => resolve((probe.address() as net.AddressInfo).port))
      .on('error', () => resolve(0));
    setTimeout(() => probe.close(), 500);
  }),
).catch(() => false);

const trust = buildTrustStore({ caFile: null, publicRoots: null, extraCaCertsFile: null });

function contextFor(
  dnsServer: string,
  options: { lab?: string[]; dialPort?: (host: string, port: number) => number; routing?: RouteSelector },
): ProbeContext {
  return {
    signal: new AbortController().signal,
    timeoutMs: 1500,
    dnsServers: [dnsServer],
    trust,
    isDocumented: () => true,
    routeFor: options.routing ?? directRouting(),
    ...(options.dialPort ? { dialPort: options.dialPort } : {}),
    ...(options.lab ? { labAddresses: parseLabAddresses(options.lab) } : {}),
  };
}

const plain = (host: string): ProbeTarget => ({ id: `http://${host}:80/`, host, port: 80, scheme: 'http', path: '/' });
const probe = (context: ProbeContext, host: string): Promise<ProbeOutcome> => probeTarget(plain(host), context, context.signal);
const dnsOf = (outcome: ProbeOutcome): DnsDetail => outcome.stages.find((s) => s.stage === 'dns')!.detail as DnsDetail;

t.test('a sinkhole answer is DNS_SINKHOLED and nothing connects to the local server', async (t) => {
  const v4 = await localWebServer(t, '127.0.0.1');
  const v6 = ipv6Loopback ? await localWebServer(t, '::1') : null;
  const cases: [name: string, entry: DnsZone[string], answer: string, server: LocalWebServer | null][] = [
    ['login.microsoftonline.com', { a: ['127.0.0.1'] }, '127.0.0.1', v4],
    ['download.microsoft.com', { a: ['0.0.0.0'] }, '0.0.0.0', v4],
    ['go.microsoft.com', { aaaa: ['::ffff:127.0.0.1'] }, '::ffff:7f00:1', v4], // as the DNS evidence spells it
    ['aka.ms', { aaaa: ['::1'] }, '::1', v6],
    ['management.azure.com', { a: ['169.254.169.254'] }, '169.254.169.254', null],
    ['sccmconnected-a01.cloudapp.net', { a: ['224.0.0.251'] }, '224.0.0.251', null],
    // Part of the answer a sinkhole: the IPv4 one would be dialled first, so a wrong verdict hits loopback, not the internet.
    ['sccm.manage.microsoft.com', { a: ['127.0.0.1'], aaaa: ['2001:db8::1'] }, '127.0.0.1', v4],
  ];
  const dns = await startDnsServer({ zone: Object.fromEntries(cases.map(([name, entry]) => [name, entry])) });
  t.teardown(() => dns.close());
  let controls = 0;
  for (const [name, , answer, server] of cases) {
    if (server === null && answer === '::1') continue; // no IPv6 loopback here
    const port = server?.port ?? v4.port;
    if (server !== null && process.platform !== 'win32') {
      t.ok(await reaches(answer, port), `control: ${answer} reaches the local server`);
      if (server === v4) controls += 1;
    }
    const before = server?.connections() ?? 0;
    const outcome = await probe(contextFor(dns.server, { dialPort: () => port }), name);
    t.match(outcome, { status: 'fail', code: 'DNS_SINKHOLED' }, name);
    t.match(outcome.message, `${name} resolves to ${answer} (`);
    t.match(outcome.message, /a DNS filter answers in place of the endpoint/);
    t.match(outcome.message, /Nothing was connected to it/);
    t.same(
      outcome.stages.map((s) => `${s.stage} ${s.status}`),
      ['dns fail', 'http skip'],
      'no connect stage ran',
    );
    t.equal(dnsOf(outcome).chosen, null);
    t.ok(
      dnsOf(outcome).addresses.some((a) => a.address === answer),
      'the answer stays in the evidence',
    );
    t.equal(server?.connections() ?? 0, before, `${name}: the local server received no connection`);
  }
  t.equal(v4.connections(), controls, 'only the controls ever connected');
});

t.test('--lab-addresses: answers inside the range are probed; 0.0.0.0 and other loopback stay sinkholes', async (t) => {
  const web = await localWebServer(t, '127.0.0.1');
  const dns = await startDnsServer({
    zone: {
      'login.microsoftonline.com': { a: ['127.0.0.1'] },
      'go.microsoft.com': { aaaa: ['::ffff:127.0.0.1'] },
      'download.microsoft.com': { a: ['0.0.0.0'] },
      'aka.ms': { aaaa: ['::1'] },
    },
  });
  t.teardown(() => dns.close());
  const lab = contextFor(dns.server, { lab: ['127.0.0.0/8'], dialPort: () => web.port });
  for (const name of ['login.microsoftonline.com', 'go.microsoft.com']) {
    const before = web.connections();
    const outcome = await probe(lab, name);
    t.match(outcome, { status: 'pass', code: null }, name);
    t.same(
      outcome.stages.map((s) => `${s.stage} ${s.status}`),
      ['dns pass', 'connect pass', 'http pass'],
    );
    t.notMatch(outcome.message, /Note:/, 'a lab address carries no note');
    t.equal(web.connections(), before + 1, `${name}: probed as a real endpoint`);
  }
  const before = web.connections();
  const unspecified = await probe(
    contextFor(dns.server, { lab: ['0.0.0.0/8', '127.0.0.0/8'], dialPort: () => web.port }),
    'download.microsoft.com',
  );
  t.match(
    unspecified,
    { code: 'DNS_SINKHOLED', message: /0\.0\.0\.0 \(the unspecified address/ },
    '0.0.0.0 stays a sinkhole even inside a lab range',
  );
  const v6 = await probe(lab, 'aka.ms');
  t.equal(v6.code, 'DNS_SINKHOLED', '::1 is outside 127.0.0.0/8: still a sinkhole');
  t.equal(web.connections(), before, 'neither reached the local server');
});

t.test('a redirect hop to a sinkholed name is not followed there', async (t) => {
  const target = await localWebServer(t, '127.0.0.2');
  const first = await localWebServer(t, '127.0.0.1', (res) => res.writeHead(302, { Location: 'http://download.microsoft.com/cab' }).end());
  const dns = await startDnsServer({ zone: { 'go.microsoft.com': { a: ['127.0.0.1'] }, 'download.microsoft.com': { a: ['127.0.0.2'] } } });
  t.teardown(() => dns.close());
  t.ok(await reaches('127.0.0.2', target.port), 'control: 127.0.0.2 reaches the second server');
  const before = target.connections();
  const context = contextFor(dns.server, {
    lab: ['127.0.0.1/32'],
    dialPort: (host) => (host === 'go.microsoft.com' ? first.port : target.port),
  });
  const outcome = await probe(context, 'go.microsoft.com');
  t.equal(outcome.status, 'pass', 'the endpoint itself answered');
  const hops = (outcome.stages.find((s) => s.stage === 'http')!.detail as HttpDetail).hops;
  t.match(hops[1], {
    host: 'download.microsoft.com',
    status: null,
    error: /^DNS_SINKHOLED: download\.microsoft\.com resolves to 127\.0\.0\.2/,
  });
  t.match(outcome.message, /the redirect to download\.microsoft\.com port 80 failed \(DNS_SINKHOLED\)/);
  t.equal(target.connections(), before, 'the hop never connected to 127.0.0.2');
});

t.test('a redirect chain that ends at a literal address on this host never sends it a request', async (t) => {
  // An internet endpoint (or whoever answers in its place) redirects to a name that says "Location:
  // http://127.0.0.2:PORT/admin": following it would send a request from the SCP host (often as SYSTEM) to a local
  // service of the network's choosing. A redirect to a bare address is a captive portal's sign (proxy-answer.ts), at
  // any depth of the chain, so the chain stops there.
  const target = await localWebServer(t, '127.0.0.2');
  const second = await localWebServer(t, '127.0.0.1', (res) =>
    res.writeHead(302, { Location: `http://127.0.0.2:${target.port}/admin` }).end(),
  );
  const first = await localWebServer(t, '127.0.0.1', (res) => res.writeHead(302, { Location: 'http://cdn.microsoft.com/x' }).end());
  const named = await localWebServer(t, '127.0.0.1', (res) => res.writeHead(302, { Location: 'http://local.microsoft.com/admin' }).end());
  const dns = await startDnsServer({
    zone: {
      'go.microsoft.com': { a: ['127.0.0.1'] },
      'cdn.microsoft.com': { a: ['127.0.0.1'] },
      'by-name.microsoft.com': { a: ['127.0.0.1'] },
      'local.microsoft.com': { a: ['127.0.0.2'] },
    },
  });
  t.teardown(() => dns.close());
  t.ok(await reaches('127.0.0.2', target.port), 'control: 127.0.0.2 reaches the local service');
  const ports: Record<string, number> = {
    'go.microsoft.com': first.port,
    'cdn.microsoft.com': second.port,
    'by-name.microsoft.com': named.port,
  };
  const dialPort = (host: string): number => ports[host] ?? target.port;
  const context = contextFor(dns.server, { lab: ['127.0.0.0/8'], dialPort });
  const before = target.connections();
  const outcome = await probe(context, 'go.microsoft.com');
  t.equal(outcome.status, 'pass', `the endpoint itself answered (${outcome.message})`);
  const hops = (outcome.stages.find((s) => s.stage === 'http')!.detail as HttpDetail).hops;
  t.same(
    hops.map((h) => h.host),
    ['go.microsoft.com', 'cdn.microsoft.com'],
    'the chain stops at the hop that redirects to a bare address',
  );
  t.match(hops[1]!.error, /^PROXY_AUTH_REQUIRED: A captive portal answered in place of cdn\.microsoft\.com.*bare address 127\.0\.0\.2/);
  t.equal(target.connections(), before, 'nothing connected to the local service');
  // The control: the same service behind a name that this lab resolves is followed, so a followed request shows.
  const viaName = await probe(context, 'by-name.microsoft.com');
  const viaNameHops = (viaName.stages.find((s) => s.stage === 'http')!.detail as HttpDetail).hops;
  t.match(viaNameHops[1], { host: 'local.microsoft.com', status: 200, error: null });
  t.equal(target.connections(), before + 1, 'a followed redirect reaches the service');
});

function socksRouting(kind: ProxyKind, host: string, port: number): RouteSelector {
  const server = proxyServer(kind, host, port);
  const route = { kind, proxy: server.url, reason: '--proxy' };
  return routingFrom(() => [{ route, server }], null, route);
}

t.test('SOCKS: local resolution refuses a sinkhole; remote resolution lets the proxy decide', async (t) => {
  const web = await localWebServer(t, '127.0.0.1');
  const socks = await startSocksServer({ connectTo: () => ({ host: '127.0.0.1', port: web.port }) });
  t.teardown(() => socks.close());
  const dns = await startDnsServer({ zone: { 'login.microsoftonline.com': { a: ['127.0.0.1'] } } });
  t.teardown(() => dns.close());
  for (const kind of ['socks5', 'socks4'] as const) {
    const outcome = await probe(
      contextFor(dns.server, { routing: socksRouting(kind, '127.0.0.1', socks.port) }),
      'login.microsoftonline.com',
    );
    t.match(outcome, { status: 'fail', code: 'DNS_SINKHOLED' }, kind);
  }
  t.same(socks.requests, [], 'the proxy was never asked for the sinkhole address');
  t.equal(web.connections(), 0);
  const remote = await probe(
    contextFor(dns.server, { routing: socksRouting('socks5h', '127.0.0.1', socks.port) }),
    'login.microsoftonline.com',
  );
  t.equal(remote.status, 'pass', "socks5h: the proxy resolves the name, as the SCP's proxy would");
  t.match(remote.stages[0], {
    stage: 'dns',
    status: 'skip',
    code: null,
    message: /^Informational: This host's own DNS answers login\.microsoftonline\.com with a sinkhole \(DNS_SINKHOLED: /,
  });
  t.same(
    socks.requests.map((r) => r.host),
    ['login.microsoftonline.com'],
  );
});

t.test("the proxy's own name: loopback is a local proxy agent, 0.0.0.0 a sinkhole never dialled", async (t) => {
  const web = await localWebServer(t, '127.0.0.1');
  const socks = await startSocksServer({ connectTo: () => ({ host: '127.0.0.1', port: web.port }) });
  t.teardown(() => socks.close());
  const dns = await startDnsServer({
    zone: {
      'proxy.contoso.test': { a: ['0.0.0.0'] },
      'localagent.contoso.test': { a: ['127.0.0.1'] },
      'login.microsoftonline.com': { a: ['20.190.128.1'] },
    },
  });
  t.teardown(() => dns.close());
  if (process.platform !== 'win32') t.ok(await reaches('0.0.0.0', socks.port), 'control: 0.0.0.0 reaches the proxy');
  const sunk = await probe(
    contextFor(dns.server, { routing: socksRouting('socks5h', 'proxy.contoso.test', socks.port) }),
    'login.microsoftonline.com',
  );
  t.match(sunk, { status: 'fail', code: 'PROXY_UNREACHABLE' });
  t.match(
    sunk.message,
    new RegExp(
      String.raw`^Cannot reach the proxy socks5h:\/\/proxy\.contoso\.test:\d+: proxy\.contoso\.test resolves to` +
        String.raw` 0\.0\.0\.0 \(the unspecified address.*a DNS filter answers in place of the proxy \(a sinkhole\)\.` +
        String.raw` Nothing was connected to it\.$`,
    ),
  );
  t.same(socks.requests, [], 'nothing connected to the proxy through 0.0.0.0');
  const agent = await probe(
    contextFor(dns.server, { routing: socksRouting('socks5h', 'localagent.contoso.test', socks.port) }),
    'login.microsoftonline.com',
  );
  t.equal(agent.status, 'pass', `a proxy on loopback is normal, no lab range needed: ${agent.message}`);
  t.same(
    socks.requests.map((r) => r.host),
    ['login.microsoftonline.com'],
  );
});

t.test('a private answer is probed and passes with a note naming split-horizon DNS or a private endpoint', async (t) => {
  const web = await localWebServer(t, '127.0.0.1');
  // SOCKS5 resolves on this host, so the DNS stage decides; the test's proxy carries 10.1.2.3 to the local server,
  // so nothing leaves the machine.
  const socks = await startSocksServer({ connectTo: () => ({ host: '127.0.0.1', port: web.port }) });
  t.teardown(() => socks.close());
  const dns = await startDnsServer({ zone: { 'sccm.manage.microsoft.com': { a: ['10.1.2.3'] } } });
  t.teardown(() => dns.close());
  const routing = socksRouting('socks5', '127.0.0.1', socks.port);
  const outcome = await probe(contextFor(dns.server, { routing }), 'sccm.manage.microsoft.com');
  t.match(outcome, { status: 'pass', code: null });
  t.same(
    socks.requests.map((r) => r.host),
    ['10.1.2.3'],
    'probed as usual',
  );
  const note = new RegExp(
    String.raw`Note: 10\.1\.2\.3 \(private, RFC 1918\) is an internal address, not on the internet: split-horizon` +
      String.raw` DNS or a private endpoint \(such as Azure Private Link\) answers for this internet name inside your` +
      String.raw` network`,
  );
  t.match(outcome.message, note, "the endpoint's message, which every view shows, carries the note");
  t.match(outcome.message, /^sccm\.manage\.microsoft\.com port 80 answered HTTP 200 OK\. Note:/);
  t.match(outcome.stages[0], { stage: 'dns', status: 'pass', note });
  t.match(outcome.stages[0]!.message, note);
  const lab = await probe(contextFor(dns.server, { routing, lab: ['10.0.0.0/8'] }), 'sccm.manage.microsoft.com');
  t.equal(lab.status, 'pass');
  t.notMatch(lab.message, /Note:/, 'inside a lab range: no note');
  t.equal(lab.stages[0]!.note, undefined);
  const remote = await probe(
    contextFor(dns.server, { routing: socksRouting('socks5h', '127.0.0.1', socks.port) }),
    'sccm.manage.microsoft.com',
  );
  t.match(remote, { status: 'pass', stages: [{ stage: 'dns', status: 'skip' }] });
  t.notMatch(remote.message, /Note:/, "the proxy resolves the name: this host's private answer says nothing about where the probe went");
  t.equal(remote.stages[0]!.note, undefined);
  t.match(
    remote.stages[0]!.message,
    /^Informational: sccm\.manage\.microsoft\.com resolves to 10\.1\.2\.3 according to DNS server [^ ]+\. The route is/,
  );
});
