import t from 'tap';
import type { Status } from '../../src/model/status.js';
import { EXIT, blocksReadiness, exitCodeOf, judge, reportTotals, standingOf } from '../../src/model/verdict.js';

const items = (...statuses: Status[]) => statuses.map((status) => ({ status }));

// The one place that decides: ready (exit 0, warnings allowed), not ready (exit 1); --strict counts warnings;
// an offline SCP's endpoint results do not count; an active waiver takes a failure out of the count.
t.test('verdict and exit code table', async (t) => {
  const cases: [string, Status[], Status[], { strict: boolean; networkInformational?: boolean }, 'ready' | 'not-ready'][] = [
    ['all pass', ['pass', 'pass'], ['pass'], { strict: false }, 'ready'],
    ['skips only', ['skip'], ['skip'], { strict: false }, 'ready'],
    ['a warning', ['pass', 'warn'], [], { strict: false }, 'ready'],
    ['a warning under --strict', ['pass', 'warn'], [], { strict: true }, 'not-ready'],
    ['an endpoint failure', ['fail', 'pass'], ['pass'], { strict: false }, 'not-ready'],
    ['a rule failure', ['pass'], ['fail'], { strict: false }, 'not-ready'],
    [
      'offline SCP: endpoint failures are informational',
      ['fail', 'fail'],
      ['pass'],
      { strict: false, networkInformational: true },
      'ready',
    ],
    ['offline SCP: a rule failure still counts', ['pass'], ['fail'], { strict: false, networkInformational: true }, 'not-ready'],
  ];
  for (const [name, endpoints, rules, settings, expected] of cases) {
    const totals = reportTotals(items(...endpoints), items(...rules), settings);
    t.equal(totals.verdict, expected, name);
    t.equal(exitCodeOf(totals.verdict), expected === 'ready' ? EXIT.ready : EXIT.notReady, `${name}: exit code`);
    t.equal(totals.counts.endpoints.fail, endpoints.filter((s) => s === 'fail').length, `${name}: endpoint counts kept`);
  }
  const waived = reportTotals([{ status: 'fail', waiver: { expired: false } }], [], { strict: false });
  t.same([waived.verdict, waived.summary.waived, waived.summary.fail], ['ready', 1, 0], 'an active waiver');
  const expired = reportTotals([{ status: 'fail', waiver: { expired: true } }], [], { strict: false });
  t.same([expired.verdict, expired.summary.fail], ['not-ready', 1], 'an expired waiver counts again');
  t.same(EXIT, { ready: 0, notReady: 1, badInput: 2, internal: 3 });
});

// A probe cut short by --deadline or Ctrl-C (RUN_STOPPED, a skip) measured nothing: the run is not ready. Under an
// offline SCP endpoint results do not count, stopped ones included. A rules-only run's verdict covers the rules.
t.test('standings: stopped probes, offline mode, rules only', async (t) => {
  const stopped = { status: 'skip' as const, code: 'RUN_STOPPED' };
  const untested = { status: 'skip' as const, code: 'WILDCARD_UNTESTED' };
  const rows: [
    string,
    Parameters<typeof judge>[0],
    Parameters<typeof judge>[1],
    Parameters<typeof judge>[2],
    'ready' | 'not-ready',
    string,
  ][] = [
    [
      'a stopped probe',
      [{ status: 'pass' }, stopped],
      [],
      { strict: false },
      'not-ready',
      'NOT READY (run stopped before 1 probe(s) finished)',
    ],
    ['an untested wildcard is a plain skip', [{ status: 'pass' }, untested], [], { strict: false }, 'ready', 'READY'],
    [
      'stopped, offline SCP',
      [stopped, { status: 'fail' }],
      [{ status: 'pass' }],
      { strict: false, networkInformational: true },
      'ready',
      'READY (offline SCP; network results informational)',
    ],
    [
      'rules only, rules pass',
      [],
      [{ status: 'pass' }, { status: 'skip' }],
      { strict: false, networkChecked: false },
      'ready',
      'READY (rules only; NETWORK NOT CHECKED)',
    ],
    [
      'rules only, a rule fails',
      [],
      [{ status: 'fail' }],
      { strict: false, networkChecked: false },
      'not-ready',
      'NOT READY (rules only; NETWORK NOT CHECKED)',
    ],
    ['warnings', [{ status: 'warn' }], [], { strict: false }, 'ready', 'READY WITH WARNINGS'],
    ['a waived warning under --strict', [{ status: 'warn', waiver: { expired: false } }], [], { strict: true }, 'ready', 'READY'],
  ];
  for (const [name, endpoints, rules, scope, verdict, headline] of rows) {
    const j = judge(endpoints, rules, scope);
    t.same([j.verdict, j.headline], [verdict, headline], name);
    t.equal(reportTotals(endpoints, rules, scope).verdict, verdict, `${name}: the report's verdict is the judgement's`);
  }
  t.equal(judge([], [], { strict: false, networkChecked: false }).tone, 'warn', 'a rules-only READY is not the green banner');
  t.equal(standingOf(stopped, 'endpoint', { strict: false }), 'incomplete');
  t.equal(standingOf(stopped, 'endpoint', { strict: false, networkInformational: true }), 'informational');
  t.equal(
    standingOf({ status: 'fail' }, 'rule', { strict: false, networkInformational: true }),
    'fails',
    'offline mode never hides a rule',
  );
  t.ok(blocksReadiness('fails') && blocksReadiness('incomplete'));
  t.notOk(['waived', 'informational', 'warns', 'skip', 'pass'].some((s) => blocksReadiness(s as never)));
});
