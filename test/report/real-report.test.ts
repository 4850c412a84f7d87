import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import { parseCsv } from '../fixtures/reports/parse-csv.js';
import { CLI } from '../cli/run-cli.js';
import { offlineEnv } from '../helpers/offline-env.js';

/**
 * A real report, end to end: `demo` (the normal check against the simulated internet on loopback) writes every
 * format with live and expired waivers; the JSON must match the schema, the CSV must parse, and `render` and
 * `diff` must work on it with the documented exit codes (exit 0 without regressions is covered in diff.test.ts).
 * The compiled CLI runs (dist/, which npm test builds first), as a user runs it.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 120_000, env: offlineEnv() });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

t.test('demo → every format, schema-valid JSON, render and diff', async (t) => {
  const dir = t.testdir();
  const waivers = join(dir, 'waivers.yaml');
  writeFileSync(
    waivers,
    [
      '- host: ceuswatcab01.blob.core.windows.net',
      '  reason: DNS fix pending',
      '  ticket: CHG-1',
      '  expires: 2999-01-01',
      '- entry: go.microsoft.com',
      '  reason: an old exception',
      '  ticket: CHG-0',
      '  expires: 2000-01-01',
      '',
    ].join('\n'),
  );
  const out = join(dir, 'reports');
  const run = await cli(['demo', '--out', out, '--format', 'json,html,csv,junit,md', '--waivers', waivers, '--quiet']);
  t.ok(run.code === 0 || run.code === 1, `demo ran (exit ${run.code}) ${run.stderr}`);
  const files = readdirSync(out);
  for (const ext of ['json', 'html', 'csv', 'junit.xml', 'md']) t.ok(files.includes(`latest.${ext}`), `latest.${ext}`);
  const report = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as { waivers?: { items: { state: string }[] } };
  t.same(reportSchemaErrors(report), [], 'the real report matches schema/report.schema.json');
  t.same(
    report.waivers?.items.map((w) => w.state),
    ['active', 'expired'],
  );
  const rows = parseCsv(readFileSync(join(out, 'latest.csv'), 'utf8'));
  t.same(rows[0], [...CSV_COLUMNS, 'simulation'], 'a demo CSV says simulation in its last column');
  t.ok(
    rows.slice(1).every((r) => /^SIMULATION/.test(r.at(-1) ?? '')),
    'on every row',
  );
  t.ok(rows.length > 5, 'firewall rows');

  const rendered = await cli(['render', join(out, 'latest.json'), '--format', 'md', '--out', join(dir, 'again')]);
  t.equal(rendered.code, 0, rendered.stderr);
  t.match(rendered.stdout, /wrote .*scp-preflight-\d{8}-\d{6}\.md/);
  t.equal(
    readFileSync(join(dir, 'again', 'latest.md'), 'utf8'),
    readFileSync(join(out, 'latest.md'), 'utf8'),
    'render reproduces the file',
  );

  const worse = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as { endpoints: { status: string; code: string | null }[] };
  const passing = worse.endpoints.find((e) => e.status === 'pass');
  if (passing) Object.assign(passing, { status: 'fail', code: 'CONNECT_RESET' });
  writeFileSync(join(dir, 'worse.json'), JSON.stringify(worse));
  const regressed = await cli(['diff', join(out, 'latest.json'), join(dir, 'worse.json'), '--json']);
  t.equal(regressed.code, 1, 'a regression: exit 1');
  t.ok((JSON.parse(regressed.stdout) as { regressed: unknown[] }).regressed.length >= 1);
  writeFileSync(join(dir, 'foreign.json'), '{"hello":1}');
  const bad = await cli(['diff', join(out, 'latest.json'), join(dir, 'foreign.json')]);
  t.equal(bad.code, 2, 'bad input: exit 2');
  t.match(bad.stderr, /foreign\.json: not a scp-preflight report/);
});
