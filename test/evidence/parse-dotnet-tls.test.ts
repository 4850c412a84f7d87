import t from 'tap';
import { readFileSync } from 'node:fs';
import { decodeText } from '../../src/evidence/decode-text.js';
import { parseDotnetTls } from '../../src/evidence/parse-dotnet-tls.js';
import { fixture, thrown } from '../rules/helpers.js';

const parse = (rel: string) => parseDotnetTls(decodeText(readFileSync(fixture(rel)), rel));
/** `view version name=type:dword` for every value of every .NET version key. */
const flat = (rel: string) =>
  parse(rel)
    .keys.filter((k) => k.version)
    .flatMap((k) => [...k.values.values()].map((v) => `${k.view} ${k.version} ${v.name}=${v.type}:${v.dword ?? v.data}`));

t.test('reg query and .reg samples', async (t) => {
  const cases: { file: string; format: string; values: string[]; errors?: number }[] = [
    {
      file: 'tls/reg-query-ok.txt',
      format: 'reg-query',
      values: [
        '64-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:1',
        '64-bit v4.0.30319 SystemDefaultTlsVersions=REG_DWORD:1',
        '32-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:1',
        '32-bit v4.0.30319 SystemDefaultTlsVersions=REG_DWORD:1',
      ],
    },
    {
      file: 'tls/reg-query-wow-partial.txt',
      format: 'reg-query',
      values: [
        '64-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:1',
        '64-bit v4.0.30319 SystemDefaultTlsVersions=REG_DWORD:1',
        '32-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:0',
      ],
    },
    {
      file: 'tls/reg-query-wow-missing-en.txt',
      format: 'reg-query',
      values: ['64-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:1', '64-bit v4.0.30319 SystemDefaultTlsVersions=REG_DWORD:1'],
      errors: 1,
    },
    { file: 'tls/reg-query-none-de.txt', format: 'reg-query', values: ['64-bit v4.0.30319 OnlyUseLatestCLR=REG_DWORD:1'], errors: 1 },
    {
      file: 'tls/export-ok.reg',
      format: 'reg-export',
      values: [
        '64-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:1',
        '64-bit v4.0.30319 SystemDefaultTlsVersions=REG_DWORD:1',
        '32-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:1',
        '32-bit v4.0.30319 SystemDefaultTlsVersions=REG_DWORD:1',
      ],
    },
    {
      file: 'tls/export-partial.reg',
      format: 'reg-export',
      values: [
        '64-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:1',
        '64-bit v4.0.30319 SystemDefaultTlsVersions=REG_SZ:"1"',
        '32-bit v4.0.30319 SchUseStrongCrypto=REG_DWORD:0',
        '32-bit v4.0.30319 SystemDefaultTlsVersions=REG_DWORD:1',
      ],
    },
  ];
  for (const c of cases) {
    t.equal(parse(c.file).format, c.format, `${c.file}: format`);
    t.same(flat(c.file), c.values, `${c.file}: values`);
    t.equal(parse(c.file).errors.length, c.errors ?? 0, `${c.file}: reg.exe errors kept`);
  }
  const keys = parse('tls/reg-query-ok.txt').keys;
  t.same(
    keys.map((k) => k.path),
    [
      'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
      'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\\SKUs',
      'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319',
      'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319\\SKUs',
    ],
    'subkeys are separate keys without a version',
  );
  t.same(
    keys.map((k) => k.version),
    ['v4.0.30319', null, 'v4.0.30319', null],
  );
});

t.test('value name case and odd lines', async (t) => {
  const text =
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432NODE\\Microsoft\\.NETFramework\\v4.0.30319\n' +
    '    schusestrongcrypto    REG_DWORD    0x00000001\n' +
    '    (Default)    REG_SZ\n';
  const k = parseDotnetTls(decodeText(Buffer.from(text), 'm')).keys[0]!;
  t.equal(k.view, '32-bit', 'Wow6432Node in any case');
  t.equal(k.values.get('schusestrongcrypto')?.dword, 1);
  t.equal(k.values.get('(default)')?.data, '', 'empty REG_SZ');
});

t.test('unrecognized content', async (t) => {
  t.match(
    thrown(() => parseDotnetTls(decodeText(Buffer.from('hello\n'), 'x.txt'))).message,
    /^x\.txt: not recognized as `reg query` output or a \.reg export/,
  );
});
