import { TOOL } from '../model/tool.js';
import { declarations } from './declarations/index.js';

const HELP = new Set(['--help', '-h', '-?', '/?']);

/**
 * The text for `--version`, top-level `--help` (`-h`, `/?`, `-?`) or `<command> --help`, each given alone, or null
 * for anything else. These answers need no command module and no yargs, whose loading alone costs more than
 * `node -e 0` (issue 10: start-up within 2× of it); main.ts and the executables' launcher (sea-main.ts) give them
 * before loading either, and each answer loads only the modules it needs. yargs prints the same texts
 * (test/cli/top-level-help.test.ts, test/cli/command-help.test.ts).
 */
export async function quickAnswer(args: readonly string[], columns: number | undefined): Promise<string | null> {
  const [first, second] = args;
  if (first === undefined || args.length > 2) return null;
  if (args.length === 1 && first === '--version') return `${TOOL.version}\n`;
  const help = args.length === 1 && HELP.has(first);
  const commandHelp = second !== undefined && HELP.has(second) && Object.hasOwn(declarations, first);
  if (!help && !commandHelp) return null;
  const [{ helpWidth, wrapHelp }, text] = await Promise.all([import('./help-width.js'), helpText(commandHelp ? first : null)]);
  return `${wrapHelp(text, helpWidth(columns))}\n`;
}

/** The unwrapped help of one command, or the top-level help (null). */
async function helpText(command: string | null): Promise<string> {
  if (command === null) return (await import('./top-level-help.js')).topLevelHelp();
  const [{ commandHelp }, declaration] = await Promise.all([
    import('./command-help.js'),
    declarations[command as keyof typeof declarations](),
  ]);
  return commandHelp(declaration);
}
