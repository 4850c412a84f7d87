import t from 'tap';
import { networkIsInformational } from '../../src/rules/index.js';
import { endpoint } from './endpoints.js';
import { planFrom, planYaml, runTable } from './helpers.js';

const offline = planYaml({ scp: '  server: scp01.contoso.com\n  mode: offline' });

runTable('SCP-OFFLINE-MODE', [
  {
    name: 'online',
    plan: planYaml({ scp: '  server: scp01.contoso.com\n  mode: online' }),
    status: 'pass',
    words: [/runs online/, /count toward the verdict/],
  },
  { name: 'online by default (2018)', edition: '2018', plan: planYaml({}), status: 'pass', words: [/online, the default, assumed/] },
  {
    name: 'offline with failing network results',
    plan: offline,
    endpoints: [endpoint({ code: 'CONNECT_TIMEOUT' }), endpoint({})],
    status: 'pass',
    words: [/runs offline/, /2 endpoint result\(s\) of this run, 1 of them failing, are informational/, /connect phase/],
    fix: [/ServiceConnectionTool\.exe -prepare/, /-connect -usagedatasrc/, /-import -updatepacksrc/, /use-the-service-connection-tool/],
  },
  {
    name: 'offline, rules only (2018)',
    edition: '2018',
    plan: offline,
    networkChecked: false,
    status: 'pass',
    words: [/No network checks ran/],
    fix: [/docs\.microsoft\.com\/sccm\/core\/servers\/manage\/use-the-service-connection-tool/],
  },
  { name: 'no plan', plan: null, status: 'skip' },
]);

t.test('networkIsInformational', async (t) => {
  t.equal(networkIsInformational(planFrom(offline)), true);
  t.equal(networkIsInformational(planFrom(planYaml({}))), false);
  t.equal(networkIsInformational(null), false);
});
