#!/usr/bin/env node
import { quickAnswer } from './quick-answer.js';

/**
 * `--version`, top-level `--help` and a command's `--help` are answered first, from data alone; only anything else
 * loads yargs and the command line (command-line.ts). This file imports nothing else: every module loaded before
 * the answer counts against its start-up, which must stay within 2× `node -e 0` (issue 10).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = await quickAnswer(args, process.stdout.columns);
  if (quick !== null) process.stdout.write(quick);
  else await (await import('./command-line.js')).runCommandLine(args);
}

// runCommandLine reports its own errors; one here is a bug in the quick answers, reported the same way.
main().catch(async (error: unknown) => (await import('./command-line.js')).reportError(error));
