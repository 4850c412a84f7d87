import { extended } from '../model/extended.js';
import type { EndpointResult, Report, RuleFinding } from '../model/report.js';
import { reportTotals } from '../model/verdict.js';
import { isCalendarDate } from './load.js';
import type { AppliedWaiver, Waiver, WaiverMatch, WaiverRecord } from '../model/waivers.js';

/** The waiver's matcher in words, as the report shows it. */
export function describeMatch(match: WaiverMatch): string {
  if (match.kind === 'rule') return `rule ${match.id}`;
  const port = match.port === null ? 'any port' : `port ${match.port}`;
  return match.kind === 'entry' ? `entry "${match.entry}" ${port}` : `host ${match.host} ${port}`;
}

/** How an endpoint row is named in a waiver's `matched` list. */
export function endpointLabel(e: EndpointResult): string {
  return `${e.host}:${e.port} (${e.entry}, ${e.groupTitle})`;
}

function matchesEndpoint(match: WaiverMatch, e: EndpointResult): boolean {
  if (match.kind === 'rule') return false;
  if (match.port !== null && match.port !== e.port) return false;
  if (match.kind === 'entry') return match.entry.toLowerCase() === e.entry.toLowerCase();
  return match.host === e.host.toLowerCase() || match.host === e.pattern.toLowerCase();
}

/** Only something that would count against readiness can be waived; a pass or skip needs no waiver. */
function waivable(item: { status: string }): boolean {
  return item.status === 'fail' || item.status === 'warn';
}

function strip<T extends { waiver?: AppliedWaiver }>(item: T): T {
  const { waiver: _ignored, ...rest } = item;
  return rest as T;
}

/**
 * Applies waivers to a report as of `today` (YYYY-MM-DD, the run's local date). A matched failure or warning keeps
 * its observed status and code and gains `waiver`; while the waiver is active it counts as `waived`, not against
 * the verdict. Expired waivers still mark what they match (so the reader sees why it fails again) and, like
 * unused ones, are listed in `report.waivers`. Earlier waivers on the report are replaced, so re-applying is safe.
 */
export function applyWaivers(
  report: Report,
  waivers: readonly Waiver[],
  today: string,
  file: string | null = waivers[0]?.source.file ?? null,
): Report {
  if (!isCalendarDate(today)) throw new TypeError(`applyWaivers: today must be YYYY-MM-DD, got ${today}`);
  const expired = (w: Waiver): boolean => w.expires < today;
  const matched = waivers.map(() => [] as string[]);
  /** The first active waiver that matches wins; an expired one is shown only when no active one matches. */
  const pick = (test: (m: WaiverMatch) => boolean, label: string): AppliedWaiver | undefined => {
    let chosen: Waiver | undefined;
    waivers.forEach((w, i) => {
      if (!test(w.match)) return;
      matched[i]?.push(label);
      if (chosen === undefined || (expired(chosen) && !expired(w))) chosen = w;
    });
    if (chosen === undefined) return undefined;
    return {
      reason: chosen.reason,
      ticket: chosen.ticket,
      expires: chosen.expires,
      expired: expired(chosen),
      matchedBy: describeMatch(chosen.match),
    };
  };
  const endpoints: EndpointResult[] = report.endpoints.map((raw) => {
    const e = strip(raw);
    if (!waivable(e)) return e;
    const waiver = pick((m) => matchesEndpoint(m, e), endpointLabel(e));
    return waiver ? extended(e, { waiver }) : e;
  });
  const rules: RuleFinding[] = report.rules.map((raw) => {
    const r = strip(raw);
    if (!waivable(r)) return r;
    const waiver = pick((m) => m.kind === 'rule' && m.id.toLowerCase() === r.id.toLowerCase(), `rule ${r.id}`);
    return waiver ? extended(r, { waiver }) : r;
  });
  const items: WaiverRecord[] = waivers.map((w, i) => ({
    ...w,
    state: expired(w) ? 'expired' : (matched[i]?.length ?? 0) > 0 ? 'active' : 'unused',
    matchedBy: describeMatch(w.match),
    matched: matched[i] ?? [],
  }));
  return {
    ...report,
    ...reportTotals(endpoints, rules, report.settings, report.runFindings ?? []),
    endpoints,
    rules,
    waivers: { file, asOf: today, items },
  };
}
