import t from 'tap';
import type { Status } from '../../src/model/status.js';
import { EXIT, exitCodeOf, reportTotals } from '../../src/report/verdict.js';

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
    ['offline SCP: endpoint failures are informational', ['fail', 'fail'], ['pass'], { strict: false, networkInformational: true }, 'ready'],
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
