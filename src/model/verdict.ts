import type { Status, Summary } from './status.js';

/**
 * The verdict: the one decision every view (console, HTML, Markdown, JUnit, CSV, JSON) and the exit code read. It
 * is a decision about the evidence, not a rendering of it, so it lives here and not in src/report/.
 */

/** `ready` (exit 0) or `not-ready` (exit 1). */
export type Verdict = 'ready' | 'not-ready';

/** Status counts; `waived` counts failures and warnings under an active waiver, which are not in `fail`/`warn`. */
export type ReportSummary = Summary & { readonly waived?: number };

/** Process exit codes; the README's table. */
export const EXIT = { ready: 0, notReady: 1, badInput: 2, internal: 3 } as const;

/** The exit code of a run, computed only here. */
export function exitCodeOf(verdict: Verdict): number {
  return verdict === 'ready' ? EXIT.ready : EXIT.notReady;
}

/** An item as the verdict sees it: its observed status and code, and, when `--waivers` matched it, its waiver. */
export interface Countable {
  readonly status: Status;
  readonly code?: string | null;
  readonly waiver?: { readonly expired: boolean };
}

/** What the verdict depends on besides the items: the run's settings. */
export interface VerdictScope {
  /** `--strict`: a warning counts as a failure. */
  readonly strict: boolean;
  /** Offline SCP (SCP-OFFLINE-MODE): endpoint results are shown but do not count. */
  readonly networkInformational?: boolean;
  /** False for `check --only rules`: no endpoint was probed and the verdict covers the rules only. Default true. */
  readonly networkChecked?: boolean;
}

/**
 * How one endpoint result or rule finding enters the verdict. `fails` (a failure, or a warning under --strict) and
 * `incomplete` (a probe cut short by --deadline or Ctrl-C, RUN_STOPPED: nothing was measured, so readiness is not
 * proven) make the run not ready; every other standing does not.
 */
export type Standing = 'fails' | 'incomplete' | 'waived' | 'informational' | 'warns' | 'skip' | 'pass';

/**
 * The standing of one item; `kind` says whether it is an endpoint result, a rule finding, or a run finding (CLOCK_SKEW).
 * A run finding is measured over the network, so offline mode makes it informational as it does endpoint results.
 */
export function standingOf(item: Countable, kind: 'endpoint' | 'rule' | 'run', scope: VerdictScope): Standing {
  if (kind !== 'rule' && scope.networkInformational === true && item.status !== 'pass') return 'informational';
  if (isActivelyWaived(item)) return 'waived';
  if (item.status === 'fail') return 'fails';
  if (item.status === 'warn') return scope.strict ? 'fails' : 'warns';
  if (item.code === 'RUN_STOPPED') return 'incomplete';
  return item.status;
}

/** Whether a standing makes the run not ready: the one verdict predicate. */
export function blocksReadiness(standing: Standing): boolean {
  return standing === 'fails' || standing === 'incomplete';
}

/** A failure or warning under an active (unexpired) waiver; a pass or skip needs no waiver. */
function isActivelyWaived(item: Countable): boolean {
  return item.waiver !== undefined && !item.waiver.expired && (item.status === 'fail' || item.status === 'warn');
}

/** Counts statuses; a failure or warning under an active waiver counts as `waived` instead. */
export function summarizeResults(items: Iterable<Countable>): ReportSummary & { waived: number } {
  const summary = { pass: 0, warn: 0, fail: 0, skip: 0, waived: 0 };
  for (const item of items) {
    if (isActivelyWaived(item)) summary.waived += 1;
    else summary[item.status] += 1;
  }
  return summary;
}

/** The verdict with what it rests on, for the views' headline and reason. */
export interface Judgement {
  readonly verdict: Verdict;
  /** READY, READY WITH WARNINGS or NOT READY. */
  readonly word: 'READY' | 'READY WITH WARNINGS' | 'NOT READY';
  /** The word with the verdict's scope, e.g. `READY (rules only; NETWORK NOT CHECKED)`; the JSON's `headline`. */
  readonly headline: string;
  readonly tone: 'ready' | 'warn' | 'fail';
  readonly networkChecked: boolean;
  readonly networkInformational: boolean;
  /** Items whose standing is `fails`. */
  readonly failing: number;
  /** Counting warnings (not under --strict, not waived, not informational). */
  readonly warnings: number;
  /** Endpoint results cut short (RUN_STOPPED) that count toward the verdict. */
  readonly stopped: number;
  /** Endpoint results of an offline SCP that did not pass (shown, not counted). */
  readonly informational: number;
}

/** Judges endpoint results, rule findings and run findings under the run's scope; every view and the exit code use this. */
export function judge(
  endpoints: Iterable<Countable>,
  rules: Iterable<Countable>,
  scope: VerdictScope,
  runFindings: Iterable<Countable> = [],
): Judgement {
  const standings = [
    ...[...endpoints].map((e) => standingOf(e, 'endpoint', scope)),
    ...[...rules].map((r) => standingOf(r, 'rule', scope)),
    ...[...runFindings].map((f) => standingOf(f, 'run', scope)),
  ];
  const count = (s: Standing): number => standings.filter((x) => x === s).length;
  const verdict: Verdict = standings.some(blocksReadiness) ? 'not-ready' : 'ready';
  const warnings = count('warns');
  const word = verdict === 'not-ready' ? 'NOT READY' : warnings > 0 ? 'READY WITH WARNINGS' : 'READY';
  const networkChecked = scope.networkChecked ?? true;
  const stopped = count('incomplete');
  const qualifiers = [
    ...(networkChecked ? [] : ['rules only; NETWORK NOT CHECKED']),
    ...(stopped > 0 ? [`run stopped before ${stopped} probe(s) finished`] : []),
    ...(networkChecked && scope.networkInformational ? ['offline SCP; network results informational'] : []),
  ];
  return {
    verdict,
    word,
    headline: qualifiers.length > 0 ? `${word} (${qualifiers.join('; ')})` : word,
    // A rules-only READY is not the green "ready to install": the network part of the answer is missing.
    tone: verdict === 'not-ready' ? 'fail' : warnings > 0 || !networkChecked ? 'warn' : 'ready',
    networkChecked,
    networkInformational: scope.networkInformational === true,
    failing: count('fails'),
    warnings,
    stopped,
    informational: count('informational'),
  };
}

/**
 * The report's verdict fields: summary and per-kind counts (honouring waivers and offline mode), verdict, headline.
 * Run findings count like endpoint results (offline mode leaves them out of the summary too).
 */
export function reportTotals(
  endpoints: Iterable<Countable>,
  rules: Iterable<Countable>,
  scope: VerdictScope,
  runFindings: Iterable<Countable> = [],
): {
  summary: ReportSummary;
  counts: { endpoints: ReportSummary; rules: ReportSummary; run: ReportSummary };
  verdict: Verdict;
  headline: string;
} {
  const endpointList = [...endpoints];
  const ruleList = [...rules];
  const runList = [...runFindings];
  const e = summarizeResults(endpointList);
  const r = summarizeResults(ruleList);
  const f = summarizeResults(runList);
  // Offline SCP: endpoint results are still counted per kind, but do not enter the summary.
  const none = { pass: 0, warn: 0, fail: 0, skip: 0, waived: 0 };
  const n = scope.networkInformational ? none : e;
  const g = scope.networkInformational ? none : f;
  const summary = {
    pass: n.pass + r.pass + g.pass,
    warn: n.warn + r.warn + g.warn,
    fail: n.fail + r.fail + g.fail,
    skip: n.skip + r.skip + g.skip,
    waived: n.waived + r.waived + g.waived,
  };
  const judgement = judge(endpointList, ruleList, scope, runList);
  return { summary, counts: { endpoints: e, rules: r, run: f }, verdict: judgement.verdict, headline: judgement.headline };
}

/** The judgement of a whole report, from its own results and settings (what every view renders). */
export function judgeReport(report: {
  readonly endpoints: readonly Countable[];
  readonly rules: readonly Countable[];
  readonly runFindings?: readonly Countable[];
  readonly settings: VerdictScope;
}): Judgement {
  return judge(report.endpoints, report.rules, report.settings, report.runFindings ?? []);
}
