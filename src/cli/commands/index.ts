import type { CommandModule } from 'yargs';
import { commandUsage, type CommandUsage } from './usage.js';

/**
 * Every subcommand: its usage and description (usage.ts) and how to load the rest. A command's module is loaded
 * only when yargs runs it or builds its help with other flags beside `--help` (a command's `--help` alone is answered
 * from its declaration: quick-answer.ts), and what the command does (the probes, the reporters, PAC, forge) only in
 * its handler (issue 10: start-up). Adding a command is a file, its declaration, its line in usage.ts, here and in
 * declarations/index.ts.
 */
export const commands = {
  check: { ...commandUsage.check, load: async () => (await import('./check.js')).checkCommand },
  demo: { ...commandUsage.demo, load: async () => (await import('./demo.js')).demoCommand },
  endpoints: { ...commandUsage.endpoints, load: async () => (await import('./endpoints.js')).endpointsCommand },
  render: { ...commandUsage.render, load: async () => (await import('./render.js')).renderCommand },
  diff: { ...commandUsage.diff, load: async () => (await import('./diff.js')).diffCommand },
  collect: { ...commandUsage.collect, load: async () => (await import('./collect.js')).collectCommand },
  merge: { ...commandUsage.merge, load: async () => (await import('./merge.js')).mergeCommand },
} satisfies Record<keyof typeof commandUsage, LazyCommand>;

/** A command yargs can list without loading it. */
export interface LazyCommand extends CommandUsage {
  // The modules type their own arguments; yargs hands each command the argv its builder declared.
  readonly load: () => Promise<CommandModule<object, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
