import t from 'tap';
import type { ProbeTarget } from '../../src/catalog/plan.js';
import { clockSkewFinding } from '../../src/check/clock-skew.js';
import type { HttpDetail } from '../../src/probes/types.js';
import type { EndpointResult } from '../../src/model/report.js';
import { endpoint, http, stage } from '../fixtures/reports/build.js';
import { startProbeLab } from '../helpers/probe-lab.js';
import { startEndpoint } from '../revocation/revocation-servers.js';

// Issue 11 §3: the endpoints' Date headers against this host's clock. Real loopback endpoints, one of whose clocks
// is an hour off, then all of them (which is what a skewed host sees).

const HOUR = 3_600_000;

t.test("a measured Date hour off: one server alone is its own problem, a majority is this host's clock", async (t) => {
  const names = ['a.lab.test', 'b.lab.test', 'c.lab.test', 'late.lab.test'];
  const ports: Record<string, number> = {};
  const lab = await startProbeLab(t, {
    zone: Object.fromEntries(names.map((n) => [n, { a: ['127.0.0.1'] }])),
    hosts: {},
    route: (host, _p, p) => ports[host] ?? p.refused,
  });
  for (const name of names) ports[name] = await startEndpoint(t, lab.ca, name, {}, name === 'late.lab.test' ? HOUR : 0);
  const results: EndpointResult[] = [];
  for (const host of names) {
    const target: Omit<ProbeTarget, 'id'> = { host, port: 443, scheme: 'https', path: '/' };
    const outcome = await lab.probe(target, { timeoutMs: 2000 });
    t.equal(outcome.status, 'pass', outcome.message);
    results.push(
      endpoint({
        entry: host,
        group: 'general',
        message: outcome.message,
        host,
        probeId: host,
        status: outcome.status,
        stages: [...outcome.stages],
      }),
    );
  }
  const late = results[3]!.stages.find((s) => s.stage === 'http')!.detail as HttpDetail;
  t.match(late.date, /GMT$/);
  t.ok(Math.abs(late.clockOffsetMs! - HOUR) < 60_000, `measured ${late.clockOffsetMs} ms for an endpoint an hour ahead`);
  t.equal(clockSkewFinding(results), null, "1 of 4 endpoints off: not this host's clock");

  for (const name of ['a.lab.test', 'b.lab.test']) ports[name] = await startEndpoint(t, lab.ca, name, {}, HOUR);
  const again: EndpointResult[] = [];
  for (const host of names) {
    const outcome = await lab.probe({ host, port: 443, scheme: 'https', path: '/' }, { timeoutMs: 2000 });
    again.push(
      endpoint({
        entry: host,
        group: 'general',
        message: outcome.message,
        host,
        probeId: host,
        status: outcome.status,
        stages: [...outcome.stages],
      }),
    );
  }
  const finding = clockSkewFinding(again);
  t.match(finding, { code: 'CLOCK_SKEW', status: 'warn' });
  t.ok(Math.abs(finding!.offsetMs! - HOUR) < 60_000);
  t.match(
    finding!.message,
    new RegExp(
      String.raw`^This host's clock is (59 min \d+ s|1 h 0 min) behind the time the endpoints send: 3 of 4 endpoints` +
        String.raw` that sent a Date header differ by more than 5 minutes`,
    ),
  );
  t.equal(finding!.evidence.length, 4);
});

t.test('rule table: majority, per probe, ahead or behind, no Date', async (t) => {
  const at = (
    offset: number | null,
    probeId = `p${Math.random()}`,
    date: string | null = 'Wed, 02 Dec 2026 10:00:00 GMT',
  ): EndpointResult =>
    endpoint({
      entry: probeId,
      group: 'general',
      message: 'ok',
      probeId,
      status: 'pass',
      stages: [stage('http', 'pass', 1, { ...http('https://x/', [], null), date, clockOffsetMs: offset })],
    });
  const cases: [string, EndpointResult[], RegExp | null][] = [
    ['nothing measured', [], null],
    ['no Date headers', [at(null, 'a', null), at(null, 'b', null)], null],
    ['exactly half is not a majority', [at(HOUR), at(0)], null],
    ['4 min 59 s is within the limit', [at(299_000), at(299_000)], null],
    ['2 of 3 behind', [at(-2 * HOUR), at(-2 * HOUR), at(0)], /clock is 2 h 0 min ahead of the time/],
    ['one probe shared by three rows counts once', [at(HOUR, 'same'), at(HOUR, 'same'), at(HOUR, 'same'), at(0, 'x'), at(0, 'y')], null],
    ['a single endpoint that answered, off by 10 min', [at(600_000)], /10 min 0 s behind/],
  ];
  for (const [name, endpoints, expected] of cases) {
    const finding = clockSkewFinding(endpoints);
    if (expected === null) t.equal(finding, null, name);
    else t.match(finding?.message, expected, name);
  }
});
