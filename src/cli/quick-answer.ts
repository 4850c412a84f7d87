import { TOOL } from '../model/tool.js';
import { helpWidth, normalizeHelpArgs, wrapHelp } from './help-width.js';
import { topLevelHelp } from './top-level-help.js';

/**
 * The text for `--version` or top-level `--help` (`-h`, `/?`, `-?`) given alone, or null for anything else. These
 * two answers need no command module and no yargs, whose loading alone costs more than `node -e 0` (issue 10:
 * start-up within 2× of it); main.ts and the executables' launcher (sea-main.ts) give them before loading either.
 * yargs prints the same text (test/cli/top-level-help.test.ts).
 */
export function quickAnswer(args: readonly string[], columns: number | undefined): string | null {
  if (args.length !== 1) return null;
  const [arg] = normalizeHelpArgs(args);
  if (arg === '--version') return `${TOOL.version}\n`;
  if (arg === '--help' || arg === '-h') return `${wrapHelp(topLevelHelp(), helpWidth(columns))}\n`;
  return null;
}
