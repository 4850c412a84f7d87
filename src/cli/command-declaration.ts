import type { Argv } from 'yargs';
import type { OptionRegistry, PositionalRegistry } from './option-registry.js';

/** One `Examples:` line of a command's help: the command line (`$0` is the tool's name) and what it does. */
export type Example = readonly [command: string, does: string];

/**
 * Everything a command's `--help` shows, as data: usage, description, positionals, flags and examples. yargs is
 * given it by declareCommand (the command's builder), and command-help.ts lays out the same help from it without
 * loading yargs or the command's module (issue 10: `check --help` within 2× `node -e 0`). A declaration module
 * imports data only: no probe, no endpoint list, no client profile.
 */
export interface CommandDeclaration {
  /** The usage yargs parses: `render <report>`, `merge [reports..]`. */
  readonly command: string;
  readonly describe: string;
  /** In the usage's order; `<name>` is required, `[name..]` an array. */
  readonly positionals: PositionalRegistry;
  /** In their `--help` order, after `--help` and `--version`. */
  readonly options: OptionRegistry;
  readonly examples: readonly Example[];
}

/**
 * Declares a command's positionals, flags and examples on its yargs builder. The parsed arguments' type is the
 * command's own (ArgsOf of the same registries); yargs cannot derive it from a declaration held as data.
 */
export function declareCommand<A>(yargs: Argv<object>, declaration: CommandDeclaration): Argv<A> {
  let declared = yargs;
  for (const [name, positional] of Object.entries(declaration.positionals)) declared = declared.positional(name, positional);
  declared = declared.options(declaration.options);
  for (const [command, does] of declaration.examples) declared = declared.example(command, does);
  return declared as Argv<A>;
}
