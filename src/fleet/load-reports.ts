import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../model/input-error.js';
import { readReportFile } from '../report/read-report.js';
import { digestReport } from './digest.js';
import type { HostDigest } from './types.js';

/** Our own files that a `--from` folder may hold besides run reports: `latest.json` copies and fleet reports. */
const NOT_A_RUN = /^(latest\.json|scp-preflight-fleet-.*\.json)$/i;

/** Upper bound on the reports one merge reads: far above a fleet, low enough that a wrong folder fails fast. */
const MAX_REPORTS = 20_000;

/**
 * The report files of `--from DIR`: every `*.json` below it (a Run Scripts share holds one folder per computer),
 * except `latest.json` copies and fleet reports, sorted for a stable order. A missing folder is bad input.
 */
export function reportFilesIn(dir: string): string[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new InputError(`--from: ${dir} is not a folder; give the folder holding the saved .json reports`);
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `--from: cannot read ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); ` +
        `give the folder holding the saved .json reports`,
      { cause: error },
    );
  }
  const files = entries
    .filter((e) => e.toLowerCase().endsWith('.json') && !NOT_A_RUN.test(basename(e)))
    .map((e) => join(dir, e))
    .sort();
  if (files.length === 0) throw new InputError(`--from: no scp-preflight .json reports in ${dir} or its subfolders`);
  return files;
}

/** The digests of the given reports, in input order; a bad, foreign or unreadable file is exit 2 naming it. */
export function loadDigests(files: readonly string[]): HostDigest[] {
  if (files.length === 0) throw new InputError('merge: give the saved reports (A.json B.json …) or --from DIR');
  if (files.length > MAX_REPORTS)
    throw new InputError(`merge: ${files.length} files is more than ${MAX_REPORTS}; merge one folder of reports at a time`);
  const seen = new Set<string>();
  const out: HostDigest[] = [];
  for (const file of files) {
    const full = resolve(file);
    if (seen.has(full)) continue; // the same file named twice counts once
    seen.add(full);
    // Each report is validated (readReportFile) and reduced at once, so memory holds digests, not reports.
    out.push(digestReport(readReportFile(file), file));
  }
  return out;
}

/**
 * Refuses a mix of simulated (`demo`) and real runs unless allowed: a demo row next to real hosts would read as a
 * real host that works. Returns the fleet's simulation state.
 */
export function simulationState(digests: readonly HostDigest[], allow: boolean): 'none' | 'all' | 'mixed' {
  const simulated = digests.filter((d) => d.simulation);
  if (simulated.length === 0) return 'none';
  if (simulated.length === digests.length) return 'all';
  if (!allow) {
    const [example] = simulated;
    if (!example) throw new Error('fleet: simulated is not empty here');
    throw new InputError(
      `a simulated run (scp-preflight demo), mixed with ${digests.length - simulated.length} real run(s); merge real runs only, ` +
        `or pass --allow-simulation to show them side by side marked SIMULATION`,
      { file: example.file },
    );
  }
  return 'mixed';
}
