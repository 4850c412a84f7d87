import { dirname } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { parseFormats } from '../../report/file-format-names.js';
import { declareCommand } from '../command-declaration.js';
import { renderDeclaration, type RenderArgs } from '../declarations/render.js';

/** `scp-preflight render REPORT.json --format html,csv,junit,md,json [--out DIR]`: re-renders a saved report. */
export const renderCommand: CommandModule<object, RenderArgs> = {
  command: renderDeclaration.command,
  describe: renderDeclaration.describe,
  builder: (yargs: Argv<object>) => declareCommand<RenderArgs>(yargs, renderDeclaration),
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
