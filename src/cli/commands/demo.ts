import type { Argv, CommandModule } from 'yargs';
import { withCheckOptions, type CheckArgs } from '../check-options.js';
import { DEMO_OUT_DIR } from '../demo-out.js';

/**
 * `scp-preflight demo`: the normal check, run against a simulated internet started in this process on loopback.
 * It needs no internet and no root, and the report says it is a simulation.
 */
export const demoCommand: CommandModule<object, CheckArgs> = {
  command: 'demo',
  describe: 'Run the same check against a built-in simulated network on loopback (no internet needed)',
  // Its own folder by default (reports/demo), never the real runs' ./reports and their latest.* files.
  builder: (yargs: Argv<object>) => withCheckOptions(yargs).default('timeout', 2000).default('out', DEMO_OUT_DIR),
  handler: async (argv) => {
    await (await import('../run-demo.js')).runDemo(argv);
  },
};
