import type { commandUsage } from '../commands/usage.js';
import type { CommandDeclaration } from '../command-declaration.js';

/**
 * How to load each command's declaration (its flags and examples, data only), for its `--help` without yargs and
 * without the command's module (quick-answer.ts). A command's module imports its declaration itself.
 */
export const declarations = {
  check: async () => (await import('./check.js')).checkDeclaration,
  demo: async () => (await import('./demo.js')).demoDeclaration,
  endpoints: async () => (await import('./endpoints.js')).endpointsDeclaration,
  render: async () => (await import('./render.js')).renderDeclaration,
  diff: async () => (await import('./diff.js')).diffDeclaration,
  collect: async () => (await import('./collect.js')).collectDeclaration,
  merge: async () => (await import('./merge.js')).mergeDeclaration,
} satisfies Record<keyof typeof commandUsage, () => Promise<CommandDeclaration>>;
