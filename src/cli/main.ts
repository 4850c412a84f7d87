#!/usr/bin/env node
import { InputError } from '../model/input-error.js';
import { TOOL } from '../model/tool.js';
import { EXIT } from '../model/verdict.js';
import { finishProcess } from './finish-process.js';
import { helpWidth, normalizeHelpArgs, wrapHelp } from './help-width.js';
import { createParser } from './parser.js';
import { topLevelHelp } from './top-level-help.js';

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

async function main(): Promise<void> {
  // `--version` alone is answered before yargs loads: a third of the start-up (issue 10); yargs prints the same line.
  if (process.argv.length === 3 && process.argv[2] === '--version') {
    process.stdout.write(`${TOOL.version}\n`);
    return;
  }
  const width = helpWidth(process.stdout.columns);
  const args = normalizeHelpArgs(process.argv.slice(2));
  // Top-level help too: yargs' own layout without yargs (top-level-help.ts).
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${wrapHelp(topLevelHelp(), width)}\n`);
    return;
  }
  const parser = await createParser(args);
  // With a parse callback yargs hands back its help and version text instead of printing it.
  await parser.parseAsync(args, {}, (_error, _argv, output) => {
    if (output) process.stdout.write(`${wrapHelp(output, width)}\n`);
  });
}

// Whatever the command left open, the process ends shortly after it is done (finishProcess).
main()
  .catch(report)
  .finally(() => finishProcess(Number(process.exitCode ?? 0)));
