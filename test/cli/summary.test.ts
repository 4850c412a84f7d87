import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { startBlackHole } from '../../src/demo/black-hole.js';
import { closedPort } from '../../src/demo/closed-port.js';
import { startDnsServer } from '../../src/demo/dns-server.js';
import { readReportFile } from '../../src/report/read-report.js';
import type { RunSummary } from '../../src/report/summary.js';
import { TEST_LAB_FLAG } from '../helpers/lab-addresses.js';
import { summarySchemaErrors } from '../helpers/summary-schema.js';
import { minimalPlan, runCli } from './run-cli.js';

/** stdout must be exactly one JSON line within the Run Scripts limit; returns it parsed. */
function oneSummary(t: Test, stdout: string): RunSummary {
  t.ok(Buffer.byteLength(stdout, 'utf8') <= 4096, `≤ 4,096 bytes (${Buffer.byteLength(stdout, 'utf8')})`);
  t.match(stdout, /^\{[^\n]*\}\n$/, 'exactly one line holding one JSON object');
  const summary = JSON.parse(stdout) as RunSummary;
  t.same(summarySchemaErrors(summary), [], 'valid against schema/summary.schema.json');
  return summary;
}

t.test('demo --summary --host-label: one JSON object, the full report written, label recorded', async (t) => {
  const out = t.testdir();
  const result = await runCli(['demo', '--summary', '--host-label', 'cm-lab-01', '--out', out, '--timeout', '1000']);
  t.equal(result.code, 1, 'exit code = the verdict (not ready)');
  const s = oneSummary(t, result.stdout);
  t.match(s, { verdict: 'not-ready', headline: 'NOT READY', simulation: true, hostLabel: 'cm-lab-01', network: 'checked', truncated: 0 });
  t.notMatch(result.stderr, /report:|SIMULATION: probing/, 'no other chatter');
  t.ok(s.report !== null && s.report.startsWith(out), 'names the stamped JSON report (absolute path)');
  const report = readReportFile(s.report!);
  t.equal(report.host.label, 'cm-lab-01');
  t.equal(s.host, report.host.hostname, 'host stays the machine name');
  t.equal(s.fail, report.summary.fail);
  t.equal(
    s.failing.filter((i) => i.status === 'fail').length,
    new Set(report.endpoints.filter((e) => e.status === 'fail').map((e) => `${e.code}|${e.host}|${e.port}`)).size,
  );
  t.match(report.settings.route, { kind: 'http' });
});

t.test('a lab-style loopback check --summary: counts and codes are those of the written report', async (t) => {
  // A lab catalog on loopback: a black-holed port (dropped SYNs), a refused one, a name that does not exist.
  const hole = await startBlackHole();
  t.teardown(() => hole.close());
  const refused = await closedPort();
  const dns = await startDnsServer({ zone: { 'hole.lab.test': { a: ['127.0.0.1'] }, 'refused.lab.test': { a: ['127.0.0.1'] } } });
  t.teardown(() => dns.close());
  const dir = t.testdir();
  const catalog = join(dir, 'lab.json');
  writeFileSync(
    catalog,
    JSON.stringify({
      edition: 'lab-2026',
      provenance: { title: 'Lab list', url: 'https://lab.example/scp', date: '2026-01-01' },
      groups: [{ id: 'lab', title: 'Lab' }],
      entries: [
        { text: `https://hole.lab.test:${hole.port}/`, group: 'lab' },
        { text: `https://refused.lab.test:${refused}/`, group: 'lab' },
        { text: 'https://nx.lab.test/', group: 'lab' },
      ],
    }),
  );
  const out = join(dir, 'reports');
  const result = await runCli([
    'check',
    '--catalog',
    catalog,
    '--dns-server',
    dns.server,
    ...TEST_LAB_FLAG,
    '--summary',
    '--out',
    out,
    '--timeout',
    '800',
  ]);
  t.equal(result.code, 1);
  const s = oneSummary(t, result.stdout);
  const report = readReportFile(s.report!);
  t.match(s, {
    edition: 'lab-2026',
    simulation: false,
    route: 'direct',
    fail: 3,
    pass: report.summary.pass,
    skip: report.summary.skip,
    truncated: 0,
    // Three different failures: three findings, no one cause.
    rootCause: null,
    rootCauseMessage: null,
  });
  t.equal(s.clientProfile, report.settings.clientProfile?.id, 'the TLS client profile the run offered');
  t.type(s.clientProfile, 'string');
  t.same(
    s.failing
      .filter((i) => 'code' in i)
      .map((i) => 'code' in i && `${i.code} ${i.host}`)
      .sort(),
    ['CONNECT_REFUSED refused.lab.test', 'CONNECT_TIMEOUT hole.lab.test', 'DNS_NXDOMAIN nx.lab.test'],
  );
  t.equal(s.sourceAddresses, '127.0.0.1', 'the timed-out connect recorded the address its SYN left from');
  const timedOut = report.endpoints.find((e) => e.code === 'CONNECT_TIMEOUT')!.stages.find((x) => x.stage === 'connect')!.detail;
  t.match(timedOut, { kind: 'connect', localAddress: /^127\.0\.0\.1:\d+$/, osError: 'ETIMEDOUT' });
});

t.test('--only rules --summary says the network was not checked', async (t) => {
  const result = await runCli(['check', '--only', 'rules', '--plan', minimalPlan(), '--summary', '--out', t.testdir()]);
  const s = oneSummary(t, result.stdout);
  t.equal(s.network, 'not checked');
  t.equal(result.code, s.verdict === 'ready' ? 0 : 1);
});

t.test('bad input with --summary: exit 2, one line on stderr, nothing written', async (t) => {
  for (const args of [
    ['--summary', '--json'],
    ['--summary', '--host-label', ' '],
    ['--summary', '--host-label', 'a\u0007b'],
  ]) {
    const out = t.testdir();
    const result = await runCli(['check', ...args, '--only', 'rules', '--plan', minimalPlan(), '--out', `${out}/r`]);
    t.equal(result.code, 2, args.join(' '));
    t.equal(result.stdout, '');
    t.match(result.stderr, /^scp-preflight: error: .*(--summary|--host-label).*\n$/);
    t.same(readdirSync(out), [], 'no report folder');
  }
});
