import { FILE_FORMAT_NAMES } from '../../report/file-format-names.js';
import type { CommandDeclaration } from '../command-declaration.js';
import { commandUsage } from '../commands/usage.js';
import type { ArgsOf, OptionRegistry, PositionalRegistry } from '../option-registry.js';

/** The positional of `render`. */
export const renderPositionals = {
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

/** The arguments `render`'s handler gets. */
export type RenderArgs = ArgsOf<typeof renderPositionals> & ArgsOf<typeof renderOptions>;

/** `scp-preflight render`: re-render a saved report; what its builder declares and its `--help` shows. */
export const renderDeclaration = {
  ...commandUsage.render,
  positionals: renderPositionals,
  options: renderOptions,
  examples: [],
} as const satisfies CommandDeclaration;
