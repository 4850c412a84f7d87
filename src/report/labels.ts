import type { Status } from '../model/status.js';
import type { AppliedWaiver } from '../model/waivers.js';
import { type Judgement, judgeReport } from '../model/verdict.js';
import type { Report } from '../model/report.js';

/** A status as the reader sees it: an actively waived failure or warning shows as `waived`. */
export type DisplayStatus = Status | 'waived';

/** The status to show for a result or finding, honouring an active waiver. */
export function displayStatus(item: { readonly status: Status; readonly waiver?: AppliedWaiver }): DisplayStatus {
  const waived = item.waiver !== undefined && !item.waiver.expired && (item.status === 'fail' || item.status === 'warn');
  return waived ? 'waived' : item.status;
}

/** Upper-case status words, with a symbol so the meaning survives without colour. */
export const STATUS_LABEL: Record<DisplayStatus, string> = {
  fail: '✖ FAIL',
  warn: '▲ WARN',
  waived: '◆ WAIVED',
  skip: '○ SKIP',
  pass: '✔ PASS',
};

/** Sort order for "failures first" views. */
export const STATUS_ORDER: Record<DisplayStatus, number> = { fail: 0, warn: 1, waived: 2, skip: 3, pass: 4 };

/** The headline: READY, READY WITH WARNINGS or NOT READY with its scope; the verdict comes from model/verdict.ts. */
export function verdictHeadline(report: Report): { word: string; tone: Judgement['tone'] } {
  const j = judgeReport(report);
  return { word: j.headline, tone: j.tone };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The verdict's scope in words, before the reason (empty for a complete, online run). */
function scopeNote(report: Report, j: Judgement): string {
  const notes: string[] = [];
  if (!j.networkChecked) {
    notes.push(
      'NETWORK NOT CHECKED: this run judged the prerequisite rules only (check --only rules); no endpoint was probed, ' +
        'so it says nothing about the firewall or the proxy.',
    );
  }
  if (j.stopped > 0) {
    notes.push(
      `The run was stopped (--deadline or Ctrl-C) before ${plural(j.stopped, 'probe')} finished: ` +
        `nothing was measured about ${j.stopped === 1 ? 'that endpoint' : 'those endpoints'}, so readiness is not proven.`,
    );
  }
  if (j.networkChecked && j.networkInformational) {
    const n = report.endpoints.length;
    notes.push(
      `Offline SCP (SCP-OFFLINE-MODE): the ${plural(n, 'endpoint result')} of this host ${n === 1 ? 'is' : 'are'} informational and ` +
        `do not affect the verdict${j.informational > 0 ? ` (${j.informational} did not pass)` : ''}.`,
    );
  }
  return notes.join(' ');
}

/** The sentences under the headline: the verdict's scope, then what the counts mean. */
export function verdictReason(report: Report): string {
  const j = judgeReport(report);
  const { warn } = report.summary;
  const waived = report.summary.waived ?? 0;
  const waivedText = waived > 0 ? ` ${plural(waived, 'item')} waived.` : '';
  const what = j.networkChecked && !j.networkInformational ? 'endpoint and prerequisite' : 'prerequisite';
  const [firstRule] = report.rules;
  let reason: string;
  if (j.verdict === 'not-ready') {
    const { fail } = report.summary;
    const strictNote = fail === 0 && report.settings.strict ? ' (--strict: warnings count as failures)' : '';
    reason =
      j.failing === 0
        ? `Run the check again with a longer --deadline, and let it finish.${waivedText}`
        : `${plural(fail, 'failure')}${strictNote}${warn > 0 ? ` and ${plural(warn, 'warning')}` : ''} must be resolved before the ` +
          `service connection point can work.${waivedText}`;
  } else if (firstRule !== undefined && report.rules.every((r) => r.status === 'skip') && !j.networkChecked) {
    reason = `No prerequisite rule could be checked either (${firstRule.message.replace(/\.$/, '')}).`;
  } else if (warn > 0) {
    reason = `Every ${what} needed is reachable or met, with ${plural(warn, 'warning')} to review.${waivedText}`;
  } else {
    reason = `Every ${what} checked is ${what === 'prerequisite' ? 'met' : 'reachable or met'}.${waivedText}`;
  }
  return [scopeNote(report, j), reason].filter((x) => x !== '').join(' ');
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

/**
 * The route in words, never with credentials (route URLs are stored without them). A PAC run's setting names no
 * proxy yet (it is chosen per endpoint) and is not "direct": its reason is shown alone. Reports show the routes
 * taken with route-taken.ts.
 */
export function routeText(route: Report['settings']['route']): string {
  if (route.kind !== 'direct' && route.proxy === null) return route.reason;
  return route.kind === 'direct' ? `direct (${route.reason})` : `${route.kind} proxy ${route.proxy} (${route.reason})`;
}
