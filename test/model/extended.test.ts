import { setFlagsFromString } from 'node:v8';
import { runInThisContext } from 'node:vm';
import t from 'tap';
import { editions } from '../../src/catalog/index.js';
import { planEndpoints } from '../../src/catalog/plan.js';
import { extended } from '../../src/model/extended.js';
import type { ProbeOutcome } from '../../src/probes/types.js';
import { endpointResults } from '../../src/report/endpoint-results.js';
import { DIRECT } from '../fixtures/reports/build.js';

// V8's own answer to "do these objects share a hidden class": a native, callable only from code compiled after
// the flag is set, so the check is compiled here.
setFlagsFromString('--allow-natives-syntax');
const sameHiddenClass = runInThisContext('(a, b) => %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

/** How many hidden classes the objects have between them. */
function hiddenClasses(objects: readonly object[]): number {
  const seen: object[] = [];
  for (const o of objects) if (!seen.some((s) => sameHiddenClass(s, o))) seen.push(o);
  return seen.length;
}

t.test('extended is the spread: base properties in order, then the extra ones, which win', async (t) => {
  const base = { entry: 'go.microsoft.com', port: 443, status: 'skip' };
  const made = extended(base, { status: 'pass', code: null });
  t.same(Object.keys(made), ['entry', 'port', 'status', 'code']);
  t.equal(JSON.stringify(made), JSON.stringify({ ...base, status: 'pass', code: null }));
  t.equal(base.status, 'skip', 'the base is not changed');
});

t.test('the hidden-class check tells shapes apart (so the tests below can fail)', async (t) => {
  t.equal(
    hiddenClasses([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
    ]),
    1,
  );
  t.equal(
    hiddenClasses([
      { a: 1, b: 'x' },
      { b: 'y', a: 2 },
    ]),
    2,
    'same keys, other order',
  );
});

t.test('objects extended by the thousand share one hidden class', async (t) => {
  const made = Array.from({ length: 2000 }, (_, i) => extended({ host: `h${i}.example`, port: 443 }, { probeId: `p${i}`, ms: i + 0.5 }));
  t.equal(hiddenClasses(made), 1);
});

t.test('the endpoint results of a plan share one hidden class (the renderers read them 10,000 at a time)', async (t) => {
  const plan = planEndpoints(editions.current, { intune: true, groups: ['all'], tenantId: null });
  const outcomes = new Map<string, ProbeOutcome>(
    plan.targets.map((target, i) => [
      target.id,
      {
        targetId: target.id,
        route: DIRECT,
        status: i % 3 === 0 ? 'fail' : 'pass',
        code: i % 3 === 0 ? 'CONNECT_TIMEOUT' : null,
        message: `${target.host} port ${target.port}: outcome ${i}`,
        stages: [],
        startedAt: '2026-12-03T00:00:00.000Z',
        ms: i,
      },
    ]),
  );
  t.equal(hiddenClasses(plan.endpoints), 1, 'the plan rows they are made from');
  const results = endpointResults(plan, outcomes, DIRECT);
  const probed = results.filter((r) => r.probeId !== null);
  t.ok(probed.length > 20, `${probed.length} probed rows`);
  t.equal(hiddenClasses(probed), 1);
  t.equal(hiddenClasses(results.filter((r) => r.probeId === null)), 1, 'untested wildcards: one more');
});
