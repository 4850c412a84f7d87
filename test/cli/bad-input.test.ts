import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { minimalPlan, runCli } from './run-cli.js';

// Bad input: one line on stderr naming what is wrong, exit 2, nothing written, and no probe ever runs.
t.test('bad flags and files exit 2 with one clear line and write nothing', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-bad-'));
  const out = join(dir, 'out');
  const brokenCatalog = join(dir, 'broken.json');
  writeFileSync(
    brokenCatalog,
    '{"provenance":{"title":"t","url":"u","date":"2020-01-01"},"groups":[{"id":"g","title":"G"}],' +
      '"entries":[{"text":"not a host!","group":"g"}]}',
  );
  const notPem = join(dir, 'not.pem');
  writeFileSync(notPem, 'hello');
  const cases: [string[], RegExp][] = [
    [['check', '--bogus'], /Unknown argument: bogus/],
    [['check', '--only', 'rules'], /--only rules judges the prerequisite rules of a site plan, and none was given: add --plan FILE/],
    [['check', '--edition', '2019'], /Invalid values: Argument: edition, Given: "2019", Choices: .*"current"/],
    [['check', '--timeout', 'abc'], /--timeout abc: not a number/],
    [['check', '--timeout', '60'], /--timeout 60 is 60 ms, under the 100 ms minimum: a bare number is milliseconds; did you mean 60s\?/],
    [['check', '--timeout', '8x'], /--timeout 8x: unknown unit "x"/],
    [['check', '--deadline', '0.2s'], /--deadline 0\.2s is 200 ms, under the 1 s minimum/],
    [['check', '--concurrency', '0'], /--concurrency: expected a whole number >= 1/],
    [['check', '--catalog', brokenCatalog], /broken\.json: line 1: entries\[0\] "not a host!": is neither a host name/],
    [['check', '--catalog', join(dir, 'missing.yaml')], /missing\.yaml: cannot read the file \(ENOENT\)/],
    [['check', '--dns-server', 'not-an-ip'], /--dns-server/],
    [['check', '--ca-file', join(dir, 'none.pem')], /--ca-file: cannot read/],
    [['check', '--public-roots', notPem], /--public-roots: .*no "-----BEGIN CERTIFICATE-----"/],
    [['check', '--tenant-id', 'x y'], /--tenant-id/],
    [['check', '--format', 'pdf'], /--format: unknown format "pdf"/],
    [['check', '--groups', 'nope'], /--groups: unknown group "nope"/],
    [['check', '--plan', join(dir, 'no-plan.yaml')], /no-plan\.yaml/],
    [['frobnicate'], /Unknown argument: frobnicate/],
    [[], /Give a command/],
    [['endpoints', '--format', 'xml'], /Invalid values/],
  ];
  for (const [args, message] of cases) {
    // Port 9 (discard) on loopback: should a bad input slip through, the run stays on this machine.
    const extra = args[0] === 'check' ? ['--out', out, '--dns-server', '127.0.0.1:9'] : [];
    const result = await runCli([...args, ...extra], { timeoutMs: 20_000 });
    const label = args.join(' ') || '(no arguments)';
    t.equal(result.code, 2, `${label}: exit 2`);
    t.match(result.stderr, message, `${label}: names the problem`);
    t.equal(result.stderr.trim().split('\n').length, 1, `${label}: one line`);
    t.equal(result.stdout, '', `${label}: nothing on stdout`);
  }
  t.throws(() => readdirSync(out), { code: 'ENOENT' }, 'no report folder was created');
  const unwritable = await runCli(['check', '--out', join(notPem, 'reports'), '--dns-server', '127.0.0.1:9'], { timeoutMs: 20_000 });
  t.equal(unwritable.code, 2, 'an --out that cannot be written is bad input, found before probing');
  t.match(unwritable.stderr, /--out: cannot write reports into .*not\.pem.*\(ENOTDIR\)/);
});

// Node 20's recursive mkdir loops for ever on a path whose parent exists but refuses children (/proc/x): an
// impossible --out must fail at once, exit 2, not spin.
t.test('an impossible --out (/proc/x) fails fast with exit 2', { skip: process.platform !== 'linux' && 'needs /proc' }, async (t) => {
  for (const out of ['/proc/x', '/proc/x/y/z']) {
    const started = Date.now();
    const result = await runCli(['check', '--only', 'rules', '--plan', minimalPlan(), '--out', out], { timeoutMs: 20_000 });
    t.equal(result.code, 2, `${out}: exit 2`);
    t.match(result.stderr, new RegExp(`--out: cannot write reports into ${out.replace(/\//g, '\\/')} \\(ENOENT\\)`));
    t.ok(Date.now() - started < 15_000, `${out}: ended after ${Date.now() - started} ms`);
  }
});
