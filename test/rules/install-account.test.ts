import { planYaml, runTable } from './helpers.js';

const remote = (admins: string | null, install?: string) =>
  planYaml({
    scp: `  server: scp01.contoso.com${install ? `\n  installationAccount: ${install}` : ''}`,
    ...(admins === null ? {} : { evidence: { localAdministrators: admins } }),
  });

runTable('SCP-INSTALL-ACCOUNT', [
  {
    name: 'local (2018)',
    edition: '2018',
    plan: planYaml({ scp: '  server: cm01.contoso.com' }),
    status: 'pass',
    words: [/Not applicable/],
  },
  {
    name: '2018: none configured',
    edition: '2018',
    plan: remote('admins/net-en.txt'),
    status: 'fail',
    words: [/No site system installation account is configured/, /2018 document requires one/],
    fix: [
      /Set-CMSiteSystemServer -SiteSystemServerName 'scp01\.contoso\.com' -SiteCode 'CAS' -AccountName/,
      /Use another account for installing this site system/,
    ],
  },
  { name: '2018: none configured, no evidence needed to fail', edition: '2018', plan: remote(null), status: 'fail' },
  {
    name: '2018: configured and listed (Dutch)',
    edition: '2018',
    plan: remote('admins/net-nl.txt', 'CONTOSO\\svc-cminstall'),
    status: 'pass',
    words: [/Installation account CONTOSO\\svc-cminstall is in the local Administrators group/],
    lines: [/^CONTOSO\\svc-cminstall$/m],
  },
  {
    name: '2018: configured, not listed, a domain group is',
    edition: '2018',
    plan: remote('admins/net-en.txt', 'CONTOSO\\svc-cminstall'),
    status: 'warn',
    words: [/CONTOSO\\Domain Admins/],
    fix: [/SamAccountName -eq 'svc-cminstall'/],
  },
  {
    name: '2018: configured, not listed, no domain group',
    edition: '2018',
    plan: remote('admins/net-fr.txt', 'CONTOSO\\svc-cminstall'),
    status: 'fail',
    words: [/Installing the role with this account will fail/],
    fix: [/Add-LocalGroupMember -SID S-1-5-32-544 -Member 'CONTOSO\\svc-cminstall'/],
  },
  {
    name: '2018: configured, no evidence',
    edition: '2018',
    plan: remote(null, 'CONTOSO\\svc-cminstall'),
    status: 'skip',
    fix: [/Get-LocalGroupMember/],
  },
  {
    name: 'current: none configured, computer account listed',
    plan: remote('admins/net-en.txt'),
    status: 'pass',
    words: [/computer account CONTOSO\\CM01\$/, /accepts it instead of an installation account/],
  },
  {
    name: 'current: none configured, computer account possibly nested',
    plan: remote('admins/gl-array-strings.json'),
    status: 'warn',
    words: [/CONTOSO\\SCCM Servers/],
  },
  {
    name: 'current: none configured, computer account not listed',
    plan: remote('admins/net-fr.txt'),
    status: 'fail',
    words: [/Neither alternative/],
    fix: [/Add-LocalGroupMember .*CONTOSO\\CM01\$/, /Or configure a site system installation account/],
  },
  { name: 'current: none configured, no evidence', plan: remote(null), status: 'skip' },
  {
    name: 'current: configured as FQDN domain, listed (JSON)',
    plan: remote('admins/gl-array-strings.json', 'contoso.com\\svc-cminstall'),
    status: 'pass',
  },
  { name: 'current: configured as UPN, listed (Dutch)', plan: remote('admins/net-nl.txt', 'svc-cminstall@contoso.com'), status: 'pass' },
  {
    name: 'current: configured but not an administrator, even though the computer account is',
    plan: remote('admins/gl-array-numeric.json', 'CONTOSO\\svc-cminstall'),
    status: 'warn',
    words: [/CONTOSO\\Domain Admins/],
  },
  {
    name: 'current: configured, only local accounts',
    plan: remote('admins/gl-single-object.json', 'CONTOSO\\svc-cminstall'),
    status: 'fail',
  },
  { name: 'no plan', plan: null, status: 'skip' },
]);
