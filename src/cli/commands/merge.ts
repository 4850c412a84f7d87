import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../model/input-error.js';
import { exitCodeOf } from '../../model/verdict.js';
import { declareCommand } from '../command-declaration.js';
import { mergeDeclaration, type MergeArgs } from '../declarations/merge.js';

/** `scp-preflight merge`: one fleet report (matrix, de-duplicated firewall request, differences) of many saved runs. */
export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: mergeDeclaration.command,
  describe: mergeDeclaration.describe,
  builder: (yargs: Argv<object>) => declareCommand<MergeArgs>(yargs, mergeDeclaration),
  handler: async (argv) => {
    // What the command does loads when it runs, not for its --help (issue 10: start-up).
    const [{ buildFleet }, { parseFleetFormats }, { loadDigests, reportFilesIn, simulationState }, { writeFleetFiles }] = await Promise.all(
      [
        import('../../fleet/build-fleet.js'),
        import('../../fleet/formats.js'),
        import('../../fleet/load-reports.js'),
        import('../../fleet/write-fleet-files.js'),
      ],
    );
    const formats = parseFleetFormats(argv.format);
    const files = [...argv.reports, ...(argv.from === undefined ? [] : reportFilesIn(argv.from))];
    if (files.length === 0) throw new InputError('merge: give the saved reports (merge A.json B.json …) or a folder (--from DIR)');
    const digests = loadDigests(files);
    const simulation = simulationState(digests, argv['allow-simulation']);
    const now = new Date();
    const fleet = buildFleet(digests, { simulation, createdAt: now.toISOString() });
    const written = await writeFleetFiles(fleet, { outDir: argv.out, formats, stamp: now });
    const notReady = fleet.hosts.filter((h) => h.verdict === 'not-ready').length;
    const rows = fleet.firewall.filter((r) => r.needsAction).length;
    process.stdout.write(
      `${simulation === 'none' ? '' : 'SIMULATION: '}${fleet.hosts.length} hosts from ${fleet.sources.length} reports: ` +
        `${notReady} not ready; ${rows} firewall rows need action; ${fleet.differences.length} endpoints differ between hosts.\n`,
    );
    process.stderr.write(written.map((f) => `report: ${f}\n`).join(''));
    // The fleet is ready only when every host's newest run is: the same exit code contract as check.
    process.exitCode = exitCodeOf(notReady > 0 ? 'not-ready' : 'ready');
  },
};
