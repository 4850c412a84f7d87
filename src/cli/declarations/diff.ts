import type { CommandDeclaration } from '../command-declaration.js';
import { commandUsage } from '../commands/usage.js';
import type { ArgsOf, OptionRegistry, PositionalRegistry } from '../option-registry.js';

/** The positionals of `diff`, in their order. */
export const diffPositionals = {
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

/** The arguments `diff`'s handler gets. */
export type DiffArgs = ArgsOf<typeof diffPositionals> & ArgsOf<typeof diffOptions>;

/** `scp-preflight diff`: compare two saved reports; what its builder declares and its `--help` shows. */
export const diffDeclaration = {
  ...commandUsage.diff,
  positionals: diffPositionals,
  options: diffOptions,
  examples: [],
} as const satisfies CommandDeclaration;
