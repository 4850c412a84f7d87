import type { Argv, CommandModule } from 'yargs';
import type { CheckArgs } from '../check-options.js';
import { declareCommand } from '../command-declaration.js';
import { checkDeclaration } from '../declarations/check.js';

/** `scp-preflight check`: probe the real network from this host (and evaluate the plan's rules). */
export const checkCommand: CommandModule<object, CheckArgs> = {
  command: checkDeclaration.command,
  describe: checkDeclaration.describe,
  builder: (yargs: Argv<object>) => declareCommand<CheckArgs>(yargs, checkDeclaration),
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
