import { planYaml, runTable } from './helpers.js';

const h = (items: string) => planYaml({ hierarchy: `hierarchy:\n${items}` });

runTable('SCP-ONE-PER-HIERARCHY', [
  { name: 'explicitly no other sites', plan: planYaml({ hierarchy: 'hierarchy: []' }), status: 'pass', words: [/plan lists none/] },
  {
    name: 'other sites without the role (2018)',
    edition: '2018',
    plan: h('  - { code: P01, type: primary, parent: CAS, roles: [management-point, distribution-point] }'),
    status: 'pass',
    words: [/\(P01\)/],
  },
  {
    name: 'another site holds the role',
    plan: h('  - { code: P01, type: primary, parent: CAS, server: cm02.contoso.com, roles: [management-point, service-connection-point] }'),
    status: 'fail',
    words: [/already has a service connection point at P01 \(cm02\.contoso\.com\)/, /single instance/],
    fix: [/Remove-CMServiceConnectionPoint -SiteSystemServerName 'cm02\.contoso\.com' -SiteCode 'P01'/],
    lines: [/service-connection-point/],
  },
  {
    name: 'role written in words (2018)',
    edition: '2018',
    plan: h('  - code: P02\n    type: primary\n    roles:\n      - Service Connection Point'),
    status: 'fail',
    words: [/at P02/],
  },
  {
    name: 'the site itself already holds it',
    plan: h('  - { code: CAS, type: cas, roles: [service-connection-point] }\n  - { code: P01, type: primary, parent: CAS }'),
    status: 'pass',
  },
  {
    name: 'stand-alone primary to be expanded',
    plan: planYaml({ site: '  code: P01\n  type: primary\n  server: cm01.contoso.com\n  expandTo: CAS', hierarchy: 'hierarchy: []' }),
    status: 'warn',
    words: [/must then move to the CAS/, /Uninstall it from P01 before you install the CAS/],
    fix: [/Remove-CMServiceConnectionPoint/, /-SiteCode 'CAS'/],
    lines: [/expandTo: CAS/],
  },
  {
    name: 'hierarchy not described',
    plan: planYaml({}),
    status: 'skip',
    words: [/does not list the other sites/],
    fix: [/hierarchy: \[\]/, /Get-CMServiceConnectionPoint -AllSite/],
  },
  { name: 'no plan (2018)', edition: '2018', plan: null, status: 'skip' },
]);
