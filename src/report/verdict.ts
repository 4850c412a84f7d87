import type { Status, Summary } from '../model/status.js';
import type { ReportSummary, Verdict } from './types.js';

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

/** An item as the totals see it: its observed status and, when `--waivers` matched it, whether the waiver expired. */
interface Countable {
  readonly status: Status;
  readonly code?: string | null;
  readonly waiver?: { readonly expired: boolean };
}

/**
 * Counts statuses for a report: a failure or warning under an active (unexpired) waiver counts as `waived` instead,
 * so it no longer fails the verdict; an expired waiver changes nothing.
 */
export function summarizeResults(items: Iterable<Countable>): ReportSummary & { waived: number } {
  const summary = { pass: 0, warn: 0, fail: 0, skip: 0, waived: 0 };
  for (const item of items) {
    const waived = item.waiver !== undefined && !item.waiver.expired && (item.status === 'fail' || item.status === 'warn');
    if (waived) summary.waived += 1;
    else summary[item.status] += 1;
  }
  return summary;
}

/**
 * Summary, per-kind counts and verdict of a report's endpoints and rules, honouring waivers. With
 * `networkInformational` (an offline SCP, SCP-OFFLINE-MODE) endpoint results are still counted per kind but do not
 * enter the summary or the verdict. A probe cut short by the run's stop (RUN_STOPPED, a skip) proves nothing, so a
 * stopped run whose network results count is never ready (issue 8: otherwise a run stopped by its deadline before
 * any probe finished would be READY).
 */
export function reportTotals(
  endpoints: Iterable<Countable>,
  rules: Iterable<Countable>,
  settings: { readonly strict: boolean; readonly networkInformational?: boolean },
): { summary: ReportSummary; counts: { endpoints: ReportSummary; rules: ReportSummary }; verdict: Verdict } {
  const list = [...endpoints];
  const e = summarizeResults(list);
  const r = summarizeResults(rules);
  const n = settings.networkInformational ? { pass: 0, warn: 0, fail: 0, skip: 0, waived: 0 } : e;
  const summary = {
    pass: n.pass + r.pass, warn: n.warn + r.warn, fail: n.fail + r.fail, skip: n.skip + r.skip, waived: n.waived + r.waived,
  };
  const stopped = !settings.networkInformational && list.some((item) => item.code === 'RUN_STOPPED');
  return { summary, counts: { endpoints: e, rules: r }, verdict: stopped ? 'not-ready' : verdictOf(summary, settings.strict) };
}
