import t from 'tap';
import { wrapHelp } from '../../src/cli/help-width.js';
import { quickAnswer } from '../../src/cli/quick-answer.js';
import { topLevelHelp } from '../../src/cli/top-level-help.js';
import { TOOL } from '../../src/model/tool.js';
import { runCli } from './run-cli.js';
import { yargsHelp } from './yargs-help.js';

// main.ts answers top-level help without loading yargs (issue 10: start-up within 2× node -e 0); the text must be
// yargs' own to the byte, or a new command or a yargs upgrade would make the two helps drift apart.
t.test("top-level help without yargs is yargs' help, byte for byte", async (t) => {
  const yargsText = await yargsHelp(['--help']);
  t.match(yargsText, /^scp-preflight <command>\n\nCommands:\n/, "yargs' help was captured");
  t.equal(topLevelHelp(), yargsText);
  t.equal(await yargsHelp(['-h']), yargsText, '-h is the same help');
});

t.test('--help, -h and /? print it wrapped, exit 0; with anything else yargs answers', async (t) => {
  const expected = `${wrapHelp(await yargsHelp(['--help']), 80)}\n`;
  for (const flag of ['--help', '-h', '/?', '-?']) {
    const result = await runCli([flag], { timeoutMs: 30_000 });
    t.equal(result.code, 0, `${flag}: exit 0`);
    t.equal(result.stdout, expected, `${flag}: the help, wrapped at 80 columns in a pipe`);
    t.equal(result.stderr, '', `${flag}: nothing on stderr`);
  }
  // Not the shortcut: yargs parses these (help wins over --version and over an unknown flag) and prints the same.
  for (const args of [
    ['--help', '--version'],
    ['--help', '--nope'],
  ]) {
    const result = await runCli(args, { timeoutMs: 30_000 });
    t.equal(result.code, 0, `${args.join(' ')}: exit 0`);
    t.equal(result.stdout, expected, `${args.join(' ')}: yargs prints the same help`);
  }
  const check = await runCli(['check', '--help'], { timeoutMs: 30_000 });
  t.match(check.stdout, /^scp-preflight check\n/, "a command's help is still the command's");
});

t.test('quickAnswer answers --version and top-level help given alone, nothing else', async (t) => {
  const help = await yargsHelp(['--help']);
  t.equal(await quickAnswer(['--version'], undefined), `${TOOL.version}\n`);
  for (const flag of ['--help', '-h', '/?', '-?']) t.equal(await quickAnswer([flag], undefined), `${wrapHelp(help, 80)}\n`, flag);
  // The terminal's width, within 60..120 (helpWidth), as for a command's help.
  t.equal(await quickAnswer(['--help'], 200), `${wrapHelp(help, 120)}\n`, 'a wide terminal: 120 columns');
  t.equal(await quickAnswer(['--help'], 40), `${wrapHelp(help, 60)}\n`, 'a narrow one: 60');
  // A command's own help is a quick answer too (test/cli/command-help.test.ts); these are yargs'.
  const notQuick = [
    [],
    ['check'],
    ['--version', '--help'],
    ['--Version'],
    ['help'],
    ['--help', 'check'],
    ['nope', '--help'],
    ['check', '--help', '--json'],
  ];
  for (const args of notQuick) t.equal(await quickAnswer(args, 80), null, `${JSON.stringify(args)}: yargs answers`);
});
