import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../model/input-error.js';
import { EXIT } from '../../model/verdict.js';
import { declareCommand } from '../command-declaration.js';
import { diffDeclaration, type DiffArgs } from '../declarations/diff.js';

/**
 * `scp-preflight diff OLD.json NEW.json [--json]`: what changed per (entry, host, port) and per rule. Exit 1 when
 * anything regressed, 0 otherwise; unreadable or foreign reports, and a demo report against a real one (without
 * --allow-simulation), throw InputError (exit 2).
 */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: diffDeclaration.command,
  describe: diffDeclaration.describe,
  builder: (yargs: Argv<object>) => declareCommand<DiffArgs>(yargs, diffDeclaration),
  handler: async (argv) => {
    // What the command does loads when it runs, not for its --help (issue 10: start-up).
    const [{ diffReports, formatDiff, simulationMismatch }, { readReportFile }] = await Promise.all([
      import('../../report/diff.js'),
      import('../../report/read-report.js'),
    ]);
    const [before, after] = [readReportFile(argv.old), readReportFile(argv.new)];
    // A real run against a demo would report the demo's deliberate faults as fixed or broken: refuse, in one line.
    const mismatch = simulationMismatch(before, after, [argv.old, argv.new]);
    if (mismatch !== null && !argv['allow-simulation']) {
      throw new InputError(`diff: ${mismatch}; compare two real runs (or two demo runs), or pass --allow-simulation`);
    }
    const diff = diffReports(before, after);
    process.stdout.write(argv.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff));
    process.exitCode = diff.regressed.length > 0 ? EXIT.notReady : EXIT.ready;
  },
};
