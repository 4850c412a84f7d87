#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../model/input-error.js';
import { TOOL } from '../model/tool.js';
import { EXIT } from '../model/verdict.js';
import { commands } from './commands/index.js';
import { finishProcess } from './finish-process.js';
import { helpWidth, normalizeHelpArgs, wrapHelp } from './help-width.js';

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

async function main(): Promise<void> {
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
    .fail((message, error) => {
      // yargs' own usage errors (unknown flag, bad choice, a flag's coerce refusing its value, which yargs re-throws
      // as a YError) are bad input, one line, exit 2.
      if (error !== undefined && error.name !== 'YError') throw error;
      throw new InputError(`${(message ?? error?.message ?? '').replace(/\s*\n\s*/g, ' ').trim()} (see scp-preflight --help)`);
    });
  for (const command of Object.values(commands)) parser = parser.command(command as never);
  // With a parse callback yargs hands back its help and version text instead of printing it.
  await parser.parseAsync(args, {}, (_error, _argv, output) => {
    if (output) process.stdout.write(`${wrapHelp(output, width)}\n`);
  });
}

// Whatever the command left open, the process ends shortly after it is done (finishProcess).
main().catch(report).finally(() => finishProcess(Number(process.exitCode ?? 0)));
