import t from 'tap';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import type { ProbeOutcome } from '../../src/probes/types.js';
import { proxyServer } from '../../src/proxy/proxy-url.js';
import { routingFrom } from '../../src/proxy/route-selector.js';
import type { ProxyKind } from '../../src/proxy/types.js';
import type { EndpointResult } from '../../src/model/report.js';
import { rawServer } from '../helpers/probe-lab.js';
import { closedPort, http, https, startProxyLab } from '../helpers/proxy-servers.js';
import { endpoint } from './endpoints.js';
import { findingOf, planFrom, planYaml } from './helpers.js';

// SCP-PROXY-ACCOUNT judged on what real probes through real (mis)behaving proxies on loopback record, so the rule's
// reading of the evidence cannot drift from what the proxy routes write. Only an answer from the proxy may count.
const hosts = { 'ok.test': { certificate: 'valid' as const } };
const zone = { 'ok.test': { a: ['127.0.0.1'] } };

function via(kind: ProxyKind, port: number) {
  const server = proxyServer(kind, '127.0.0.1', port);
  const route = { kind, proxy: server.url, reason: '--proxy' };
  return routingFrom(() => [{ route, server }], null, route);
}

/** The endpoint row a run would report for this outcome. */
function resultOf(target: Omit<ProbeTarget, 'id'>, outcome: ProbeOutcome): EndpointResult {
  return {
    ...endpoint({ host: target.host }),
    scheme: target.scheme,
    port: target.port,
    probeId: outcome.targetId,
    status: outcome.status,
    code: outcome.code,
    message: outcome.message,
    route: outcome.route,
    stages: outcome.stages,
  };
}

const judge = (port: number, results: EndpointResult[]) =>
  findingOf(
    'SCP-PROXY-ACCOUNT',
    planFrom(planYaml({ scp: `  server: scp01.contoso.com\n  proxy: { server: 127.0.0.1, port: ${port} }` })),
    { endpoints: results },
  );

t.test('no answer from the proxy is never a pass', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const closed = await closedPort();
  const silent = await rawServer(t, () => {}); // accepts and never says a word
  const garbage = await rawServer(t, (s) => s.end('SSH-2.0-OpenSSH_9.2\r\n'));
  for (const [name, port, kind] of [
    ['unreachable', closed, 'http'],
    ['silent', silent, 'http'],
    ['garbage', garbage, 'http'],
    ['silent SOCKS', silent, 'socks5h'],
  ] as const) {
    const results = [];
    for (const target of [https('ok.test'), http('ok.test')])
      results.push(resultOf(target, await lab.probe(target, via(kind, port), { timeoutMs: 600 })));
    const f = judge(port, results);
    t.equal(f.status, 'skip', `${name}: ${f.message}`);
    t.match(f.message, /answered none of the 2 probe\(s\)/, name);
  }
});

t.test('an answer from the proxy counts: a tunnel, a relayed port-80 answer, a SOCKS refusal, a 407', async (t) => {
  const lab = await startProxyLab(t, { hosts, zone });
  const proxy = await lab.proxy();
  const tunnel = resultOf(https('ok.test'), await lab.probe(https('ok.test'), via('http', proxy.port)));
  const relayed = resultOf(http('ok.test'), await lab.probe(http('ok.test'), via('http', proxy.port)));
  t.equal(judge(proxy.port, [tunnel]).status, 'pass', 'CONNECT tunnel opened');
  t.ok(!relayed.stages.some((s) => s.stage === 'proxy'), 'absolute form has no proxy stage when the endpoint answers');
  t.match(judge(proxy.port, [relayed]), { status: 'pass', message: /\(1 probe\(s\) answered by it\)/ }, 'port 80 relayed by the proxy');
  const socks = await lab.socks({ reply: () => 2 });
  const refused = resultOf(https('ok.test'), await lab.probe(https('ok.test'), via('socks5h', socks.port)));
  t.equal(refused.code, 'PROXY_DENIED');
  t.equal(judge(socks.port, [refused]).status, 'pass', 'a SOCKS5 reply (not allowed by ruleset) is an answer');
  const auth = await lab.proxy({ user: 'scp', password: 'x' });
  const demanded = resultOf(https('ok.test'), await lab.probe(https('ok.test'), via('http', auth.port)));
  t.match(judge(auth.port, [demanded]), { status: 'fail', message: /demands authentication \(PROXY_AUTH_REQUIRED\)/ });
});
