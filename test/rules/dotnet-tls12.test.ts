import { planYaml, runTable } from './helpers.js';

const plan = (tls: string | null) => planYaml(tls === null ? {} : { evidence: { dotnetTls: tls } });

runTable('SCP-DOTNET-TLS12', [
  {
    name: 'reg query, both views set',
    plan: plan('tls/reg-query-ok.txt'),
    status: 'pass',
    lines: [/Wow6432Node/, /SystemDefaultTlsVersions {4}REG_DWORD {4}0x1/],
  },
  { name: 'reg query, both views set (2018)', edition: '2018', plan: plan('tls/reg-query-ok.txt'), status: 'pass' },
  {
    name: '.reg export (UTF-16LE), both views set',
    plan: plan('tls/export-ok.reg'),
    status: 'pass',
    lines: [/"SchUseStrongCrypto"=dword:00000001/],
  },
  {
    name: '32-bit view incomplete',
    plan: plan('tls/reg-query-wow-partial.txt'),
    status: 'fail',
    words: [/32-bit SchUseStrongCrypto: 0x0 \(0\)/, /32-bit SystemDefaultTlsVersions: not set/],
    fix: [
      new RegExp(
        String.raw`reg add "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\\.NETFramework\\v4\.0\.30319" \/v` +
          String.raw` SchUseStrongCrypto \/t REG_DWORD \/d 1 \/f \/reg:64`,
      ),
      /restart/,
    ],
    lines: [/SchUseStrongCrypto {4}REG_DWORD {4}0x0/],
  },
  {
    name: '32-bit view incomplete (2018: warning)',
    edition: '2018',
    plan: plan('tls/reg-query-wow-partial.txt'),
    status: 'warn',
    words: [/2018 document does not state this requirement/],
  },
  {
    name: '32-bit key missing: reg.exe error kept as evidence',
    plan: plan('tls/reg-query-wow-missing-en.txt'),
    status: 'fail',
    words: [/32-bit SchUseStrongCrypto: key not in the evidence/],
    lines: [/ERROR: The system was unable to find/],
  },
  {
    name: 'nothing set (German reg.exe error)',
    plan: plan('tls/reg-query-none-de.txt'),
    status: 'fail',
    words: [/64-bit SchUseStrongCrypto: not set/],
    lines: [/FEHLER/],
  },
  {
    name: 'wrong value type and 0 (.reg export)',
    plan: plan('tls/export-partial.reg'),
    status: 'fail',
    words: [/64-bit SystemDefaultTlsVersions: REG_SZ "1" \(must be REG_DWORD\)/, /32-bit SchUseStrongCrypto: dword:00000000 \(0\)/],
  },
  {
    name: 'no evidence',
    plan: plan(null),
    status: 'skip',
    fix: [/reg query "HKLM\\SOFTWARE\\Microsoft\\\.NETFramework\\v4\.0\.30319" \/reg:64/],
  },
  { name: 'no plan (2018)', edition: '2018', plan: null, status: 'skip' },
]);
