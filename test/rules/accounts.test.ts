import t from 'tap';
import { computerAccountName, isDomainPrincipal, principalMatches, sameDomain, sameHost } from '../../src/rules/accounts.js';
import { parsePrincipal } from '../../src/evidence/principal.js';

t.test('matching is case-insensitive and NetBIOS ~ FQDN first label', async (t) => {
  const table: [string, string | null, string, boolean][] = [
    ['CONTOSO\\CM01$', 'CONTOSO', 'CM01$', true],
    ['contoso\\cm01$', 'CONTOSO', 'CM01$', true],
    ['contoso.com\\CM01$', 'CONTOSO', 'CM01$', true],
    ['CONTOSO\\CM01$', 'contoso.com', 'CM01$', true],
    ['CONTOSO\\CM01$', 'contoso.com.', 'CM01$', true],
    ['FABRIKAM\\CM01$', 'CONTOSO', 'CM01$', false],
    ['FABRIKAM\\CM01$', null, 'CM01$', true],
    ['corp.contoso.com\\CM01$', 'contoso.com', 'CM01$', false],
    ['CM01$', 'CONTOSO', 'CM01$', false],
    ['CONTOSO\\CM01', 'CONTOSO', 'CM01$', false],
  ];
  for (const [member, domain, name, want] of table) {
    t.equal(principalMatches(parsePrincipal(member), { domain, name }), want, `${member} vs ${domain ?? '*'}\\${name}`);
  }
  t.ok(sameDomain('CORP', 'corp.contoso.com'));
  t.notOk(sameDomain('fabrikam.com', 'contoso.com'));
});

t.test('hosts', async (t) => {
  t.ok(sameHost('CM01.contoso.com', 'cm01.contoso.com.'));
  t.ok(sameHost('cm01', 'cm01.contoso.com'));
  t.notOk(sameHost('cm01.contoso.com', 'cm01.fabrikam.com'));
  t.notOk(sameHost('cm01.contoso.com', 'scp01.contoso.com'));
  t.equal(computerAccountName('cm01.contoso.com'), 'CM01$');
  t.equal(computerAccountName('configmgr-siteserver01.contoso.com'), 'CONFIGMGR-SITES$', 'NetBIOS names are cut at 15 characters');
});

t.test('domain principals', async (t) => {
  t.ok(isDomainPrincipal(parsePrincipal('CONTOSO\\SCCM Servers'), 'scp01.contoso.com'));
  for (const local of [
    'SCP01\\Administrator',
    'Administrator',
    'NT AUTHORITY\\INTERACTIVE',
    'NT-AUTORITÄT\\INTERAKTIV',
    'AUTORITE NT\\INTERACTIF',
    'AzureAD\\Admins',
    'BUILTIN\\Users',
  ]) {
    t.notOk(isDomainPrincipal(parsePrincipal(local), 'scp01.contoso.com'), local);
  }
});
