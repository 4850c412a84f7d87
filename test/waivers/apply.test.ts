import t from 'tap';
import { applyWaivers } from '../../src/waivers/apply.js';
import type { Waiver } from '../../src/model/waivers.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';

const find = (r: typeof labReport, host: string) => r.endpoints.find((e) => e.host === host);

t.test('a live waiver marks the failure waived and stops it failing the verdict', (t) => {
  const r = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  const denied = find(r, 'configmgrbits.cdn.manage.microsoft.com');
  t.equal(denied?.status, 'fail', 'the observed status stays');
  t.equal(denied?.code, 'PROXY_DENIED', 'the observed code stays');
  t.same(denied?.waiver, {
    reason: 'Proxy allow-list change scheduled for the April change window.',
    ticket: 'CHG-1042',
    expires: '2025-04-30',
    expired: false,
    matchedBy: 'host configmgrbits.cdn.manage.microsoft.com port 443',
  });
  t.equal(r.counts.endpoints.fail, labReport.counts.endpoints.fail - 1);
  t.equal(r.counts.endpoints.waived, 1);
  t.equal(r.counts.rules.waived, 1, 'the rule waiver is live');
  t.equal(r.summary.waived, 2);
  t.equal(r.summary.fail, labReport.summary.fail - 2);
  t.end();
});

t.test('an expired waiver is shown on the item and the failure counts again', (t) => {
  const r = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  const nx = find(r, 'sccmconnected-a01.cloudapp.net');
  t.equal(nx?.waiver?.expired, true);
  t.equal(r.waivers?.items[1]?.state, 'expired');
  t.same(r.waivers?.items[1]?.matched, ['sccmconnected-a01.cloudapp.net:443 (sccmconnected-a01.cloudapp.net, Updates and servicing)']);
  t.equal(r.verdict, 'not-ready', 'other failures remain');
  t.end();
});

t.test('the last day of a waiver still holds; the day after it expires', (t) => {
  const w = labWaivers.slice(0, 1);
  t.equal(applyWaivers(labReport, w, '2025-04-30').waivers?.items[0]?.state, 'active');
  t.equal(applyWaivers(labReport, w, '2025-05-01').waivers?.items[0]?.state, 'expired');
  t.end();
});

t.test('a waiver that matches no failure or warning is unused; a pass gets no waiver', (t) => {
  const r = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  t.equal(r.waivers?.items[3]?.state, 'unused');
  t.same(r.waivers?.items[3]?.matched, []);
  t.notOk(
    r.endpoints.some((e) => e.status === 'pass' && e.waiver),
    'no pass carries a waiver',
  );
  t.equal(r.waivers?.file, 'waivers.yaml');
  t.equal(r.waivers?.asOf, WAIVER_TODAY);
  t.end();
});

t.test('waiving every failure and warning makes the report ready', (t) => {
  const all: Waiver[] = [
    ...labReport.endpoints
      .filter((e) => e.status === 'fail' || e.status === 'warn')
      .map((e, index): Waiver => ({
        match: { kind: 'entry', entry: e.entry, port: e.port },
        reason: 'accepted',
        ticket: `T-${index}`,
        expires: '2099-12-31',
        source: { file: null, index, line: null },
      })),
    ...labReport.rules
      .filter((r) => r.status === 'fail' || r.status === 'warn')
      .map((r, index): Waiver => ({
        match: { kind: 'rule', id: r.id.toLowerCase() },
        reason: 'accepted',
        ticket: `R-${index}`,
        expires: '2099-12-31',
        source: { file: null, index: 100 + index, line: null },
      })),
  ];
  t.equal(labReport.verdict, 'not-ready');
  const r = applyWaivers(labReport, all, WAIVER_TODAY);
  t.equal(r.verdict, 'ready');
  t.equal(r.summary.fail, 0);
  t.equal(r.summary.warn, 0);
  t.equal(r.summary.waived, labReport.summary.fail + labReport.summary.warn);
  t.ok(r.waivers?.items.every((w) => w.state === 'active'));
  t.end();
});

t.test('an active waiver wins over an expired one for the same item', (t) => {
  const base = labWaivers[1];
  if (!base) throw new Error('fixture');
  const live: Waiver = { ...base, expires: '2026-01-01', ticket: 'INC-778', source: { ...base.source, index: 9 } };
  const r = applyWaivers(labReport, [base, live], WAIVER_TODAY);
  t.equal(find(r, 'sccmconnected-a01.cloudapp.net')?.waiver?.ticket, 'INC-778');
  t.same(
    r.waivers?.items.map((w) => w.state),
    ['expired', 'active'],
  );
  t.end();
});

t.test('applying twice gives the same report; applying none clears earlier waivers', (t) => {
  const once = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  t.same(applyWaivers(once, labWaivers, WAIVER_TODAY), once);
  const cleared = applyWaivers(once, [], WAIVER_TODAY);
  t.notOk(cleared.endpoints.some((e) => e.waiver));
  t.same(cleared.summary, { ...labReport.summary, waived: 0 });
  t.end();
});

t.test('today must be a date', (t) => {
  t.throws(() => applyWaivers(labReport, labWaivers, '14/03/2025'), TypeError);
  t.end();
});
