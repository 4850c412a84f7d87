import type { Options } from 'yargs';
import { TOOL } from '../model/tool.js';
import { visibleWidth } from '../report/console-wrap.js';
import type { CommandDeclaration } from './command-declaration.js';

/**
 * `scp-preflight <command> --help` from the command's declaration, laid out as yargs 17 lays it out unwrapped
 * (`.wrap(null)`, before wrapHelp): usage, description, then `Positionals:`, `Options:` and `Examples:`, each a
 * column padded to its longest entry + 4, the description, and two spaces before the `[type] [choices] [default]`
 * tail. Loading yargs and a command's module costs more than `node -e 0` itself, and `--help` must start within 2×
 * of it (issue 10). test/cli/command-help.test.ts holds every command's text byte-equal to what yargs prints, so a
 * new kind of declaration or a yargs upgrade that changes the layout fails there.
 */
export function commandHelp(declaration: CommandDeclaration): string {
  const sections = [[`${TOOL.name} ${declaration.command}`], [declaration.describe]];
  const positionals = Object.entries(declaration.positionals).map(([name, positional]) => row(name, 0, positional));
  if (positionals.length > 0) sections.push(['Positionals:', ...table(positionals)]);
  // `-h` is the only short switch, and yargs then indents every long one by the width of `-x, `.
  const options = [
    { text: '-h, --help', indent: 0, describe: 'Show help', tail: '[boolean]' },
    { text: '--version', indent: 4, describe: 'Show version number', tail: '[boolean]' },
    ...Object.entries(declaration.options).map(([name, option]) => row(`--${name}`, 4, option)),
  ];
  sections.push(['Options:', ...table(options)]);
  const examples = declaration.examples.map(([command, does]) => ({
    text: command.replaceAll('$0', TOOL.name),
    indent: 0,
    describe: does,
    tail: '',
  }));
  if (examples.length > 0) sections.push(['Examples:', ...table(examples)]);
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

/** One line of a help table before layout: the switch (and its indent), the description and the tail. */
interface Row {
  readonly text: string;
  readonly indent: number;
  readonly describe: string;
  readonly tail: string;
}

function row(text: string, indent: number, option: Options): Row {
  return { text, indent, describe: option.describe ?? '', tail: tailOf(option) };
}

/**
 * yargs' column: two spaces, the switch padded to the widest switch + 4 (its indent included), the description,
 * trailing spaces cut (cliui cuts them before it appends the tail), then two spaces and the tail.
 */
function table(rows: readonly Row[]): string[] {
  const width = Math.max(...rows.map((r) => visibleWidth(r.text) + r.indent)) + 4;
  return rows.map((r) => {
    const cell = `${' '.repeat(2 + r.indent)}${r.text}`;
    const line = `${cell}${' '.repeat(Math.max(0, width - visibleWidth(cell)))}${r.describe}`.replace(/ +$/, '');
    return r.tail === '' ? line : `${line}  ${r.tail}`;
  });
}

/** `[array] [required] [choices: "a", "b"] [default: "x"]`, in yargs' order and with its quoting. */
function tailOf(option: Options): string {
  // yargs keeps one type per flag, the last of boolean, string, array, number that applies.
  const type = option.type === 'number' ? 'number' : option.array === true ? 'array' : option.type;
  const parts = [
    type === undefined ? null : `[${type}]`,
    option.demandOption === true ? '[required]' : null,
    option.choices === undefined
      ? null
      : `[choices: ${[option.choices]
          .flat()
          .map((c) => JSON.stringify(c))
          .join(', ')}]`,
    option.default === undefined ? null : `[default: ${defaultText(option.default)}]`,
  ];
  return parts.filter((part) => part !== null).join(' ');
}

/** A default as yargs writes it: a string in plain double quotes (not escaped), anything else as JSON or as is. */
function defaultText(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
