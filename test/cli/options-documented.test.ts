import { readFileSync } from 'node:fs';
import t from 'tap';
import { commands } from '../../src/cli/commands/index.js';
import { declarations } from '../../src/cli/declarations/index.js';
import type { OptionRegistry } from '../../src/cli/option-registry.js';
import { runCli } from './run-cli.js';

// Each command's flags are declared once, in its option registry; the README's "Commands and options" and every
// command's --help must name exactly those flags, no more and no fewer.
const registries: Record<string, OptionRegistry> = {};
for (const [name, load] of Object.entries(declarations)) registries[name] = (await load()).options;

const flagsOf = (command: string): string[] => Object.keys(registries[command] ?? {}).sort();

/** `--no-color` and `--no-proxy` are yargs' negations of `color` and `proxy`: the same flag. */
function named(flag: string, known: readonly string[]): string {
  const name = flag.replace(/^--/, '');
  return name.startsWith('no-') && known.includes(name.slice(3)) ? name.slice(3) : name;
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const sectionStart = readme.indexOf('\n## Commands and options\n');
const section = readme.slice(sectionStart, readme.indexOf('\n## ', sectionStart + 1));
const FLAG = /--[a-z][a-z0-9-]*/g;

/** The flags the README's usage block gives for a command (its lines and their indented continuations). */
function usageFlags(command: string): string[] {
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const flags: string[] = [];
  let current = '';
  for (const line of block.split('\n')) {
    const start = /^scp-preflight (\w+)/.exec(line);
    if (start) current = start[1] ?? '';
    if (current === command) flags.push(...(line.match(FLAG) ?? []));
  }
  return flags;
}

/** The flags of the README's table of check and demo options (first column). */
function tableFlags(): string[] {
  const table = section.slice(section.indexOf('Options of `check` and `demo`:'));
  return [...table.matchAll(/^\| `(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1] ?? '');
}

t.test('every command has an option registry here', async (t) => {
  t.same(Object.keys(registries).sort(), Object.keys(commands).sort());
  t.ok(sectionStart > 0, 'README has "## Commands and options"');
});

t.test('the README documents exactly the registered flags of each command', async (t) => {
  for (const command of Object.keys(registries)) {
    const known = flagsOf(command);
    const documented = command === 'check' || command === 'demo' ? [...tableFlags(), ...usageFlags(command)] : usageFlags(command);
    const names = [...new Set(documented.map((flag) => named(flag, known)))].sort();
    t.same(names, known, `${command}: README flags = registry flags`);
  }
});

t.test('--help of each command lists exactly its registered flags', async (t) => {
  for (const command of Object.keys(registries)) {
    const help = await runCli([command, '--help'], { timeoutMs: 30_000 });
    t.equal(help.code, 0, `${command} --help: exit 0`);
    // The Options block only: the examples under it quote flags too.
    const options = help.stdout.slice(help.stdout.indexOf('\nOptions:\n')).split('\n\n')[0] ?? '';
    const listed = [...options.matchAll(/^ {2}(?:-\w, )? *--([a-z][a-z0-9-]*)/gm)]
      .map((m) => m[1] ?? '')
      .filter((name) => name !== 'help' && name !== 'version');
    t.same(listed.sort(), flagsOf(command), `${command}: --help flags = registry flags`);
  }
});
