#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../model/input-error.js';
import { TOOL } from '../model/tool.js';
import { EXIT } from '../model/verdict.js';
import { commands } from './commands/index.js';
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

async function main(): Promise<void> {
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
  for (const command of Object.values(commands)) parser = parser.command(command as never);
  await parser.parseAsync();
}

// Whatever the command left open, the process ends shortly after it is done (finishProcess).
main().catch(report).finally(() => finishProcess(Number(process.exitCode ?? 0)));
