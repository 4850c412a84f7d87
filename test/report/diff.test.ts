import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import yargs from 'yargs';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { diffReports, formatDiff } from '../../src/report/diff.js';
import { EXIT } from '../../src/model/verdict.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { afterReport } from '../fixtures/reports/after-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';
import { clockSkew } from '../fixtures/reports/revocation-report.js';

t.test('fixed, regressed, changed, new, removed and unchanged', (t) => {
  const d = diffReports(labReport, afterReport);
  t.same(d.fixed.map((c) => c.label).sort(), [
    '*.manage.microsoft.com → configmgrbits.cdn.manage.microsoft.com:443',
    'definitionupdates.microsoft.com:443',
    'rule SCP-DOTNET-TLS12',
  ]);
  t.same(
    d.regressed.map((c) => [c.label, c.from, c.to]),
    [['umwatsonc.events.data.microsoft.com:443', { status: 'pass', code: null }, { status: 'fail', code: 'CONNECT_RESET' }]],
  );
  t.same(
    d.changed.map((c) => [c.label, c.from.code, c.to.code]),
    [['download.windowsupdate.com:443', 'CONNECT_REFUSED', 'CONNECT_TIMEOUT']],
  );
  t.same(
    d.added.map((i) => i.label),
    ['management.usgovcloudapi.net:443'],
  );
  t.same(
    d.removed.map((i) => i.label),
    ['management.azure.com:443'],
  );
  const keys = new Set([...labReport.endpoints.map((e) => `${e.entry}|${e.host}|${e.port}`), ...labReport.rules.map((r) => r.id)]);
  t.equal(d.unchanged, keys.size - 3 - 1 - 1 - 1, 'everything else is unchanged (download.microsoft.com under two groups counts once)');
  t.same(d.notes, []);
  t.end();
});

t.test("a finding about the run (this host's clock) that appears is a regression, and one that goes is fixed", (t) => {
  const skewed = { ...labReport, runFindings: [clockSkew] };
  const appeared = diffReports(labReport, skewed);
  t.same(
    appeared.regressed.map((c) => [c.kind, c.label, c.from, c.to]),
    [['run', 'run CLOCK_SKEW', { status: 'pass', code: null }, { status: 'warn', code: 'CLOCK_SKEW' }]],
    'not "new": a run that checked the network and recorded no skew passed that check',
  );
  t.same(appeared.added, []);
  t.match(formatDiff(appeared), /Regressed \(1\):\n {2}run CLOCK_SKEW: PASS → WARN CLOCK_SKEW {2}This host's clock is 1 h/);
  const gone = diffReports(skewed, labReport);
  t.same(
    gone.fixed.map((c) => [c.label, c.from.status, c.to.status]),
    [['run CLOCK_SKEW', 'warn', 'pass']],
  );
  t.same(gone.removed, []);
  t.same(diffReports(skewed, skewed).regressed, [], 'the same skew in both runs is unchanged');
  // A run that did not check the network could not have measured the clock: its missing finding is not a fix.
  const rulesOnly = { ...labReport, endpoints: [], runFindings: [], settings: { ...labReport.settings, networkChecked: false } };
  const unmeasured = diffReports(skewed, rulesOnly);
  t.same(unmeasured.fixed, []);
  t.ok(
    unmeasured.removed.some((i) => i.label === 'run CLOCK_SKEW'),
    'listed as removed, with the endpoints',
  );
  t.end();
});

t.test('a report compared with itself has no changes', (t) => {
  const d = diffReports(labReport, labReport);
  t.same([d.fixed, d.regressed, d.changed, d.added, d.removed], [[], [], [], [], []]);
  t.end();
});

t.test('waivers: newly waived is a change, an expired waiver is a regression, a waived failure that passes is fixed', (t) => {
  const waived = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  const d1 = diffReports(labReport, waived);
  t.same(d1.changed.map((c) => `${c.from.status}→${c.to.status}`).sort(), ['fail→waived', 'fail→waived']);
  t.same(d1.regressed, []);
  const expired = applyWaivers(labReport, labWaivers, '2025-05-01');
  const d2 = diffReports(waived, expired);
  t.same(d2.regressed.map((c) => `${c.label}: ${c.from.status}→${c.to.status}`).sort(), [
    '*.manage.microsoft.com → configmgrbits.cdn.manage.microsoft.com:443: waived→fail',
    'rule SCP-DOTNET-TLS12: waived→fail',
  ]);
  const d3 = diffReports(waived, afterReport);
  t.ok(d3.fixed.some((c) => c.from.status === 'waived' && c.to.status === 'pass'));
  t.end();
});

t.test('a pass that starts warning is a regression; a failure that only warns now is fixed', (t) => {
  const e = labReport.endpoints.find((x) => x.host === 'download.windowsupdate.com');
  const p = labReport.endpoints.find((x) => x.status === 'pass');
  if (!e || !p) throw new Error('fixture');
  const warnNow = {
    ...labReport,
    endpoints: labReport.endpoints.map((x) =>
      x === e
        ? { ...x, status: 'warn' as const, code: 'TLS_INTERCEPTED' as const }
        : x === p
          ? { ...x, status: 'warn' as const, code: 'TLS_INTERCEPTED' as const }
          : x,
    ),
  };
  const d = diffReports(labReport, warnNow);
  t.equal(d.fixed.length, 1);
  t.equal(d.regressed.length, 1, 'the pass that now warns');
  t.end();
});

t.test('notes when hosts or editions differ; text is terminal-safe', (t) => {
  const other = {
    ...afterReport,
    host: { ...afterReport.host, hostname: 'JUMP01\u001b[2J' },
    settings: { ...afterReport.settings, edition: '2018' },
  };
  const d = diffReports(labReport, other);
  t.equal(d.notes.length, 2);
  const text = formatDiff(d);
  // eslint-disable-next-line no-control-regex -- the assertion is that ESC (0x1b) never appears
  t.notMatch(text, /\u001b/, 'no escape sequence reaches the terminal');
  t.match(text, /Regressed \(\d+\):/);
  t.end();
});

t.test('formatDiff summary', (t) => {
  t.matchSnapshot(formatDiff(diffReports(labReport, afterReport)));
  t.end();
});

async function run(args: string[]): Promise<{ code: number | undefined; stdout: string; error: unknown }> {
  const before = process.exitCode;
  process.exitCode = undefined;
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string) => {
    stdout += chunk;
    return true;
  };
  let error: unknown;
  try {
    await yargs(args)
      .command(diffCommand)
      .strict()
      .exitProcess(false)
      // yargs types `err` as Error, but calls fail() without one for its own validation messages.
      .fail((msg: string, err: Error | undefined) => {
        throw err ?? new Error(msg);
      })
      .parseAsync();
  } catch (e) {
    error = e;
  } finally {
    process.stdout.write = write;
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = before;
  return { code, stdout, error };
}

t.test('the diff command: exit 1 on regression, 0 otherwise, InputError on bad input', async (t) => {
  const dir = t.testdir();
  const file = (name: string, data: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  };
  const before = file('before.json', labReport);
  const after = file('after.json', afterReport);
  const r1 = await run(['diff', before, after]);
  t.equal(r1.code, EXIT.notReady);
  t.match(r1.stdout, /Regressed \(1\):\n {2}umwatsonc/);
  const r2 = await run(['diff', before, before, '--json']);
  t.equal(r2.code, EXIT.ready);
  t.same((JSON.parse(r2.stdout) as { regressed: unknown[] }).regressed, []);
  const r3 = await run([
    'diff',
    after,
    file('fixed.json', { ...afterReport, endpoints: afterReport.endpoints.filter((e) => e.status !== 'fail') }),
  ]);
  t.equal(r3.code, EXIT.ready);
  for (const [name, data, message] of [
    ['foreign.json', { name: 'other tool' }, /not a scp-preflight report/],
    ['v9.json', { ...labReport, schemaVersion: 9 }, /schemaVersion 9/],
    ['garbage.json', 'not json', /not JSON/],
  ] as const) {
    const r = await run(['diff', before, file(name, data)]);
    t.match(r.error, { name: 'InputError', message }, name);
  }
  const missing = await run(['diff', before, join(dir, 'nope.json')]);
  t.match(missing.error, { name: 'InputError', message: /cannot read the report/ });
});

// A real run against a demo run would count the demo's deliberate faults as fixed ("17 fixed, no regressions", exit
// 0): a comparison across simulation and reality is bad input, one line, exit 2, unless asked for explicitly.
t.test('diff across simulation and reality: exit 2 with one line, or --allow-simulation', async (t) => {
  const dir = t.testdir();
  const write = (name: string, data: unknown): string => {
    writeFileSync(join(dir, name), JSON.stringify(data));
    return join(dir, name);
  };
  const demo = (r: typeof labReport) => ({ ...r, settings: { ...r.settings, simulation: true } });
  const real = write('real.json', labReport);
  const simulated = write('demo.json', demo(afterReport));
  for (const [a, b] of [
    [real, simulated],
    [simulated, real],
  ] as const) {
    const r = await run(['diff', a, b]);
    t.match(r.error, { name: 'InputError' }, `${a} vs ${b}`);
    const message = (r.error as Error).message;
    t.match(
      message,
      new RegExp(
        String.raw`^diff: .*(real|demo)\.json is a (real run|simulation \(scp-preflight demo on loopback\)) and` +
          String.raw` .*(real|demo)\.json is a (real run|simulation .*): their differences say nothing about a firewall` +
          String.raw` change; compare two real runs \(or two demo runs\), or pass --allow-simulation$`,
      ),
    );
    t.notMatch(message, /\n/, 'one line');
    t.equal(r.stdout, '', 'nothing printed');
  }
  const allowed = await run(['diff', real, simulated, '--allow-simulation']);
  t.equal(allowed.code, EXIT.notReady, 'compared: the lab → after regression');
  t.match(
    allowed.stdout,
    new RegExp(
      String.raw`^note: the old report is a real run and the new one is a simulation \(scp-preflight demo on` +
        String.raw` loopback\): their differences say nothing about a firewall change \(compared anyway:` +
        String.raw` --allow-simulation\)\.$`,
      'm',
    ),
  );
  const demos = await run(['diff', write('demo-a.json', demo(labReport)), simulated]);
  t.equal(demos.code, EXIT.notReady, 'two demo runs compare as usual');
  t.equal(demos.error, undefined);
  const rulesOnly = diffReports(labReport, { ...afterReport, endpoints: [], settings: { ...afterReport.settings, networkChecked: false } });
  t.match(rulesOnly.notes, [
    /The new run did not check the network \(--only rules\): its endpoint results are missing, not fixed or broken\./,
  ]);
  t.same(
    rulesOnly.fixed.filter((c) => c.kind === 'endpoint'),
    [],
    'no endpoint is called fixed',
  );
});
