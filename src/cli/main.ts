#!/usr/bin/env node
import { InputError } from '../model/input-error.js';
import { TOOL } from '../model/tool.js';
import { EXIT } from '../model/verdict.js';
import type { Argv, CommandModule } from 'yargs';
import { commands, type LazyCommand } from './commands/index.js';
import { finishProcess } from './finish-process.js';

/** Prints one line and sets the exit code: 2 for bad input, 3 for our own bugs (with the stack under DEBUG). */
function report(error: unknown): void {
  if (error instanceof InputError) {
    process.stderr.write(`scp-preflight: error: ${error.message}\n`);
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
  let parser = yargs(hideBin(process.argv))
    .scriptName(TOOL.name)
    .version(TOOL.version)
    .strict()
    .recommendCommands()
    .demandCommand(1, 'Give a command: check, demo, endpoints, render, diff, collect or merge (see --help).')
    .wrap(Math.min(120, process.stdout.columns || 100))
    .fail((message, error) => {
      // yargs' own usage errors (unknown flag, bad choice) are bad input, one line, exit 2.
      throw error ?? new InputError(`${message.replace(/\s*\n\s*/g, " ").trim()} (see scp-preflight --help)`);
    });
  for (const entry of Object.values(commands)) parser = parser.command(lazily(entry));
  await parser.parseAsync();
}

// Whatever the command left open, the process ends shortly after it is done (finishProcess).
main().catch(report).finally(() => finishProcess(Number(process.exitCode ?? 0)));
