import type { Argv, CommandModule } from 'yargs';
import type { CheckArgs } from '../check-options.js';
import { declareCommand } from '../command-declaration.js';
import { demoDeclaration } from '../declarations/demo.js';

/**
 * `scp-preflight demo`: the normal check, run against a simulated internet started in this process on loopback.
 * It needs no internet and no root, and the report says it is a simulation.
 */
export const demoCommand: CommandModule<object, CheckArgs> = {
  command: demoDeclaration.command,
  describe: demoDeclaration.describe,
  builder: (yargs: Argv<object>) => declareCommand<CheckArgs>(yargs, demoDeclaration),
  handler: async (argv) => {
    await (await import('../run-demo.js')).runDemo(argv);
  },
};
