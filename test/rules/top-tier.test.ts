import { planYaml, runTable } from './helpers.js';

const site = (s: string) => planYaml({ site: s });

runTable('SCP-TOP-TIER', [
  {
    name: 'CAS (current)',
    plan: site('  code: CAS\n  type: cas\n  server: cm01.contoso.com'),
    status: 'pass',
    words: [/central administration site/],
  },
  {
    name: 'CAS (2018)',
    edition: '2018',
    plan: site('  code: CAS\n  type: cas\n  server: cm01.contoso.com'),
    status: 'pass',
    words: [/top tier/],
  },
  {
    name: 'stand-alone primary',
    plan: site('  code: P01\n  type: primary\n  parent: null\n  server: cm01.contoso.com'),
    status: 'pass',
    words: [/stand-alone primary/],
  },
  {
    name: 'stand-alone primary with only its planned CAS in the hierarchy',
    plan: planYaml({
      site: '  code: P01\n  type: primary\n  server: cm01.contoso.com\n  expandTo: XYZ',
      hierarchy: 'hierarchy:\n  - { code: XYZ, type: cas }',
    }),
    status: 'pass',
  },
  {
    name: 'child primary',
    plan: site('  code: P01\n  type: primary\n  parent: CAS\n  server: cm01.contoso.com'),
    status: 'fail',
    words: [/child primary site under CAS/, /top-tier site/],
    fix: [/Add-CMServiceConnectionPoint .*-SiteCode 'CAS'/],
    lines: [/parent: CAS/],
  },
  {
    name: 'primary without parent in a hierarchy with a CAS (2018)',
    edition: '2018',
    plan: planYaml({
      site: '  code: P01\n  type: primary\n  server: cm01.contoso.com',
      hierarchy: 'hierarchy:\n  - { code: CAS, type: cas, server: cas.contoso.com }',
    }),
    status: 'fail',
    words: [/child primary site \(the hierarchy lists central administration site CAS\)/],
    lines: [/code: CAS, type: cas/],
  },
  {
    name: 'secondary',
    plan: site('  code: S01\n  type: secondary\n  parent: P01\n  server: cm01.contoso.com'),
    status: 'fail',
    words: [/secondary site under P01/],
  },
  {
    name: 'secondary without parent (2018)',
    edition: '2018',
    plan: site('  code: S01\n  type: secondary\n  server: cm01.contoso.com'),
    status: 'fail',
    words: [/a secondary site;/],
  },
  { name: 'no plan', plan: null, status: 'skip', words: [/No site plan/], fix: [/--plan FILE/] },
]);
