import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { FAILURE_CODES } from '../../src/model/codes.js';
import { InputError } from '../../src/model/input-error.js';
import { STATUSES } from '../../src/model/status.js';
import { REPORT_SCHEMA, readReportFile, reportSchemaErrors } from '../../src/report/read-report.js';
import { SCHEMA_VERSION } from '../../src/model/report.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { hostileReport } from '../fixtures/reports/hostile-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';

const schema = REPORT_SCHEMA as {
  $schema: string;
  properties: Record<string, { const?: unknown }>;
  $defs: Record<string, { enum?: unknown[] }>;
};

t.test('the failure-code enum is exactly the code registry (src/model/codes.ts)', (t) => {
  t.same(
    schema.$defs.failureCode?.enum,
    FAILURE_CODES,
    `update $defs.failureCode.enum in schema/report.schema.json to: ${JSON.stringify(FAILURE_CODES)}`,
  );
  t.same(schema.$defs.status?.enum, [...STATUSES]);
  t.equal(schema.properties.schemaVersion?.const, SCHEMA_VERSION);
  t.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  t.end();
});

t.test('no escape hatches: every object of ours is closed', (t) => {
  const open: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}/${i}`));
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'object' && o.additionalProperties !== false) open.push(path);
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    }
  };
  walk(schema, '#');
  t.same(open, []);
  t.end();
});

t.test('fixture reports validate', (t) => {
  t.same(reportSchemaErrors(labReport), [], 'lab report');
  t.same(reportSchemaErrors(applyWaivers(labReport, labWaivers, WAIVER_TODAY)), [], 'with waivers');
  t.same(reportSchemaErrors(hostileReport), [], 'hostile strings');
  t.end();
});

t.test('the schema rejects what the model does not allow', (t) => {
  const e0 = labReport.endpoints[0];
  if (!e0) throw new Error('fixture');
  const bad: [string, unknown, RegExp][] = [
    ['extra top-level property', { ...labReport, extra: 1 }, /unexpected property "extra"/],
    ['unknown code', { ...labReport, endpoints: [{ ...e0, code: 'DNS_OOPS' }] }, /\/endpoints\/0\/code/],
    ['unknown status', { ...labReport, endpoints: [{ ...e0, status: 'ok' }] }, /\/endpoints\/0\/status/],
    ['missing field', { ...labReport, endpoints: [{ ...e0, message: undefined }] }, /must have required property 'message'/],
    ['port out of range', { ...labReport, endpoints: [{ ...e0, port: 70000 }] }, /\/endpoints\/0\/port/],
    [
      'extra property in stage detail',
      { ...labReport, endpoints: [{ ...e0, stages: [{ ...e0.stages[0], detail: { kind: 'dns', foo: 1 } }] }] },
      /\/endpoints\/0\/stages\/0\/detail/,
    ],
    ['bad verdict', { ...labReport, verdict: 'maybe' }, /\/verdict/],
  ];
  for (const [name, data, message] of bad) {
    const errors = reportSchemaErrors(JSON.parse(JSON.stringify(data)));
    t.match(errors.join('\n'), message, name);
  }
  t.end();
});

t.test('readReportFile: a report, or an InputError naming the file and what is wrong', (t) => {
  const dir = t.testdir();
  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  t.same(readReportFile(write('good.json', JSON.stringify(labReport))), labReport);
  const cases: [string, string, RegExp][] = [
    ['not-json.json', '{"schemaVersion":', /not JSON/],
    ['other.json', JSON.stringify({ hello: 'world' }), /not a scp-preflight report/],
    ['array.json', '[1,2]', /not a scp-preflight report/],
    ['future.json', JSON.stringify({ ...labReport, schemaVersion: 2 }), /schemaVersion 2 is not supported/],
    ['broken.json', JSON.stringify({ ...labReport, summary: { pass: -1 } }), /does not match schema\/report.schema.json: \/summary/],
  ];
  for (const [name, text, message] of cases) {
    const file = write(name, text);
    try {
      readReportFile(file);
      t.fail(`${name} should throw`);
    } catch (error) {
      t.ok(error instanceof InputError, `${name}: InputError`);
      t.match((error as Error).message, message, name);
      t.ok((error as Error).message.startsWith(file), `${name}: names the file`);
    }
  }
  t.throws(() => readReportFile(join(dir, 'missing.json')), /cannot read the report \(ENOENT\)/);
  t.end();
});

// schemaVersion 1 reports written before `headline` and `settings.networkChecked` existed still read, and are
// judged like new ones: one without endpoint results was a rules-only run (NETWORK NOT CHECKED).
t.test('readReportFile: reports without headline or settings.networkChecked', (t) => {
  const dir = t.testdir();
  const old = (report: typeof labReport): object => {
    const settings = { ...report.settings };
    Reflect.deleteProperty(settings, 'networkChecked');
    const older = { ...report, settings };
    Reflect.deleteProperty(older, 'headline');
    return older;
  };
  writeFileSync(join(dir, 'full.json'), JSON.stringify(old(labReport)));
  const full = readReportFile(join(dir, 'full.json'));
  t.same([full.settings.networkChecked, full.headline], [true, 'NOT READY']);
  writeFileSync(join(dir, 'rules.json'), JSON.stringify(old({ ...labReport, endpoints: [] })));
  const rules = readReportFile(join(dir, 'rules.json'));
  t.same([rules.settings.networkChecked, rules.headline], [false, 'NOT READY (rules only; NETWORK NOT CHECKED)']);
  t.end();
});
