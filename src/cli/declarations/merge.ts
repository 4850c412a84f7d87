import type { CommandDeclaration } from '../command-declaration.js';
import { commandUsage } from '../commands/usage.js';
import type { ArgsOf, OptionRegistry, PositionalRegistry } from '../option-registry.js';

/** The positional of `merge`. */
export const mergePositionals = {
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

/** The arguments `merge`'s handler gets. */
export type MergeArgs = ArgsOf<typeof mergePositionals> & ArgsOf<typeof mergeOptions>;

/** `scp-preflight merge`: one fleet report of many saved runs; what its builder declares and its `--help` shows. */
export const mergeDeclaration = {
  ...commandUsage.merge,
  positionals: mergePositionals,
  options: mergeOptions,
  examples: [
    ['$0 merge --from \\\\fs01\\scp-reports --format html,csv', 'every host the Run Scripts wrapper wrote to the share'],
    ['$0 merge cm-lab-01.json cm-prod-01.json --out fleet', 'two saved reports'],
  ],
} as const satisfies CommandDeclaration;
