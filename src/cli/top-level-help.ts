import { TOOL } from '../model/tool.js';
import { commandUsage } from './commands/usage.js';

/**
 * `scp-preflight --help`, laid out as yargs lays it out unwrapped (`.wrap(null)`, before wrapHelp), from the commands'
 * usage lines alone (commands/usage.ts). Loading yargs costs more than `node -e 0` itself here, and top-level help
 * must start within 2× of that (issue 10); `--help` after a command still goes through yargs.
 * test/cli/top-level-help.test.ts holds this text byte-equal to what yargs prints for the same parser, so a new
 * command or a yargs upgrade that changes the layout fails there.
 */
export function topLevelHelp(): string {
  const rows = Object.values(commandUsage).map((entry) => ({ usage: `${TOOL.name} ${entry.command}`, describe: entry.describe }));
  const column = Math.max(...rows.map((row) => row.usage.length));
  return [
    // demandCommand makes yargs write `<command>`.
    `${TOOL.name} <command>`,
    '',
    'Commands:',
    ...rows.map((row) => `  ${row.usage.padEnd(column)}  ${row.describe}`),
    '',
    'Options:',
    '  -h, --help     Show help  [boolean]',
    '      --version  Show version number  [boolean]',
  ].join('\n');
}
