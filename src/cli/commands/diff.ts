import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../model/input-error.js';
import { EXIT } from '../../model/verdict.js';
import type { ArgsOf, OptionRegistry, PositionalRegistry } from '../option-registry.js';

/** The positionals of `diff`, in their order. */
const diffPositionals = {
  old: { type: 'string', demandOption: true, describe: 'The earlier .json report' },
  new: { type: 'string', demandOption: true, describe: 'The later .json report' },
} as const satisfies PositionalRegistry;

/** The options of `diff`, in their `--help` order. */
export const diffOptions = {
  json: { type: 'boolean', default: false, describe: 'Print the differences as JSON' },
  'allow-simulation': {
    type: 'boolean',
    default: false,
    describe: 'Compare a demo (simulated) report with a real one anyway',
  },
} as const satisfies OptionRegistry;

type DiffArgs = ArgsOf<typeof diffPositionals> & ArgsOf<typeof diffOptions>;

/**
 * `scp-preflight diff OLD.json NEW.json [--json]`: what changed per (entry, host, port) and per rule. Exit 1 when
 * anything regressed, 0 otherwise; unreadable or foreign reports, and a demo report against a real one (without
 * --allow-simulation), throw InputError (exit 2).
 */
export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff <old> <new>',
  describe: 'Compare two saved JSON reports (e.g. before and after a firewall change); exit 1 if anything regressed',
  builder: (yargs: Argv<object>) =>
    yargs.positional('old', diffPositionals.old).positional('new', diffPositionals.new).options(diffOptions),
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
