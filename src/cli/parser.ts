import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../model/input-error.js';
import { TOOL } from '../model/tool.js';
import { commands, type LazyCommand } from './commands/index.js';

/**
 * The command as yargs sees it: usage and description at once, the module only when yargs runs its builder (the
 * command was given, or its `--help` asked for). yargs awaits a builder's promise under parseAsync.
 */
function lazily(entry: LazyCommand): CommandModule<object, object> {
  return {
    command: entry.command,
    describe: entry.describe,
    builder: async (yargs: Argv<object>) => {
      const { builder } = await entry.load();
      if (typeof builder === 'function') return (await builder(yargs)) as Argv<object>;
      return builder ? yargs.options(builder) : yargs;
    },
    handler: async (argv) => {
      await (await entry.load()).handler(argv);
    },
  };
}

/** The whole command line as yargs parses it; yargs itself is loaded here, not at start-up (issue 10). */
export async function createParser(args: readonly string[]): Promise<Argv<object>> {
  const { default: yargs } = await import('yargs');
  // From the command list, so a new command is named here too.
  const names = Object.keys(commands);
  let parser = yargs([...args])
    .scriptName(TOOL.name)
    .version(TOOL.version)
    .strict()
    .recommendCommands()
    .demandCommand(1, `Give a command: ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`)
    // Wrapped by wrapHelp: yargs' ESM build cuts words (help-width.ts).
    .wrap(null)
    .alias('help', 'h')
    // yargs' types say both are always given; it passes a null message with an error, and no error with a message.
    .fail((message: string | null, error: Error | undefined) => {
      // yargs' own usage errors (unknown flag, bad choice, a flag's coerce refusing its value, which yargs re-throws
      // as a YError) are bad input, one line, exit 2.
      if (error !== undefined && error.name !== 'YError') throw error;
      throw new InputError(`${(message ?? error?.message ?? '').replace(/\s*\n\s*/g, ' ').trim()} (see scp-preflight --help)`);
    });
  for (const entry of Object.values(commands)) parser = parser.command(lazily(entry));
  return parser;
}
