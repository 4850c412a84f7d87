import t from 'tap';
import type { Route } from '../../src/probes/types.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html/index.js';
import { ruleLocation } from '../../src/report/firewall-rows.js';
import { routeTaken, runRouteText } from '../../src/report/route-taken.js';
import type { Report } from '../../src/model/report.js';
import { labReport } from '../fixtures/reports/lab-report.js';

const PAC = 'PAC /srv/proxy.pac: chosen per endpoint';
const pacProxy: Route = { kind: 'http', proxy: 'http://127.0.0.1:3128', reason: 'PAC returned "PROXY 127.0.0.1:3128; DIRECT"' };
const pacDirect: Route = { kind: 'direct', proxy: null, reason: 'PAC returned "DIRECT"' };
const pacSocks: Route = { kind: 'socks5h', proxy: 'socks5h://10.0.0.5:1080', reason: 'PAC returned "SOCKS5 10.0.0.5:1080"' };
const pending: Route = { kind: 'http', proxy: null, reason: PAC };

t.test("each endpoint's route in the words PAC uses", (t) => {
  t.equal(routeTaken(pacProxy), 'PAC → PROXY 127.0.0.1:3128');
  t.equal(routeTaken(pacDirect), 'PAC → DIRECT');
  t.equal(routeTaken(pacSocks), 'PAC → SOCKS5 10.0.0.5:1080');
  t.equal(
    routeTaken({ ...pacDirect, reason: 'PAC returned "PROXY a:1; DIRECT"; http://a:1 unreachable, so DIRECT was used' }),
    'PAC → DIRECT (after http://a:1 unreachable)',
  );
  t.equal(routeTaken({ kind: 'socks5', proxy: 'socks5://127.0.0.1:1080', reason: '--proxy' }), 'SOCKS5 127.0.0.1:1080 (--proxy)');
  t.equal(routeTaken({ kind: 'direct', proxy: null, reason: 'no proxy configured' }), 'direct (no proxy configured)');
  t.equal(
    routeTaken({ kind: 'http', proxy: 'http://proxy.contoso.com', reason: '--proxy' }),
    'PROXY proxy.contoso.com:80 (--proxy)',
    'the default port is shown',
  );
  t.equal(
    routeTaken({ kind: 'socks5h', proxy: 'socks5h://127.0.0.1:1080', reason: '--proxy' }),
    'SOCKS5H 127.0.0.1:1080 (--proxy)',
    'socks5h keeps its h outside PAC',
  );
  t.equal(routeTaken(pending), `not chosen: nothing was probed (${PAC})`, 'an untested wildcard under PAC is not called direct');
  t.equal(
    ruleLocation(pending),
    'Proxy or SCP host egress, as the PAC file chooses (not probed)',
    "nor is its rule put on the SCP host's egress",
  );
  t.end();
});

// A PAC run: the settings hold the placeholder, each endpoint the route FindProxyForURL chose for it.
const pacReport: Report = {
  ...labReport,
  settings: { ...labReport.settings, route: pending },
  endpoints: labReport.endpoints.map((e, i) => ({ ...e, route: e.probeId === null ? pending : i % 2 === 0 ? pacProxy : pacDirect })),
};

t.test('a PAC run never says "Route: direct": HTML, Markdown and JUnit show the routes taken', (t) => {
  const header = runRouteText(pacReport);
  t.match(header, /^PAC \/srv\/proxy\.pac: chosen per endpoint: /);
  t.match(header, /PAC → PROXY 127\.0\.0\.1:3128 \(\d+ endpoint results?\)/);
  t.match(header, /PAC → DIRECT \(\d+ endpoint results?\)/);
  const html = renderHtml(pacReport);
  const md = renderMarkdown(pacReport);
  const junit = renderJunit(pacReport);
  for (const [name, text] of [
    ['html', html],
    ['md', md],
    ['junit', junit],
  ] as const) {
    t.notMatch(text, /direct \(PAC/, `${name}: the PAC placeholder is not shown as direct`);
    t.match(text, /PAC → PROXY 127\.0\.0\.1:3128/, `${name}: the proxied route is shown`);
  }
  t.match(
    html.replaceAll('<wbr>', ''),
    /route <span class="host">PAC → PROXY 127\.0\.0\.1:3128<\/span>/,
    'each HTML result names its route',
  );
  t.match(md, /- Route: PAC → PROXY 127\.0\.0\.1:3128/, 'each Markdown item names its route');
  t.match(junit, /Route: PAC → DIRECT/, 'each JUnit case names its route');
  t.notMatch(junit, /<property name="route" value="direct"\/>/);
  t.end();
});

t.test('the header names the one route, or each route taken with its count', (t) => {
  const direct: Report = {
    ...labReport,
    settings: { ...labReport.settings, route: { kind: 'direct', proxy: null, reason: 'no proxy configured' } },
    endpoints: labReport.endpoints.map((e) => ({ ...e, route: { kind: 'direct', proxy: null, reason: 'no proxy configured' } })),
  };
  t.equal(runRouteText(direct), 'direct (no proxy configured)');
  t.equal(
    runRouteText(labReport),
    'direct (NO_PROXY matched .contoso.com) (8 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (4 endpoint results)',
    'NO_PROXY sent some endpoints direct: both routes, each with its count',
  );
  t.end();
});
