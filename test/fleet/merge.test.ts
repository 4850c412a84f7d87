import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { FLEET_CSV_COLUMNS } from '../../src/fleet/render-text.js';
import type { FleetReport } from '../../src/fleet/types.js';
import { renderJson } from '../../src/report/file-formats.js';
import { FORMULAS, hostileReport } from '../fixtures/reports/hostile-report.js';
import { parseCsv } from '../fixtures/reports/parse-csv.js';
import { runCli } from '../cli/run-cli.js';
import { labFleet } from './lab-fleet.js';

const root = t.testdir();
const fleet = await labFleet(root);
t.teardown(() => fleet.close());

/** The one file of a format that a merge wrote into `out`. */
function written(out: string, extension: string): string {
  const files = readdirSync(out).filter((f) => f.startsWith('scp-preflight-fleet-') && f.endsWith(`.${extension}`));
  if (files.length !== 1) throw new Error(`expected one .${extension} in ${out}, found ${files.join(', ')}`);
  return readFileSync(join(out, files[0]!), 'utf8');
}

t.test('merge --from a share of two real lab runs: matrix, de-duplicated firewall rows with sources, differences', async (t) => {
  const out = join(root, 'out-all');
  const result = await runCli(['merge', '--from', fleet.dir, '--format', 'html,csv,json,md', '--out', out]);
  t.equal(result.code, 1, 'a host is not ready: exit 1');
  t.match(result.stdout, /^2 hosts from 2 reports: 2 not ready; \d+ firewall rows need action; 2 endpoints differ between hosts\.\n$/);
  t.match(result.stderr, /report: .*scp-preflight-fleet-\d{8}-\d{6}\.html\n/);
  const f = JSON.parse(written(out, 'json')) as FleetReport;
  t.equal(f.kind, 'scp-preflight-fleet');
  t.same(
    f.hosts.map((h) => h.name),
    ['cm-prod-01', 'cm-lab-01'],
    'hosts sorted by how much fails',
  );
  t.same(
    f.hosts.map((h) => h.blocked),
    [3, 1],
  );
  t.match(f.endpoints[0], { destination: /^http:\/\/both\.lab\.test:\d+\/$/, blocked: 2 }, 'the endpoint failing on most hosts first');
  t.same(
    f.endpoints.map((e) => e.blocked),
    [2, 1, 1, 0],
  );
  t.match(f.endpoints.at(-1), { destination: /fine\.lab\.test/, open: 2 });
  const col = (name: string) => f.endpoints.findIndex((e) => e.destination.includes(name));
  t.match(f.hosts[0]!.cells[col('open.lab.test')], { observed: 'blocked', code: 'CONNECT_REFUSED', location: 'SCP host egress' });
  t.match(f.hosts[0]!.cells[col('dns.lab.test')], { observed: 'blocked', code: 'DNS_NXDOMAIN' });
  t.match(f.hosts[1]!.cells[col('open.lab.test')], { observed: 'open', code: null });

  const both = f.firewall.find((r) => r.destination.includes('both.lab.test'))!;
  t.same(
    both.sources.map((s) => s.host),
    ['cm-lab-01', 'cm-prod-01'],
    'one row, every host that needs it',
  );
  t.ok(
    both.sources.every((s) => s.addresses.includes('127.0.0.1')),
    'with the addresses their probes left from',
  );
  t.equal(both.location, 'SCP host egress');
  t.equal(f.firewall.filter((r) => r.destination.includes('both.lab.test')).length, 1, 'de-duplicated');
  const open = f.firewall.find((r) => r.destination.includes('open.lab.test'))!;
  t.same(
    open.sources.map((s) => s.host),
    ['cm-prod-01'],
  );
  t.same(open.openHosts, ['cm-lab-01']);
  t.ok(f.firewall.findIndex((r) => !r.needsAction) > f.firewall.findLastIndex((r) => r.needsAction), 'rows needing action first');

  const diff = (name: string) => f.differences.find((d) => d.destination.includes(name))!;
  t.match(diff('open.lab.test'), {
    works: ['cm-lab-01'],
    fails: [{ hosts: ['cm-prod-01'], code: 'CONNECT_REFUSED', reason: 'the firewall on the egress path of cm-prod-01 lacks it' }],
  });
  t.match(diff('dns.lab.test'), {
    works: ['cm-lab-01'],
    fails: [{ hosts: ['cm-prod-01'], code: 'DNS_NXDOMAIN', reason: /^the DNS that cm-prod-01 uses does not resolve it/ }],
  });
  t.notOk(
    f.differences.some((d) => d.destination.includes('both.lab.test')),
    'blocked everywhere is not a difference',
  );
  t.same(
    f.sources.map((s) => [s.host, s.edition, s.verdict, s.simulation, s.supersededBy]),
    [
      ['cm-lab-01', 'lab-2026', 'not-ready', false, null],
      ['cm-prod-01', 'lab-2026', 'not-ready', false, null],
    ],
  );
  t.match(f.sources[0]!.hostLine, /^cm-lab-01 \(a label given with --host-label; the probes ran on /);

  const csv = parseCsv(written(out, 'csv'));
  t.same(csv[0], [...FLEET_CSV_COLUMNS]);
  const row = csv.find((r) => r[0]?.includes('both.lab.test'))!;
  t.equal(row[FLEET_CSV_COLUMNS.indexOf('source_hosts')], 'cm-lab-01; cm-prod-01');
  t.match(row[FLEET_CSV_COLUMNS.indexOf('source_addresses')], /^127\.0\.0\.1; 127\.0\.0\.1$/);
  const md = written(out, 'md');
  t.match(md, /works on cm-lab-01; blocked on cm-prod-01 `CONNECT_REFUSED` → the firewall on the egress path of cm-prod-01 lacks it\./);
  const html = written(out, 'html');
  t.match(html, /works on cm-lab-01; blocked on <b>cm-prod-01<\/b>/);
  t.match(html, /<td class="m m-fail" title="Blocked: CONNECT_REFUSED/);
  t.match(html, /<details class="fw-open"><summary>1 row already open on every host/);
});

t.test('bad or foreign files: exit 2 naming the file, nothing written', async (t) => {
  const dir = join(root, 'bad');
  mkdirSync(dir);
  const cases: [string, string, RegExp][] = [
    ['foreign.json', JSON.stringify({ hello: 1 }), /foreign\.json: not a scp-preflight report/],
    ['broken.json', '{"schemaVersion": 1,', /broken\.json: not JSON/],
    [
      'summary.json',
      readFileSync(fleet.reports['cm-lab-01'], 'utf8').replace(/"schemaVersion": 1/, '"schemaVersion": 9'),
      /summary\.json: report schemaVersion 9 is not supported/,
    ],
    [
      'mangled.json',
      readFileSync(fleet.reports['cm-lab-01'], 'utf8').replace('"verdict": "not-ready"', '"verdict": "maybe"'),
      /mangled\.json: does not match schema\/report\.schema\.json: \/verdict/,
    ],
  ];
  for (const [name, content, message] of cases) {
    writeFileSync(join(dir, name), content);
    const out = join(root, `out-${name}`);
    const result = await runCli(['merge', fleet.reports['cm-lab-01'], join(dir, name), '--out', out]);
    t.equal(result.code, 2, name);
    t.match(result.stderr, message);
    t.match(result.stderr, /^scp-preflight: error: [^\n]*\n$/, 'one line');
    t.notOk(existsSync(out), 'nothing written');
  }
  const missing = await runCli(['merge', join(dir, 'nope.json'), '--out', join(root, 'out-nope')]);
  t.equal(missing.code, 2);
  t.match(missing.stderr, /nope\.json: cannot read the report \(ENOENT\)/);
  const empty = join(root, 'empty');
  mkdirSync(empty);
  const none = await runCli(['merge', '--from', empty, '--out', join(root, 'out-empty')]);
  t.equal(none.code, 2);
  t.match(none.stderr, /--from: no scp-preflight \.json reports in/);
  const nothing = await runCli(['merge']);
  t.equal(nothing.code, 2);
  t.match(nothing.stderr, /merge: give the saved reports/);
  const format = await runCli(['merge', fleet.reports['cm-lab-01'], '--format', 'junit']);
  t.equal(format.code, 2);
  t.match(format.stderr, /--format: unknown format "junit"; choose from html, csv, json, md/);
});

t.test('simulated and real runs: refused unless --allow-simulation, then marked', async (t) => {
  const demoOut = join(root, 'demo');
  const demo = await runCli(['demo', '--summary', '--host-label', 'cm-demo', '--out', demoOut, '--timeout', '1000']);
  const demoReport = (JSON.parse(demo.stdout) as { report: string }).report;
  const refused = await runCli(['merge', fleet.reports['cm-lab-01'], demoReport, '--out', join(root, 'out-sim-refused')]);
  t.equal(refused.code, 2);
  t.match(
    refused.stderr,
    /scp-preflight-\d{8}-\d{6}\.json: a simulated run \(scp-preflight demo\), mixed with 1 real run\(s\); .* --allow-simulation/,
  );
  t.notOk(existsSync(join(root, 'out-sim-refused')));
  const out = join(root, 'out-sim');
  const allowed = await runCli([
    'merge',
    fleet.reports['cm-lab-01'],
    demoReport,
    '--allow-simulation',
    '--format',
    'json,html',
    '--out',
    out,
  ]);
  t.equal(allowed.code, 1);
  t.match(allowed.stdout, /^SIMULATION: /);
  const f = JSON.parse(written(out, 'json')) as FleetReport;
  t.equal(f.simulation, 'mixed');
  t.match(
    f.sources.find((s) => s.host === 'cm-demo'),
    { simulation: true },
  );
  t.match(written(out, 'html'), /SIMULATION — some runs here \(marked SIMULATION below\)/);
  const onlyDemo = await runCli(['merge', demoReport, '--out', join(root, 'out-demo-only')]);
  t.equal(onlyDemo.code, 1, 'simulated runs alone are a simulated fleet, not a mix');
});

t.test('hostile report strings are escaped in every view; files never overwrite', async (t) => {
  const dir = join(root, 'hostile');
  mkdirSync(dir);
  const file = join(dir, 'hostile.json');
  writeFileSync(file, renderJson(hostileReport));
  const out = join(root, 'out-hostile');
  const result = await runCli(['merge', file, fleet.reports['cm-prod-01'], '--format', 'html,csv,md,json', '--out', out]);
  t.equal(result.code, 1);
  const html = written(out, 'html').toLowerCase();
  for (const tag of ['<script', '<img', '<svg', '<iframe']) t.notOk(html.includes(tag), `no ${tag}`);
  t.match(html, /&lt;svg onload=&quot;window\.__pwned=7&quot;&gt;/, 'the hostile host name shows as text');
  const csv = parseCsv(written(out, 'csv'));
  for (const row of csv.slice(1)) for (const cell of row) t.notOk(/^[=+\-@]/.test(cell), `no formula: ${cell.slice(0, 30)}`);
  t.ok(
    csv.some((r) => r[0] === `'${FORMULAS[0]}`),
    'a formula destination is neutralised',
  );
  const md = written(out, 'md');
  const prose = md.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, ''); // code spans are literal
  t.notMatch(prose, /(?<!\\)</, 'Markdown: no unescaped < outside code');
  t.notMatch(prose, /(?<!\\)\[/, 'Markdown: no unescaped [ (links, images)');
  for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
    t.equal(line.replace(/\\\|/g, '').split('|').length, 8, `table row keeps its 6 columns: ${line.slice(0, 30)}`);
  }
  const again = await runCli(['merge', file, fleet.reports['cm-prod-01'], '--format', 'html,csv,md,json', '--out', out]);
  t.equal(again.code, 1);
  const files = readdirSync(out);
  t.equal(files.filter((f) => f.endsWith('.html')).length, 2, 'a second merge adds files, it never replaces one');
  t.notOk(
    files.some((f) => f.endsWith('.tmp')),
    'no temp files left',
  );
});
