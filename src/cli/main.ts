#!/usr/bin/env node
import { InputError } from '../model/input-error.js';
import { TOOL } from '../model/tool.js';
import { EXIT } from '../model/verdict.js';
import type { Argv, CommandModule } from 'yargs';
import { commands, type LazyCommand } from './commands/index.js';
import { finishProcess } from './finish-process.js';
import { helpWidth, normalizeHelpArgs, wrapHelp } from './help-width.js';

/** Prints one line and sets the exit code: 2 for bad input, 3 for our own bugs (with the stack under DEBUG). */
function report(error: unknown): void {
  // A yargs usage error (a flag's coerce refusing its value) can reach here without the fail handler when the
  // command's builder is loaded lazily: it is bad input too.
  if (error instanceof InputError || (error instanceof Error && error.name === 'YError')) {
    process.stderr.write(`scp-preflight: error: ${error.message.replace(/\s*\n\s*/g, ' ').trim()}\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`scp-preflight: internal error: ${detail}\n`);
  if (process.env.NODE_DEBUG?.includes('scp-preflight') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = EXIT.internal;
}

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

async function main(): Promise<void> {
  // `--version` alone is answered before yargs loads: a third of the start-up (issue 10); yargs prints the same line.
  if (process.argv.length === 3 && process.argv[2] === '--version') {
    process.stdout.write(`${TOOL.version}\n`);
    return;
  }
  const [{ default: yargs }, { hideBin }] = await Promise.all([import('yargs'), import('yargs/helpers')]);
  const width = helpWidth(process.stdout.columns);
  const args = normalizeHelpArgs(hideBin(process.argv));
  let parser = yargs(args)
    .scriptName(TOOL.name)
    .version(TOOL.version)
    .strict()
    .recommendCommands()
    .demandCommand(1, 'Give a command: check, demo, endpoints, render, diff, collect or merge.')
    // Wrapped by wrapHelp below: yargs' ESM build cuts words (help-width.ts).
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
  // With a parse callback yargs hands back its help and version text instead of printing it.
  await parser.parseAsync(args, {}, (_error, _argv, output) => {
    if (output) process.stdout.write(`${wrapHelp(output, width)}\n`);
  });
}

// Whatever the command left open, the process ends shortly after it is done (finishProcess).
main()
  .catch(report)
  .finally(() => finishProcess(Number(process.exitCode ?? 0)));
