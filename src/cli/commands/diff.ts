import type { Argv, CommandModule } from 'yargs';
import { diffReports, formatDiff } from '../../report/diff.js';
import { readReportFile } from '../../report/read-report.js';
import { EXIT } from '../../model/verdict.js';

interface DiffArgs {
  readonly old: string;
  readonly new: string;
  readonly json: boolean;
}

/**
 * `scp-preflight diff OLD.json NEW.json [--json]`: what changed per (entry, host, port) and per rule. Exit 1 when
 * anything regressed, 0 otherwise; unreadable or foreign reports throw InputError (exit 2).
 */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff <old> <new>',
  describe: 'Compare two saved JSON reports (e.g. before and after a firewall change); exit 1 if anything regressed',
  builder: (yargs: Argv<object>) => yargs
    .positional('old', { type: 'string', demandOption: true, describe: 'The earlier .json report' })
    .positional('new', { type: 'string', demandOption: true, describe: 'The later .json report' })
    .option('json', { type: 'boolean', default: false, describe: 'Print the differences as JSON' }) as unknown as Argv<DiffArgs>,
  handler: (argv) => {
    const diff = diffReports(readReportFile(argv.old), readReportFile(argv.new));
    process.stdout.write(argv.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff));
    process.exitCode = diff.regressed.length > 0 ? EXIT.notReady : EXIT.ready;
  },
};
