import { InputError } from '../model/input-error.js';
import { EXIT } from '../model/verdict.js';
import { finishProcess } from './finish-process.js';
import { helpWidth, normalizeHelpArgs, wrapHelp } from './help-width.js';
import { createParser } from './parser.js';

/** Prints one line and sets the exit code: 2 for bad input, 3 for our own bugs (with the stack under DEBUG). */
export function reportError(error: unknown): void {
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
 * Everything but the quick answers (quick-answer.ts): yargs parses the command line and runs the command. Whatever
 * the command left open, the process ends shortly after it is done (finishProcess).
 */
export async function runCommandLine(argv: readonly string[]): Promise<void> {
  try {
    const width = helpWidth(process.stdout.columns);
    const args = normalizeHelpArgs(argv);
    const parser = await createParser(args);
    // With a parse callback yargs hands back its help and version text instead of printing it.
    await parser.parseAsync(args, {}, (_error, _argv, output) => {
      if (output) process.stdout.write(`${wrapHelp(output, width)}\n`);
    });
  } catch (error) {
    reportError(error);
  } finally {
    finishProcess(Number(process.exitCode ?? 0));
  }
}
