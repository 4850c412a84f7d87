import type { Status } from '../model/status.js';
import type { AppliedWaiver } from '../waivers/types.js';
import type { Report } from './types.js';

/** A status as the reader sees it: an actively waived failure or warning shows as `waived`. */
export type DisplayStatus = Status | 'waived';

/** The status to show for a result or finding, honouring an active waiver. */
export function displayStatus(item: { readonly status: Status; readonly waiver?: AppliedWaiver }): DisplayStatus {
  const waived = item.waiver !== undefined && !item.waiver.expired && (item.status === 'fail' || item.status === 'warn');
  return waived ? 'waived' : item.status;
}

/** Upper-case status words, with a symbol so the meaning survives without colour. */
export const STATUS_LABEL: Record<DisplayStatus, string> = {
  fail: '✖ FAIL', warn: '▲ WARN', waived: '◆ WAIVED', skip: '○ SKIP', pass: '✔ PASS',
};

/** Sort order for "failures first" views. */
export const STATUS_ORDER: Record<DisplayStatus, number> = { fail: 0, warn: 1, waived: 2, skip: 3, pass: 4 };

/** The headline: READY, READY WITH WARNINGS or NOT READY (the verdict itself comes from verdict.ts). */
export function verdictHeadline(report: Report): { word: string; tone: 'ready' | 'warn' | 'fail' } {
  if (report.verdict === 'not-ready') return { word: 'NOT READY', tone: 'fail' };
  return report.summary.warn > 0 ? { word: 'READY WITH WARNINGS', tone: 'warn' } : { word: 'READY', tone: 'ready' };
}

/** One sentence under the headline saying what the counts mean. */
export function verdictReason(report: Report): string {
  const { fail, warn } = report.summary;
  const waived = report.summary.waived ?? 0;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const waivedText = waived > 0 ? ` ${plural(waived, 'item')} waived.` : '';
  if (report.verdict === 'not-ready') {
    const strictNote = fail === 0 && report.settings.strict ? ' (--strict: warnings count as failures)' : '';
    return `${plural(fail, 'failure')}${strictNote}${warn > 0 ? ` and ${plural(warn, 'warning')}` : ''} must be resolved before the service connection point can work.${waivedText}`;
  }
  if (warn > 0) return `Every endpoint and prerequisite needed is reachable or met, with ${plural(warn, 'warning')} to review.${waivedText}`;
  return `Every endpoint and prerequisite checked is reachable or met.${waivedText}`;
}

/** `2025-03-14T09:26:53.120Z` → `2025-03-14 09:26:53 UTC` (reports are read across time zones). */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Wall time of the run, e.g. `8.8 s`. */
export function runDuration(report: Report): string {
  const ms = Date.parse(report.finishedAt) - Date.parse(report.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? `${(ms / 1000).toFixed(1)} s` : 'unknown';
}

/** The route in words, never with credentials (route URLs are stored without them). */
export function routeText(route: Report['settings']['route']): string {
  return route.kind === 'direct' || route.proxy === null ? `direct (${route.reason})` : `${route.kind} proxy ${route.proxy} (${route.reason})`;
}
