import t from 'tap';
import { findingOf, planFrom, planYaml, runTable } from './helpers.js';

runTable('SCP-INTUNE-ONLINE', [
  { name: 'no Intune', plan: planYaml({ scp: '  server: scp01.contoso.com\n  mode: offline' }), status: 'pass', words: [/Not applicable/] },
  {
    name: 'Intune online (2018)',
    edition: '2018',
    plan: planYaml({ scp: '  server: scp01.contoso.com\n  mode: online\n  intune: true' }),
    status: 'pass',
    words: [/online mode/],
  },
  {
    name: 'Intune offline (2018)',
    edition: '2018',
    plan: planYaml({ scp: '  server: scp01.contoso.com\n  mode: offline\n  intune: true' }),
    status: 'fail',
    words: [/forces online mode/, /not supported/],
    fix: [/Set-CMServiceConnectionPoint .*-Mode Online/, /SMS_DMP_DOWNLOADER/],
    lines: [/mode: offline/, /intune: true/],
  },
  {
    name: 'Intune offline (current)',
    plan: planYaml({ scp: '  server: scp01.contoso.com\n  mode: offline\n  intune: true' }),
    status: 'fail',
  },
  { name: 'no plan', plan: null, status: 'skip' },
]);

t.test('the source is the 2018 document in both editions (the current one no longer covers hybrid Intune)', async (t) => {
  const plan = planFrom(planYaml({ scp: '  server: scp01.contoso.com\n  intune: true' }));
  t.equal(findingOf('SCP-INTUNE-ONLINE', plan).source.date, '2018-01-29');
  t.equal(findingOf('SCP-INTUNE-ONLINE', plan, { edition: '2018' }).source.date, '2018-01-29');
});
