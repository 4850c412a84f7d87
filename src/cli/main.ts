#!/usr/bin/env node
import { InputError } from '../model/input-error.js';
import { EXIT } from '../model/verdict.js';
import { finishProcess } from './finish-process.js';
import { helpWidth, normalizeHelpArgs, wrapHelp } from './help-width.js';
import { createParser } from './parser.js';
import { quickAnswer } from './quick-answer.js';

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
  // `--version` and top-level `--help` are answered before yargs loads (issue 10: start-up).
  const quick = quickAnswer(process.argv.slice(2), process.stdout.columns);
  if (quick !== null) {
    process.stdout.write(quick);
    return;
  }
  const width = helpWidth(process.stdout.columns);
  const args = normalizeHelpArgs(process.argv.slice(2));
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
