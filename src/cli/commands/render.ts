import { dirname } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { FILE_FORMAT_NAMES, parseFormats } from '../../report/file-format-names.js';
import type { ArgsOf, OptionRegistry, PositionalRegistry } from '../option-registry.js';

/** The positional of `render`. */
const renderPositionals = {
  report: { type: 'string', demandOption: true, describe: 'A .json report written by scp-preflight check' },
} as const satisfies PositionalRegistry;

/** The options of `render`, in their `--help` order. */
export const renderOptions = {
  format: {
    type: 'string',
    array: true,
    default: ['html'],
    describe: `Formats to write, comma-separated: ${FILE_FORMAT_NAMES.join(', ')}, or all`,
  },
  out: { type: 'string', describe: 'Output folder (default: the folder of REPORT)' },
} as const satisfies OptionRegistry;

type RenderArgs = ArgsOf<typeof renderPositionals> & ArgsOf<typeof renderOptions>;

/** `scp-preflight render REPORT.json --format html,csv,junit,md,json [--out DIR]`: re-renders a saved report. */
export const renderCommand: CommandModule<object, RenderArgs> = {
  command: 'render <report>',
  describe: 'Re-render a saved JSON report as HTML, CSV, JUnit, Markdown or JSON files',
  builder: (yargs: Argv<object>) => yargs.positional('report', renderPositionals.report).options(renderOptions),
  handler: async (argv) => {
    // What the command does loads when it runs, not for its --help (issue 10: start-up).
    const [{ readReportFile }, { writeReportFiles }] = await Promise.all([
      import('../../report/read-report.js'),
      import('../../report/write-report-files.js'),
    ]);
    const formats = parseFormats(argv.format);
    const report = readReportFile(argv.report);
    // The file names carry the run's start time, so re-rendered files sort next to the run they show.
    const written = await writeReportFiles(report, { outDir: argv.out ?? dirname(argv.report), formats });
    process.stdout.write(written.map((file) => `wrote ${file}\n`).join(''));
  },
};
