import { checkOptions } from '../check-options.js';
import type { CommandDeclaration } from '../command-declaration.js';
import { commandUsage } from '../commands/usage.js';
import { proxyOptions } from '../proxy-options.js';

/** `scp-preflight check`: the proxy flags, then the check's own; what its builder declares and its `--help` shows. */
export const checkDeclaration = {
  ...commandUsage.check,
  positionals: {},
  options: { ...proxyOptions, ...checkOptions },
  examples: [],
} as const satisfies CommandDeclaration;
