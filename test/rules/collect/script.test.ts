import t from 'tap';
import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/model/input-error.js';
import { fillSkeleton, PLAN_SKELETON } from '../../../src/rules/collect/plan-skeleton.js';
import { collectScript } from '../../../src/rules/collect/script.js';
import { evaluateRules, loadSitePlan } from '../../../src/rules/index.js';
import { fixture, thrown, writePlan } from '../helpers.js';

const script = collectScript();

t.test('the script is ASCII (Windows PowerShell 5.1 reads BOM-less scripts in the ANSI code page)', async (t) => {
  t.notMatch(script, /[^\t\n\r\x20-\x7e]/);
});

t.test('the script collects what the rules read', async (t) => {
  const wants: [string, RegExp][] = [
    ['Administrators by SID', /Get-LocalGroupMember -SID \$adminSid -ErrorAction Stop/],
    ['the well-known SID', /SecurityIdentifier\('S-1-5-32-544'\)/],
    ['JSON always an array', /ConvertTo-Json -InputObject \$members/],
    ['fallback resolves the localized group name from the SID', /Translate\(\[System\.Security\.Principal\.NTAccount\]\)/],
    ['net localgroup fallback', /Invoke-Native 'net\.exe' @\('localgroup', \$groupName\)/],
    ['WinHTTP', /Invoke-Native 'netsh\.exe' @\('winhttp', 'show', 'proxy'\)/],
    ['64-bit registry view', /'HKLM\\SOFTWARE\\Microsoft\\\.NETFramework\\v4\.0\.30319'/],
    ['32-bit registry view', /'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\\.NETFramework\\v4\.0\.30319'/],
    ['no registry redirection', /@\('query', \$key, '\/reg:64'\)/],
    ['UTF-8 without BOM', /New-Object System\.Text\.UTF8Encoding\(\$false\)/],
    ['stderr does not abort under Stop in 5.1', /\$ErrorActionPreference = 'Continue'/],
    ['machine root stores', /foreach \(\$storeName in @\('Root', 'AuthRoot'\)\)/],
    ['SHA-256 of each root', /\$sha\.ComputeHash\(\$cert\.RawData\)/],
    ['the automatic root update policy', /'HKLM:\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot'/],
    ['a missing policy value does not trip strict mode', /\$item\.PSObject\.Properties\['DisableRootAutoUpdate'\]/],
    ['root-store.json', /Write-Evidence 'root-store\.json'/],
    ['plan skeleton', /Write-Evidence 'plan\.yaml'/],
    ['Windows build for the client profile', /\[build\]`r`n\$\(\[Environment\]::OSVersion\.Version\.Build\)/],
    [
      'SSL Cipher Suite Order policy',
      /@\('query', 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002', '\/reg:64'\)/,
    ],
    ['Get-TlsCipherSuite where it exists', /if \(Get-Command Get-TlsCipherSuite -ErrorAction SilentlyContinue\)/],
    ['SCHANNEL protocol keys', /'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols', '\/s', '\/reg:64'/],
    ['schannel evidence file', /Write-Evidence 'schannel\.txt'/],
  ];
  for (const [name, re] of wants) t.match(script, re, name);
  const code = script.replace(/@'\n[\s\S]*?\n'@/, '');
  t.notMatch(code, /\?\?|\s&&\s|\s\|\|\s|\s\?\s\S+\s:\s/, 'no PowerShell 7-only operators (??, &&, ||, ternary)');
  t.ok(script.includes(`@'\n${PLAN_SKELETON.replace(/\n$/, '')}\n'@`), 'the skeleton is embedded verbatim in a literal here-string');
});

const filled = fillSkeleton({
  scpFqdn: 'scp01.contoso.com',
  domain: 'CONTOSO',
  adminFile: 'administrators.txt',
  collectedAt: '2026-01-01 10:00:00 +01:00',
});
const evidence = {
  'administrators.txt': readFileSync(fixture('admins/net-en-utf16le-bom.txt')),
  'winhttp.txt': readFileSync(fixture('winhttp/direct-de.txt')),
  'dotnet-tls.txt': readFileSync(fixture('tls/reg-query-ok.txt')),
  'root-store.json': readFileSync(fixture('roots/collected-g2.json')),
  'schannel.txt': readFileSync(fixture('schannel/cmdlet-2016.txt')),
};

t.test('an unedited skeleton stops at the first TODO with its line', async (t) => {
  const file = writePlan(filled, evidence);
  const e = thrown(() => loadSitePlan(file));
  t.type(e, InputError);
  t.match(e.message, /: line 6: site\.code: "\?\?\?" is not a site code/);
});

t.test('a filled-in skeleton loads, with evidence resolved next to it', async (t) => {
  const edited = filled.replace('code: "???"', 'code: P01').replace('"TODO: site server FQDN"', 'cm01.contoso.com');
  const plan = loadSitePlan(writePlan(edited, evidence));
  t.equal(plan.scp.server, 'scp01.contoso.com');
  t.equal(plan.site.domain, 'CONTOSO');
  t.equal(plan.hierarchy, null, 'hierarchy left unknown, not claimed empty');
  const byId = Object.fromEntries(
    evaluateRules({ plan, edition: 'current', endpoints: [], networkChecked: false }).map((f) => [f.id, f.status]),
  );
  t.same(byId, {
    'SCP-TOP-TIER': 'pass',
    'SCP-ONE-PER-HIERARCHY': 'skip',
    'SCP-REMOTE-ADMIN': 'warn',
    'SCP-INSTALL-ACCOUNT': 'warn',
    'SCP-INTUNE-ONLINE': 'pass',
    'SCP-OFFLINE-MODE': 'pass',
    'SCP-PROXY-ACCOUNT': 'pass',
    'SCP-WINHTTP-PROXY': 'pass',
    'SCP-DOTNET-TLS12': 'pass',
    'SCP-ROOT-STORE': 'skip',
  });
  const workgroup = fillSkeleton({ scpFqdn: 'scp01', domain: null, adminFile: 'administrators.json', collectedAt: 'x' });
  t.match(workgroup, /domain: null/);
});
