import type { Summary } from '../model/status.js';
import type { Verdict } from './types.js';

/** The one place that turns counts into a verdict: any failure (and with `--strict` any warning) is not ready. */
export function verdictOf(summary: Summary, strict: boolean): Verdict {
  return summary.fail > 0 || (strict && summary.warn > 0) ? 'not-ready' : 'ready';
}

/** Process exit codes; the README's table. */
export const EXIT = { ready: 0, notReady: 1, badInput: 2, internal: 3 } as const;

/** The exit code of a run, computed only here. */
export function exitCodeOf(verdict: Verdict): number {
  return verdict === 'ready' ? EXIT.ready : EXIT.notReady;
}
