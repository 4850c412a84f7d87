import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import yargs from 'yargs';
import { demoCommand } from '../../src/cli/commands/demo.js';
import { DEMO_OUT_DIR, refuseRealLatest } from '../../src/cli/demo-out.js';
import { InputError } from '../../src/model/input-error.js';
import { FILE_FORMAT_NAMES } from '../../src/report/file-format-names.js';
import { fileFormats } from '../../src/report/file-formats.js';
import { isSimulationView } from '../../src/report/simulation-marks.js';
import type { Report } from '../../src/model/report.js';
import { hostileReport } from '../fixtures/reports/hostile-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { runCli } from './run-cli.js';

const simulated: Report = { ...labReport, settings: { ...labReport.settings, simulation: true } };
// A real report whose network strings carry every simulation mark: escaping must keep them from counting.
const forged: Report = {
  ...hostileReport,
  endpoints: hostileReport.endpoints.map((e, i) =>
    i === 0
      ? {
          ...e,
          message: '<p class="simulation">\n> **SIMULATION** x\n<property name="simulation" value="true"/>',
          notes: ['\n> **SIMULATION**'],
        }
      : e,
  ),
  host: { ...hostileReport.host, hostname: 'x,simulation' },
};

t.test('every view marks a simulation, and nothing from the network can forge the mark', async (t) => {
  for (const name of FILE_FORMAT_NAMES) {
    const { extension, render } = fileFormats[name];
    t.ok(isSimulationView(extension, render(simulated)), `${name}: a demo report is marked`);
    t.notOk(isSimulationView(extension, render(labReport)), `${name}: a real report is not`);
    t.notOk(isSimulationView(extension, render(forged)), `${name}: a real report quoting the marks is not`);
  }
});

t.test('demo writes to reports/demo by default', async (t) => {
  const argv = await (demoCommand.builder as (y: ReturnType<typeof yargs>) => ReturnType<typeof yargs>)(yargs([])).parseAsync();
  t.equal(argv.out, DEMO_OUT_DIR);
  t.equal(DEMO_OUT_DIR, join('reports', 'demo'));
});

t.test("demo never replaces a real run's latest.*", async (t) => {
  const dir = t.testdir({});
  refuseRealLatest(dir, ['json', 'html']);
  t.pass('an empty folder is fine');
  writeFileSync(join(dir, 'latest.json'), fileFormats.json.render(simulated));
  writeFileSync(join(dir, 'latest.html'), fileFormats.html.render(simulated));
  refuseRealLatest(dir, ['json', 'html']);
  t.pass("an earlier demo's latest files are fine");
  writeFileSync(join(dir, 'latest.md'), fileFormats.md.render(labReport));
  refuseRealLatest(dir, ['json', 'html']);
  t.pass('a real latest.md the demo does not write is left alone');
  t.throws(() => refuseRealLatest(dir, ['json', 'md']), InputError);
  writeFileSync(join(dir, 'latest.json'), fileFormats.json.render(labReport));
  const before = readdirSync(dir).sort();
  const result = await runCli(['demo', '--out', dir, '--quiet']);
  t.equal(result.code, 2, 'bad input: exit 2');
  t.match(
    result.stderr,
    new RegExp(
      String.raw`^scp-preflight: error: --out .*: .*latest\.json is a real run's report, and demo would replace it` +
        String.raw` with a simulated one; use the default --out reports\/demo or another folder\n$`,
    ),
  );
  t.same(readdirSync(dir).sort(), before, 'nothing written');
  t.equal(readFileSync(join(dir, 'latest.json'), 'utf8'), fileFormats.json.render(labReport), 'the real report is untouched');
});
