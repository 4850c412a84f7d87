import t from 'tap';
import type { StageResult } from '../../src/probes/types.js';
import { waterfall, waterfallScale } from '../../src/report/html/waterfall.js';
import type { EndpointResult } from '../../src/model/report.js';
import { labReport } from '../fixtures/reports/lab-report.js';

const nxdomain: StageResult[] = [
  { stage: 'dns', status: 'fail', code: 'DNS_NXDOMAIN', message: 'no such name', ms: 10, detail: null },
  { stage: 'connect', status: 'skip', code: null, message: 'not reached', ms: 0, detail: null },
];
// A host whose DNS resolves nothing: every result is a 10 ms NXDOMAIN (issue 13).
const endpoints: EndpointResult[] = labReport.endpoints.map((e) => ({ ...e, status: 'fail', code: 'DNS_NXDOMAIN', stages: nxdomain }));
const widths = (markup: string): number[] => [...markup.matchAll(/width:([\d.]+)%/g)].map((m) => Number(m[1]));

t.test('a 10 ms NXDOMAIN does not draw a full, timeout-like bar', (t) => {
  const scale = waterfallScale(endpoints, 8000);
  t.equal(scale, 8000, 'the full bar is one stage timeout when every result is shorter');
  const bar = widths(waterfall(nxdomain, scale).__html);
  t.ok(bar.length > 0 && bar.every((w) => w < 1), `the bar is a sliver of the width (${bar.join(', ')} %)`);
  t.end();
});

t.test('a result longer than the timeout sets the scale, and bars stay proportional to measured time', (t) => {
  const slow: StageResult[] = [
    { stage: 'dns', status: 'pass', code: null, message: 'ok', ms: 300, detail: null },
    { stage: 'connect', status: 'fail', code: 'CONNECT_TIMEOUT', message: 'timed out', ms: 8000, detail: null },
  ];
  const scale = waterfallScale([...endpoints, { ...endpoints[0]!, stages: slow }], 8000);
  t.equal(scale, 8300);
  const [dns, connect] = widths(waterfall(slow, scale).__html);
  t.ok(Math.abs((dns ?? 0) - 300 / 83) < 0.01 && Math.abs((connect ?? 0) - 8000 / 83) < 0.01, `${dns} % and ${connect} %`);
  t.end();
});
