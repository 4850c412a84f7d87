import t from 'tap';
import { checkHostLabel, fqdnFromHosts, fqdnFromRegQuery, hostBlock, localFqdn } from '../../src/check/host-identity.js';
import { InputError } from '../../src/model/input-error.js';

const REG = (domain: string, nv = domain) =>
  [
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',
    '    NV Hostname    REG_SZ    SCP01',
    '    DataBasePath    REG_EXPAND_SZ    %SystemRoot%\\System32\\drivers\\etc',
    `    Domain    REG_SZ    ${domain}`,
    `    NV Domain    REG_SZ    ${nv}`,
    '    Hostname    REG_SZ    SCP01',
    '',
  ].join('\r\n');

t.test('FQDN from the Tcpip\\Parameters registry key (reg query output)', (t) => {
  const cases: [string, string | null][] = [
    [REG('contoso.com'), 'scp01.contoso.com'],
    [REG('', 'corp.contoso.com'), 'scp01.corp.contoso.com'],
    [REG(''), null],
    ['ERROR: The system was unable to find the specified registry key or value.', null],
  ];
  for (const [text, fqdn] of cases) t.equal(fqdnFromRegQuery(text, 'SCP01'), fqdn, JSON.stringify(text.slice(80, 140)));
  t.equal(fqdnFromRegQuery('    Domain    REG_SZ    contoso.com\n', 'CM02'), 'cm02.contoso.com', 'no Hostname value: the OS host name');
  t.end();
});

t.test('FQDN from /etc/hosts, as hostname -f finds it without DNS', (t) => {
  const cases: [string, string, string | null][] = [
    ['127.0.1.1 vm.lab.example vm\n', 'vm', 'vm.lab.example'],
    ['127.0.0.1 localhost\n127.0.1.1 vm\n', 'vm', null],
    ['# 10.0.0.5 vm.commented.example vm\n10.0.0.5 vm   vm.contoso.com  # alias later\n', 'vm', 'vm.contoso.com'],
    ['10.0.0.6 vmother.contoso.com vmother\n', 'vm', null],
    ['10.0.0.7 VM.Contoso.COM.\n', 'vm', 'vm.contoso.com'],
  ];
  for (const [text, host, fqdn] of cases) t.equal(fqdnFromHosts(text, host), fqdn, JSON.stringify(text));
  t.equal(localFqdn('already.dotted.example'), 'already.dotted.example');
  t.end();
});

t.test('the host block of this machine; --host-label is kept beside the real name', (t) => {
  const block = hostBlock('cm-lab-01');
  t.match(block, { hostname: String, platform: `${process.platform} ${process.arch}`, node: process.version, label: 'cm-lab-01' });
  t.ok(block.fqdn === null || block.fqdn?.includes('.'));
  t.notOk('label' in hostBlock(), 'no label unless given');
  t.end();
});

t.test('--host-label validation', (t) => {
  t.equal(checkHostLabel(undefined), undefined);
  t.equal(checkHostLabel('  cm-prod-01 '), 'cm-prod-01');
  for (const bad of ['', '   ', 'a\u0000b', 'x\u001b[2J', 'n'.repeat(254)]) {
    t.throws(() => checkHostLabel(bad), InputError, JSON.stringify(bad.slice(0, 10)));
  }
  t.end();
});
