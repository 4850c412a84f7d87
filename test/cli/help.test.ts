import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import yargs from 'yargs';
import { commands } from '../../src/cli/commands/index.js';
import { wrapHelp } from '../../src/cli/help-width.js';
import { visibleWidth } from '../../src/report/console-wrap.js';
import { minimalPlan, runCli } from './run-cli.js';

/** yargs' help for a command as main.ts gets it: unwrapped (`.wrap(null)`), before wrapHelp. */
async function rawHelp(args: string[]): Promise<string> {
  let parser = yargs(args).scriptName('scp-preflight').wrap(null).alias('help', 'h').strict();
  // The index is lazy (issue 10): each command's module, with its options, loads when yargs builds that command.
  for (const entry of Object.values(commands)) {
    parser = parser.command({
      command: entry.command,
      describe: entry.describe,
      handler: () => undefined,
      builder: async (y: never) => {
        const { builder } = await entry.load();
        return typeof builder === 'function' ? ((await (builder as (y: never) => unknown)(y)) as never) : y;
      },
    } as never);
  }
  let output = '';
  await parser.parseAsync(args, {}, (_error, _argv, text) => {
    output = text;
  });
  return output;
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

t.test("help wraps at word boundaries: every word of yargs' help survives whole, at 60 to 120 columns", async (t) => {
  for (const command of ['', ...Object.keys(commands)]) {
    const raw = await rawHelp(command === '' ? ['--help'] : [command, '--help']);
    t.ok(raw.length > 100, `${command || 'top level'}: help text`);
    for (const width of [60, 80, 100, 120]) {
      const wrapped = wrapHelp(raw, width);
      t.same(
        wrapped.split('\n').filter((l) => visibleWidth(l) > width),
        [],
        `${command || 'top level'} at ${width}: fits`,
      );
      // The same words in the same order: no word was cut in two (yargs' ESM wrap made `NTLMv` + `2`) or lost.
      t.same(words(wrapped), words(raw), `${command || 'top level'} at ${width}: no word cut`);
    }
  }
  const check = wrapHelp(await rawHelp(['check', '--help']), 80);
  t.match(check, /NTLMv2,/);
  t.match(check, /socks4:\/\/,/);
  // Continuation lines sit under the description column, not at the left margin.
  t.match(check, /\n {2}-h, --help +Show help/);
  t.end();
});

t.test('-h, --help and /? print the help of every command, exit 0', async (t) => {
  for (const command of Object.keys(commands)) {
    for (const flag of ['-h', '--help']) {
      const result = await runCli([command, flag], { timeoutMs: 30_000 });
      t.equal(result.code, 0, `${command} ${flag}: exit 0`);
      t.match(result.stdout, new RegExp(`^scp-preflight ${command}`), `${command} ${flag}: its help`);
      t.same(
        result.stdout.split('\n').filter((l) => visibleWidth(l) > 80),
        [],
        `${command} ${flag}: 80 columns in a pipe`,
      );
    }
  }
  const slash = await runCli(['check', '/?'], { timeoutMs: 30_000 });
  const help = await runCli(['check', '--help'], { timeoutMs: 30_000 });
  t.equal(slash.code, 0);
  t.equal(slash.stdout, help.stdout, 'check /? is check --help');
  t.end();
});

t.test('--no-color and --format all are accepted; all writes every format', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'scp-help-'));
  const result = await runCli(['check', '--only', 'rules', '--plan', minimalPlan(), '--no-color', '--format', 'all', '--out', out], {
    timeoutMs: 30_000,
  });
  t.not(result.code, 2, result.stderr);
  t.notOk(result.stdout.includes('\u001b['), 'no colour');
  const files = readdirSync(out);
  for (const extension of ['.json', '.html', '.csv', '.junit.xml', '.md'])
    t.ok(
      files.some((f) => f.endsWith(extension)),
      `${extension} written`,
    );
  t.ok(existsSync(join(out, 'latest.md')));
  t.end();
});

t.test('demo says which options it ignores', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'scp-demo-ignored-'));
  // Loopback only: the demo replaces these, and port 9 would go nowhere if it did not.
  const result = await runCli(
    ['demo', '--dns-server', '127.0.0.1:9', '--proxy', 'http://127.0.0.1:9', '--quiet', '--format', 'json', '--out', out],
    { timeoutMs: 120_000 },
  );
  t.not(result.code, 2, result.stderr);
  t.match(result.stderr, /note: demo ignores --dns-server, --proxy: the simulated site uses its own/);
  const plain = await runCli(['demo', '--quiet', '--format', 'json', '--out', out], { timeoutMs: 120_000 });
  t.notMatch(plain.stderr, /demo ignores/, 'nothing said when nothing is ignored');
  t.end();
});
