import t from 'tap';
import yargs from 'yargs';
import { declareCommand } from '../../src/cli/command-declaration.js';
import { commandHelp } from '../../src/cli/command-help.js';
import { commands } from '../../src/cli/commands/index.js';
import { declarations } from '../../src/cli/declarations/index.js';
import { wrapHelp } from '../../src/cli/help-width.js';
import { quickAnswer } from '../../src/cli/quick-answer.js';
import { runCli } from './run-cli.js';
import { yargsHelp } from './yargs-help.js';

const names = Object.keys(commands) as (keyof typeof commands)[];

// `<command> --help` is answered from the declaration without yargs (issue 10: start-up within 2× node -e 0). The
// text must be yargs' own to the byte, for every command: positionals, choices, defaults (demo's own), examples.
t.test("each command's help without yargs is yargs' help, byte for byte", async (t) => {
  t.same(Object.keys(declarations).sort(), [...names].sort(), 'one declaration per command');
  for (const name of names) {
    const yargsText = await yargsHelp([name, '--help']);
    t.match(
      yargsText,
      new RegExp(`^scp-preflight ${name}\\b.*\\n\\n.+\\n\\n(Positionals|Options):\\n`),
      `${name}: yargs' help was captured`,
    );
    t.equal(commandHelp(await declarations[name]()), yargsText, `${name}: the same text`);
  }
});

t.test('the layout follows what the declaration says, not a stored text', async (t) => {
  const declaration = {
    command: 'probe <host> [ports..]',
    describe: 'A made-up command',
    positionals: {
      host: { type: 'string', demandOption: true, describe: 'Name to probe' },
      ports: { type: 'number', array: true, default: [443], describe: 'Ports' },
    },
    options: {
      'a-much-longer-flag-name': { type: 'string', choices: ['x', 'y'], default: 'x', describe: 'Widens the column' },
      count: { type: 'number', describe: 'A number, no default' },
      quiet: { type: 'boolean', default: true, describe: '' },
    },
    examples: [
      ['$0 probe a.example', 'one host'],
      ['$0 probe b.example 80 443', ''],
    ],
  } as const;
  let yargsText = '';
  await yargs(['probe', '--help'])
    .scriptName('scp-preflight')
    .wrap(null)
    .alias('help', 'h')
    .command({ ...declaration, builder: (y) => declareCommand(y, declaration), handler: () => undefined })
    .parseAsync(['probe', '--help'], {}, (_error, _argv, text) => {
      yargsText = text;
    });
  t.equal(commandHelp(declaration), yargsText, 'yargs lays the same declaration out the same way');
  t.equal(
    commandHelp(declaration),
    [
      'scp-preflight probe <host> [ports..]',
      '',
      'A made-up command',
      '',
      'Positionals:',
      '  host   Name to probe  [string] [required]',
      '  ports  Ports  [number] [default: [443]]',
      '',
      'Options:',
      '  -h, --help                     Show help  [boolean]',
      '      --version                  Show version number  [boolean]',
      '      --a-much-longer-flag-name  Widens the column  [string] [choices: "x", "y"] [default: "x"]',
      '      --count                    A number, no default  [number]',
      // No description: nothing pads the switch (yargs cuts trailing spaces before it appends the tail).
      '      --quiet  [boolean] [default: true]',
      '',
      'Examples:',
      // The column is as wide as the longest example, with a description or without.
      '  scp-preflight probe a.example         one host',
      '  scp-preflight probe b.example 80 443',
    ].join('\n'),
  );
});

t.test('<command> --help, -h, /? and -? print it wrapped, exit 0, for every command', async (t) => {
  for (const name of names) {
    const expected = `${wrapHelp(await yargsHelp([name, '--help']), 80)}\n`;
    t.equal(await quickAnswer([name, '--help'], undefined), expected, `${name}: the quick answer is yargs' help, wrapped`);
    t.equal(await quickAnswer([name, '--help'], 200), `${wrapHelp(await yargsHelp([name, '--help']), 120)}\n`, `${name}: 120 columns`);
    for (const flag of ['--help', '-h', '/?', '-?']) {
      const result = await runCli([name, flag], { timeoutMs: 30_000 });
      t.equal(result.code, 0, `${name} ${flag}: exit 0`);
      t.equal(result.stdout, expected, `${name} ${flag}: the help, wrapped at 80 columns in a pipe`);
      t.equal(result.stderr, '', `${name} ${flag}: nothing on stderr`);
    }
  }
  // With anything more, yargs parses and prints the same help (help wins over the other flags).
  const check = await runCli(['check', '--help', '--json'], { timeoutMs: 30_000 });
  t.equal(check.stdout, `${wrapHelp(await yargsHelp(['check', '--help']), 80)}\n`, 'check --help --json: yargs prints the same');
});
