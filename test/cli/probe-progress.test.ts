import t from 'tap';
import { ProbeProgress } from '../../src/cli/probe-progress.js';
import type { ProbeOutcome } from '../../src/probes/types.js';

const outcome = (targetId: string): ProbeOutcome => ({
  targetId,
  route: { kind: 'direct', proxy: null, reason: 'no proxy configured' },
  status: 'pass',
  code: null,
  message: 'ok',
  stages: [],
  startedAt: '2026-12-02T00:00:00.000Z',
  ms: 1,
});

t.test('names the longest wait: host, port, stage and seconds', (t) => {
  const p = new ProbeProgress();
  p.stage({ probeId: 'a', host: 'aka.ms', port: 443, stage: 'dns' }, 0);
  p.stage({ probeId: 'b', host: 'bspmts.mp.microsoft.com', port: 443, stage: 'dns' }, 100);
  p.stage({ probeId: 'b', host: 'bspmts.mp.microsoft.com', port: 443, stage: 'connect' }, 200);
  p.stage({ probeId: 'a', host: 'aka.ms', port: 443, stage: 'tls' }, 300);
  p.finished(1, 3, outcome('a'));
  t.equal(p.text(6200), 'probes 1/3 done · waiting on bspmts.mp.microsoft.com:443 (connect, 6 s)');
  p.stage({ probeId: 'c', host: 'go.microsoft.com', port: 443, stage: 'proxy' }, 6300);
  t.equal(p.text(7000), 'probes 1/3 done · waiting on bspmts.mp.microsoft.com:443 (connect, 6 s) and 1 more');
  t.end();
});

t.test('the wildcard round adds to the total, so the count ends at N/N', (t) => {
  const p = new ProbeProgress();
  p.finished(1, 2, outcome('a'));
  p.finished(2, 2, outcome('b'));
  t.equal(p.text(0), 'probes 2/2 done…');
  p.finished(1, 1, outcome('c'));
  t.equal(p.text(0), 'probes 3/3 done…');
  t.end();
});
