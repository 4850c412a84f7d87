import { readFileSync } from 'node:fs';
import t from 'tap';
import { EDITION_IDS } from '../../src/catalog/index.js';
import { RUN_SCRIPT_DEFAULTS, RUN_SCRIPT_PARAMETERS, runScript, runScriptDefaults } from '../../src/fleet/run-script.js';
import { InputError } from '../../src/model/input-error.js';
import { runCli } from '../cli/run-cli.js';
import { lex, paramBlock, unbalanced } from '../helpers/powershell.js';
import { summarySchemaErrors } from '../helpers/summary-schema.js';

const script = runScript();

t.test('the lexer and param() parser catch broken scripts (so the checks below can fail)', (t) => {
  t.same(unbalanced('if ($a) { "}" ; # }\n'), ['unclosed {']);
  t.same(unbalanced('$x = "a(b" + \'c)d\''), []);
  t.throws(() => lex('$x = "open'), /unterminated/);
  t.throws(() => paramBlock('param([string]$A = "x" [int]$B)'), /not a parameter declaration/);
  t.throws(() => paramBlock('Write-Output 1'), /no param\(\) block/);
  t.end();
});

t.test('the param() block declares the parameters Run Scripts will show, with types it supports', (t) => {
  const params = paramBlock(script);
  t.same(
    params.map((p) => p.name),
    [...RUN_SCRIPT_PARAMETERS],
  );
  t.ok(params.length <= 10, 'Run Scripts takes up to 10 parameters');
  t.same(
    params.map((p) => p.type),
    ['string', 'string', 'string', 'string', 'string', 'int'],
    'string and integer only',
  );
  const byName = Object.fromEntries(params.map((p) => [p.name, p]));
  t.equal(byName.Executable?.defaultText, `"${RUN_SCRIPT_DEFAULTS.executable}"`);
  t.equal(byName.OutputShare?.defaultText, `"${RUN_SCRIPT_DEFAULTS.outputShare}"`);
  t.equal(byName.Edition?.defaultText, '"current"');
  t.same(byName.Edition?.attributes, [`ValidateSet(${EDITION_IDS.map((id) => `"${id}"`).join(', ')})`]);
  t.equal(byName.Proxy?.defaultText, '""');
  t.equal(byName.DeadlineSeconds?.defaultText, '300');
  t.same(byName.DeadlineSeconds?.attributes, ['ValidateRange(30, 3000)']);
  for (const p of params) t.notMatch(p.defaultText ?? '', /'/, `${p.name}: defaults in double quotes (Run Scripts mangles single quotes)`);
  t.end();
});

t.test('the script is Windows PowerShell 5.1 code that runs check --summary and passes its exit code through', (t) => {
  t.notMatch(script, /[^\t\n\r\x20-\x7e]/, 'ASCII only');
  t.same(unbalanced(script), [], 'brackets balance outside strings and comments');
  const code = lex(script)
    .filter((p) => p.kind === 'code')
    .map((p) => p.text)
    .join(' ');
  t.notMatch(code, /\?\?|\s&&\s|\s\|\|\s|\s\?\s\S+\s:\s/, 'no PowerShell 7-only operators');
  t.notMatch(code, /Get-FileHash|Get-WmiObject|ForEach-Object -Parallel/, 'nothing missing from 3.0 or from 7');
  for (const name of RUN_SCRIPT_PARAMETERS)
    t.ok(new RegExp(`\\$${name}\\b`).test(script.slice(script.indexOf(')\n\n'))), `$${name} is used`);
  t.match(
    script,
    new RegExp(
      String.raw`\$arguments = @\('check', '--summary', '--edition', \$Edition, '--out', \$out, '--format',` +
        String.raw` 'json,html', '--deadline', \[string\]\$DeadlineSeconds\)`,
    ),
  );
  t.match(script, /if \(\$Proxy -ne ''\) \{ \$arguments \+= @\('--proxy', \$Proxy\) \}/);
  t.match(script, /\$out = Join-Path \$OutputShare \(\[string\]\$env:COMPUTERNAME\)/, 'one folder per computer on the share');
  t.match(script, /Write-Output \$summary\n\s+exit \$code/, "the summary line and the check's exit code, unchanged");
  t.match(script, /WaitForExit\(\(\$DeadlineSeconds \+ 120\) \* 1000\)/, 'the wait is bounded');
  t.match(script, /ReadToEndAsync\(\)[\s\S]*ReadToEndAsync\(\)/, 'stdout and stderr drained concurrently');
  t.match(script, /Get-Sha256 \$exe/, 'the copy that runs is the copy that was hashed');
  t.end();
});

t.test("the error line has the schema's error shape", (t) => {
  const block = /\$line = \[ordered\]@\{([\s\S]*?)\n {2}\}/.exec(script)?.[1] ?? '';
  const keys = [...block.matchAll(/(\w+) = /g)].map((m) => m[1]);
  const schema = JSON.parse(readFileSync(new URL('../../schema/summary.schema.json', import.meta.url), 'utf8')) as {
    $defs: { error: { properties: Record<string, unknown>; required: string[] } };
  };
  t.same([...keys].sort(), Object.keys(schema.$defs.error.properties).sort(), 'the same keys as $defs.error');
  // What ConvertTo-Json -Compress writes for that hashtable, with typical values.
  const sample = {
    summaryVersion: 2,
    tool: 'scp-preflight',
    host: 'SCP01',
    fqdn: null,
    startedAt: '2026-03-01T10:00:00.000Z',
    verdict: 'error',
    exitCode: 2,
    error: 'Executable: cannot be read',
    report: null,
  };
  t.same(summarySchemaErrors(sample), []);
  t.end();
});

t.test('defaults from the flags, validated: nothing that could break out of a PowerShell string', (t) => {
  const custom = runScript(
    runScriptDefaults({
      executable: 'D:\\Tools\\scp-preflight.exe',
      outputShare: '\\\\fs01\\scp reports',
      edition: '2018',
      proxy: 'http://proxy.contoso.com:8080',
      sha256: 'a'.repeat(64),
      deadlineSeconds: 600,
    }),
  );
  const byName = Object.fromEntries(paramBlock(custom).map((p) => [p.name, p.defaultText]));
  t.same(byName, {
    Executable: '"D:\\Tools\\scp-preflight.exe"',
    OutputShare: '"\\\\fs01\\scp reports"',
    Edition: '"2018"',
    Proxy: '"http://proxy.contoso.com:8080"',
    ExpectedSha256: `"${'a'.repeat(64)}"`,
    DeadlineSeconds: '600',
  });
  const bad: Partial<Parameters<typeof runScriptDefaults>[0]>[] = [
    { executable: '\\\\fs01\\x"; Remove-Item C:\\ -Recurse; ".exe' },
    { executable: 'C:\\tools\\$(calc).exe' },
    { executable: "C:\\it's\\scp-preflight.exe" },
    { executable: 'C:\\tools\\scp-preflight.ps1' },
    { outputShare: 'reports' },
    { outputShare: '\\\\fs01\\r`n' },
    { edition: 'latest' },
    { proxy: 'ftp://proxy:21' },
    { proxy: 'http://a b' },
    { sha256: 'abc' },
    { deadlineSeconds: 5 },
    { deadlineSeconds: 4000 },
  ];
  for (const given of bad) t.throws(() => runScriptDefaults(given), InputError, JSON.stringify(given));
  t.end();
});

t.test('collect --run-script on the command line', async (t) => {
  const ok = await runCli(['collect', '--run-script', '--executable', '\\\\fs01\\tools\\scp-preflight.exe', '--proxy', 'winhttp']);
  t.equal(ok.code, 0);
  t.match(ok.stdout, /^<#\n\.SYNOPSIS/);
  t.match(ok.stdout, /\[string\]\$Executable = "\\\\fs01\\tools\\scp-preflight\.exe"/);
  t.match(ok.stdout, /\[string\]\$Proxy = "winhttp"/);
  const bad = await runCli(['collect', '--run-script', '--proxy', 'http://x/$(calc)']);
  t.equal(bad.code, 2);
  t.equal(bad.stdout, '');
  t.match(bad.stderr, /^scp-preflight: error: --proxy: .*\n$/);
  const both = await runCli(['collect', '--run-script', '--script']);
  t.equal(both.code, 2);
  t.match(both.stderr, /give either --script .*--run-script/);
});
