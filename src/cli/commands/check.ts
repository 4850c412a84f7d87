import type { Argv, CommandModule } from 'yargs';
import { withCheckOptions, type CheckArgs } from '../check-options.js';

/** `scp-preflight check`: probe the real network from this host (and evaluate the plan's rules). */
export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check',
  describe: 'Probe every endpoint the SCP needs from this host, along its real route, and judge the prerequisites',
  builder: (yargs: Argv<object>) => withCheckOptions(yargs),
  handler: async (argv) => {
    // The probes, PAC and the reporters load for a run, not for `check --help` (issue 10: start-up).
    const [{ tuneHeapForCheck }, { buildCheckInput }, { executeCheck }] = await Promise.all([
      import('../heap-settings.js'),
      import('../build-check-input.js'),
      import('../execute-check.js'),
    ]);
    tuneHeapForCheck();
    process.exitCode = await executeCheck(argv, buildCheckInput(argv));
  },
};
