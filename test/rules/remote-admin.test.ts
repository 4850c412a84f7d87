import { planYaml, runTable } from './helpers.js';

const CAS = (domain: string | null, server = 'cm01.contoso.com') =>
  `  code: CAS\n  type: cas\n  server: ${server}${domain === null ? '' : `\n  domain: ${domain}`}`;
const remote = (admins: string | null, o: { domain?: string | null; install?: string; server?: string } = {}) =>
  planYaml({
    site: CAS(o.domain === undefined ? 'CONTOSO' : o.domain, o.server),
    scp: `  server: scp01.contoso.com${o.install ? `\n  installationAccount: ${o.install}` : ''}`,
    ...(admins === null ? {} : { evidence: { localAdministrators: admins } }),
  });

runTable('SCP-REMOTE-ADMIN', [
  {
    name: 'local: same host, other case and a trailing dot',
    plan: planYaml({ scp: '  server: CM01.Contoso.com.' }),
    status: 'pass',
    words: [/Not applicable/],
  },
  {
    name: 'local: short name vs FQDN (2018)',
    edition: '2018',
    plan: planYaml({ scp: '  server: cm01' }),
    status: 'pass',
    words: [/Not applicable/],
  },
  {
    name: 'listed (net localgroup, English, CRLF)',
    plan: remote('admins/net-en.txt'),
    status: 'pass',
    words: [/CONTOSO\\CM01\$, the computer account of site server cm01\.contoso\.com/],
    lines: [/^CONTOSO\\CM01\$$/m],
  },
  {
    name: 'listed with the FQDN domain in lower case (German, 2018)',
    edition: '2018',
    plan: remote('admins/net-de.txt'),
    status: 'pass',
    lines: [/contoso\.com\\cm01\$/],
  },
  { name: 'plan domain as FQDN', plan: remote('admins/net-en.txt', { domain: 'contoso.com' }), status: 'pass' },
  { name: 'plan domain unknown: any domain', plan: remote('admins/net-en.txt', { domain: null }), status: 'pass' },
  {
    name: 'listed as ObjectClass Other (JSON, numeric enums)',
    plan: remote('admins/gl-array-numeric.json'),
    status: 'pass',
    lines: [/"Name": {2}"CONTOSO\\\\CM01\$"/, /"ObjectClass": {2}"Other"/],
  },
  {
    name: 'listed (JSON, UTF-16LE with BOM, 2018)',
    edition: '2018',
    plan: remote('admins/gl-array-numeric-utf16le-bom.json'),
    status: 'pass',
  },
  {
    name: 'other domain: not listed, a domain group is',
    plan: remote('admins/net-en.txt', { domain: 'FABRIKAM' }),
    status: 'warn',
    words: [/FABRIKAM\\CM01\$ is not listed directly/, /domain group\(s\) CONTOSO\\Domain Admins/, /Verify/],
    fix: [
      /Get-ADGroupMember -Identity \$g -Recursive/,
      /'Domain Admins'/,
      /Add-LocalGroupMember -SID S-1-5-32-544 -Member 'FABRIKAM\\CM01\$'/,
    ],
    lines: [/^CONTOSO\\Domain Admins$/m],
  },
  {
    name: 'nested group (JSON, string enums, SID strings)',
    plan: remote('admins/gl-array-strings.json'),
    status: 'warn',
    words: [/CONTOSO\\SCCM Servers are/],
  },
  {
    name: 'nested group (Get-LocalGroupMember table view, UTF-16LE): users are not groups',
    plan: remote('admins/gl-table-utf16le-bom.txt'),
    status: 'warn',
    words: [/domain group\(s\) CONTOSO\\SCCM Servers are/],
    lines: [/^Group {7}CONTOSO\\SCCM Servers {10}ActiveDirectory$/m],
  },
  {
    name: 'nested group (JSON wrapped, German ObjectClass, 2018)',
    edition: '2018',
    plan: remote('admins/gl-de-wrapped.json'),
    status: 'warn',
    words: [/CONTOSO\\Domänen-Admins/],
  },
  {
    name: 'net localgroup cannot tell users from groups: a domain user counts as a possible group (UTF-16LE)',
    plan: remote('admins/net-en-utf16le-bom.txt'),
    status: 'warn',
    words: [/CONTOSO\\SCCM Servers, CONTOSO\\svc-cminstall are/],
  },
  {
    name: 'the installation account is a known user, not a possible group (2018)',
    edition: '2018',
    plan: remote('admins/net-en-utf16le-bom.txt', { install: 'CONTOSO\\svc-cminstall' }),
    status: 'warn',
    words: [/domain group\(s\) CONTOSO\\SCCM Servers are/],
  },
  {
    name: 'the proxy account is a known user too (Dutch)',
    plan: planYaml({
      scp: '  server: scp01.contoso.com\n  proxy: { server: p.contoso.com, account: CONTOSO\\svc-cminstall }',
      evidence: { localAdministrators: 'admins/net-nl.txt' },
    }),
    status: 'warn',
    words: [/domain group\(s\) CONTOSO\\Domeinadministrators are/],
  },
  {
    name: 'only local accounts (French)',
    plan: remote('admins/net-fr.txt'),
    status: 'fail',
    words: [/is not in the local Administrators group of scp01\.contoso\.com/, /Administrateur, SCP01\\admin-local/],
    fix: [/Add-LocalGroupMember -SID S-1-5-32-544 -Member 'CONTOSO\\CM01\$'/, /Computer Management/],
  },
  {
    name: 'single object (JSON, 2018)',
    edition: '2018',
    plan: remote('admins/gl-single-object.json'),
    status: 'fail',
    lines: [/"Name": {2}"SCP01\\\\Administrator"/],
  },
  {
    name: 'evidence from another computer: a note, the status unchanged',
    plan: planYaml({ scp: '  server: scp02.contoso.com', evidence: { localAdministrators: 'admins/gl-array-numeric.json' } }),
    status: 'pass',
    words: [/local accounts in this evidence belong to SCP01, not scp02\.contoso\.com/],
  },
  { name: 'Azure AD groups, well-known groups and domain users cannot nest it', plan: remote('admins/gl-azuread.json'), status: 'fail' },
  {
    name: 'domain unknown: the command shows a placeholder',
    plan: remote('admins/net-fr.txt', { domain: null }),
    status: 'fail',
    words: [/CM01\$ \(any domain/],
    fix: [/-Member '<DOMAIN>\\CM01\$'/],
  },
  {
    name: 'long host name: account cut at 15 characters',
    plan: remote('admins/net-fr.txt', { server: 'configmgr-siteserver01.contoso.com' }),
    status: 'fail',
    fix: [/CONFIGMGR-SITES\$/],
  },
  {
    name: 'current: an installation account is the accepted alternative',
    plan: remote('admins/gl-single-object.json', { install: 'CONTOSO\\svc-cminstall' }),
    status: 'pass',
    words: [/\*or\* a site system installation account/, /SCP-INSTALL-ACCOUNT/],
  },
  {
    name: '2018: the installation account does not replace it',
    edition: '2018',
    plan: remote('admins/gl-single-object.json', { install: 'CONTOSO\\svc-cminstall' }),
    status: 'fail',
  },
  {
    name: 'no evidence',
    plan: remote(null),
    status: 'skip',
    words: [/No local Administrators evidence from scp01\.contoso\.com/],
    fix: [/Get-LocalGroupMember -SID S-1-5-32-544/, /net localgroup Administrators/, /collect --script/],
  },
  { name: 'no plan', plan: null, status: 'skip' },
]);
