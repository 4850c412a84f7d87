import { checkOptions } from '../check-options.js';
import type { CommandDeclaration } from '../command-declaration.js';
import { commandUsage } from '../commands/usage.js';
import { DEMO_OUT_DIR } from '../demo-out.js';
import { proxyOptions } from '../proxy-options.js';

/**
 * `scp-preflight demo`: the check's flags (it is a check against a simulated network) with two defaults of its own:
 * a shorter timeout (loopback answers at once) and its own folder (reports/demo), never the real runs' ./reports
 * and their latest.* files.
 */
export const demoDeclaration = {
  ...commandUsage.demo,
  positionals: {},
  options: {
    ...proxyOptions,
    ...checkOptions,
    timeout: { ...checkOptions.timeout, default: 2000 },
    out: { ...checkOptions.out, default: DEMO_OUT_DIR },
  },
  examples: [],
} as const satisfies CommandDeclaration;
