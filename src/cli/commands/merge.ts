import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../model/input-error.js';
import { exitCodeOf } from '../../model/verdict.js';
import type { ArgsOf, OptionRegistry, PositionalRegistry } from '../option-registry.js';

/** The positional of `merge`. */
const mergePositionals = {
  reports: { type: 'string', array: true, default: [], describe: 'Saved .json reports (scp-preflight check)' },
} as const satisfies PositionalRegistry;

/** The options of `merge`, in their `--help` order. */
export const mergeOptions = {
  from: {
    type: 'string',
    describe: 'Folder to read every .json report from, subfolders included (latest.json copies and fleet reports are skipped)',
  },
  format: {
    type: 'string',
    array: true,
    default: ['json', 'html'],
    describe: 'Files to write, comma-separated: html, csv, json, md',
  },
  out: { type: 'string', default: 'reports/fleet', describe: 'Folder for the fleet report files' },
  'allow-simulation': {
    type: 'boolean',
    default: false,
    describe: 'Accept demo (simulated) runs next to real ones, marked SIMULATION',
  },
} as const satisfies OptionRegistry;

type MergeArgs = ArgsOf<typeof mergePositionals> & ArgsOf<typeof mergeOptions>;

/** `scp-preflight merge`: one fleet report (matrix, de-duplicated firewall request, differences) of many saved runs. */
export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge [reports..]',
  describe:
    'Merge saved JSON reports of many hosts into one fleet report: host × endpoint matrix, one firewall request naming the ' +
    'source hosts, what differs',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('reports', mergePositionals.reports)
      .options(mergeOptions)
      .example('$0 merge --from \\\\fs01\\scp-reports --format html,csv', 'every host the Run Scripts wrapper wrote to the share')
      .example('$0 merge cm-lab-01.json cm-prod-01.json --out fleet', 'two saved reports'),
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
