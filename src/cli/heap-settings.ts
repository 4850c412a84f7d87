import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings that keep a check run's peak memory near what it holds (issue 10). A run allocates fast (a TLS socket,
 * a certificate chain and a few kilobytes of evidence per endpoint) and keeps little: about 30 MB at 2,000
 * endpoints. V8's defaults let the heap grow far past that between collections (200 MB at 2,000 endpoints, 370 MB
 * at 10,000), memory an SCP host's other roles may need more. Measured with `npm run bench` (README "Performance").
 *
 * - `--optimize-for-size`: V8 then favours memory over speed where it has the choice: it grows the heap less,
 *   compacts it more, and keeps its young generation at 1 MB per semi-space (a new space of 2 MB; 32 MB by default)
 *   whatever `--max-semi-space-size` says. At 2,000 endpoints 115-120 MB (a 2 MB semi-space alone) became 104-108 MB
 *   for 5-10 % more CPU; at 10,000, 195-204 MB became 173-179 MB. Set at run time it saved only half as much.
 *   `--max-semi-space-size=2` was passed beside it until 2026-12-03 and did nothing: with it at 2 or 16 (or
 *   `--min-semi-space-size=4`) the new space stayed at 2 MB on Node 20 and 22, and 2,000 endpoints took 105-107 MB
 *   with it and 104-105 MB without (two runs each).
 *
 * It has to be a start-up flag (V8 reads it when it creates its heap): `npm start` and the release executables
 * (package.json's seaRuntime.execArgv, the SEA configuration's execArgv) pass it; `node dist/cli/main.js` and the npm
 * bin do not, and then run with V8's defaults (about 40 MB more at 2,000 endpoints; a run over the documented ~40
 * endpoints is the same either way). The bin's shebang could carry it only as `#!/usr/bin/env -S node …`, and
 * BusyBox's env (Alpine) has no -S: the bin would not start there at all.
 */
export const START_UP_FLAGS: readonly string[] = ['--optimize-for-size'];

/**
 * How far the old generation may grow past what survived the last full collection before the next one (V8's
 * default grows it by 50 % to 300 %). V8 reads it at every collection, so it can be set once the run starts.
 */
const RUN_TIME_FLAGS: readonly string[] = ['--heap-growing-percent=20'];

/** The run-time settings to apply: a flag given on Node's command line (`--heap-growing-percent=50`) wins. */
export function runTimeFlags(execArgv: readonly string[]): string[] {
  return RUN_TIME_FLAGS.filter((flag) => {
    const name = flag.slice(0, flag.indexOf('='));
    return !execArgv.some((arg) => {
      const given = arg.replaceAll('_', '-');
      return given === name || given.startsWith(`${name}=`);
    });
  });
}

/** Applies the run-time settings at the start of a check. */
export function tuneHeapForCheck(): void {
  for (const flag of runTimeFlags(process.execArgv)) setFlagsFromString(flag);
}
