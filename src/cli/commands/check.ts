import type { Argv, CommandModule } from 'yargs';
import { buildCheckInput } from '../build-check-input.js';
import { withCheckOptions, type CheckArgs } from '../check-options.js';
import { executeCheck } from '../execute-check.js';
import { tuneHeapForCheck } from '../heap-settings.js';

/** `scp-preflight check`: probe the real network from this host (and evaluate the plan's rules). */
export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check',
  describe: 'Probe every endpoint the SCP needs from this host, along its real route, and judge the prerequisites',
  builder: (yargs: Argv<object>) => withCheckOptions(yargs),
  handler: async (argv) => {
    tuneHeapForCheck();
    process.exitCode = await executeCheck(argv, buildCheckInput(argv));
  },
};
