import { type DisplayStatus, displayStatus, formatTime, verdictHeadline } from './labels.js';
import type { EndpointResult, Report, RuleFinding, RunFinding } from '../model/report.js';
import { terminalSafe } from './terminal-safe.js';

/** One endpoint (entry, host, port), rule or finding about the run (this host's clock) as the diff sees it. */
export interface DiffItem {
  readonly kind: 'endpoint' | 'rule' | 'run';
  /** `host:port`, `entry → host:port` when the entry is a wildcard or URL, `rule ID`, or `run CODE`. */
  readonly label: string;
  readonly status: DisplayStatus;
  readonly code: string | null;
  readonly message: string;
}

/** An item present in both reports whose status or code changed. */
export interface DiffChange {
  readonly kind: DiffItem['kind'];
  readonly label: string;
  readonly from: { readonly status: DisplayStatus; readonly code: string | null };
  readonly to: { readonly status: DisplayStatus; readonly code: string | null };
  /** The new report's message. */
  readonly message: string;
}

interface RunInfo {
  readonly startedAt: string;
  readonly verdict: Report['verdict'];
  readonly headline: string;
  readonly hostname: string;
  readonly edition: string;
}

/** What changed between two runs; `regressed` non-empty means the change made things worse (exit 1). */
export interface ReportDiff {
  readonly old: RunInfo;
  readonly new: RunInfo;
  /** Failed (or warned) before and passes now; or failed before and only warns now. */
  readonly fixed: readonly DiffChange[];
  /** Fails now and did not before (including an expired or removed waiver), or a pass that now warns. */
  readonly regressed: readonly DiffChange[];
  /** Any other change: a different code, newly waived, skipped ↔ probed. */
  readonly changed: readonly DiffChange[];
  readonly added: readonly DiffItem[];
  readonly removed: readonly DiffItem[];
  readonly unchanged: number;
  /** Why the comparison may mislead (different host or edition). */
  readonly notes: readonly string[];
}

const SEVERITY: Record<DisplayStatus, number> = { skip: 0, pass: 1, warn: 2, waived: 3, fail: 4 };

function endpointItem(e: EndpointResult): DiffItem {
  const label = e.entry === e.host ? `${e.host}:${e.port}` : `${e.entry} → ${e.host}:${e.port}`;
  return { kind: 'endpoint', label, status: displayStatus(e), code: e.code, message: e.message };
}

function ruleItem(r: RuleFinding): DiffItem {
  return { kind: 'rule', label: `rule ${r.id}`, status: displayStatus(r), code: null, message: r.message };
}

function runItem(f: RunFinding): DiffItem {
  return { kind: 'run', label: `run ${f.code}`, status: f.status, code: f.code, message: f.message };
}

/**
 * A finding about the run (CLOCK_SKEW) is recorded only when it is found, so a run that checked the network and
 * does not have it passed it: its appearing is a regression and its going a fix, never "new" or "removed". A run
 * that did not check the network (--only rules) could not have found it either way.
 */
function withRunPasses(items: Map<string, DiffItem>, other: ReadonlyMap<string, DiffItem>, report: Report): void {
  if (!report.settings.networkChecked) return;
  for (const [key, item] of other) {
    if (item.kind !== 'run' || items.has(key)) continue;
    items.set(key, { ...item, status: 'pass', code: null, message: `${item.code ?? item.label} was not found in this run.` });
  }
}

/** Items keyed by (entry, host, port), rule id and run finding code; an entry listed under several groups is one item (its worst). */
function keyed(report: Report): Map<string, DiffItem> {
  const map = new Map<string, DiffItem>();
  const put = (key: string, item: DiffItem): void => {
    const prev = map.get(key);
    if (prev === undefined || SEVERITY[item.status] > SEVERITY[prev.status]) map.set(key, item);
  };
  for (const e of report.endpoints) put(`e\u0000${e.entry}\u0000${e.host.toLowerCase()}\u0000${e.port}`, endpointItem(e));
  for (const r of report.rules) put(`r\u0000${r.id}`, ruleItem(r));
  for (const f of report.runFindings ?? []) put(`f\u0000${f.code}`, runItem(f));
  return map;
}

function classify(a: DiffItem, b: DiffItem): 'unchanged' | 'fixed' | 'regressed' | 'changed' {
  if (a.status === b.status) return a.code === b.code ? 'unchanged' : 'changed';
  if (b.status === 'fail') return 'regressed';
  if (a.status === 'pass' && b.status === 'warn') return 'regressed';
  if (b.status === 'pass' && (a.status === 'fail' || a.status === 'waived' || a.status === 'warn')) return 'fixed';
  if (a.status === 'fail' && b.status === 'warn') return 'fixed';
  return 'changed';
}

function info(r: Report): RunInfo {
  return {
    startedAt: r.startedAt,
    verdict: r.verdict,
    headline: verdictHeadline(r).word,
    hostname: r.host.hostname,
    edition: r.settings.edition,
  };
}

/**
 * Why two reports cannot be compared as a firewall change: one ran against `demo`'s simulated network on loopback
 * and the other against the real one (their differences say nothing about the firewall); `null` when both agree.
 */
export function simulationMismatch(
  oldReport: Report,
  newReport: Report,
  names: readonly [string, string] = ['the old report', 'the new one'],
): string | null {
  const what = (r: Report): string => (r.settings.simulation ? 'a simulation (scp-preflight demo on loopback)' : 'a real run');
  if (oldReport.settings.simulation === newReport.settings.simulation) return null;
  return `${names[0]} is ${what(oldReport)} and ${names[1]} is ${what(newReport)}: their differences say nothing about a firewall change`;
}

/** Compares two reports item by item (pure; the `diff` command prints and sets the exit code). */
export function diffReports(oldReport: Report, newReport: Report): ReportDiff {
  const before = keyed(oldReport);
  const after = keyed(newReport);
  withRunPasses(before, after, oldReport);
  withRunPasses(after, before, newReport);
  const out = { fixed: [] as DiffChange[], regressed: [] as DiffChange[], changed: [] as DiffChange[] };
  const added: DiffItem[] = [];
  let unchanged = 0;
  for (const [key, b] of after) {
    const a = before.get(key);
    if (a === undefined) {
      added.push(b);
      continue;
    }
    const kind = classify(a, b);
    if (kind === 'unchanged') unchanged += 1;
    else
      out[kind].push({
        kind: b.kind,
        label: b.label,
        from: { status: a.status, code: a.code },
        to: { status: b.status, code: b.code },
        message: b.message,
      });
  }
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, item]) => item);
  const notes: string[] = [];
  if (oldReport.host.hostname !== newReport.host.hostname) {
    notes.push(`The runs are from different hosts (${oldReport.host.hostname} → ${newReport.host.hostname}).`);
  }
  if (oldReport.settings.edition !== newReport.settings.edition) {
    notes.push(`The runs use different endpoint lists (edition ${oldReport.settings.edition} → ${newReport.settings.edition}).`);
  }
  if (Date.parse(newReport.startedAt) < Date.parse(oldReport.startedAt)) notes.push('The "new" report is older than the "old" one.');
  const mismatch = simulationMismatch(oldReport, newReport);
  if (mismatch !== null) notes.push(`${mismatch} (compared anyway: --allow-simulation).`);
  for (const [side, r] of [
    ['old', oldReport],
    ['new', newReport],
  ] as const) {
    // A rules-only run has no endpoint results: its endpoints show as removed or new, never as fixed.
    if (!r.settings.networkChecked)
      notes.push(`The ${side} run did not check the network (--only rules): its endpoint results are missing, not fixed or broken.`);
  }
  return { old: info(oldReport), new: info(newReport), ...out, added, removed, unchanged, notes };
}

/** Terminal-safe text on one line: control characters from report strings must not reach the terminal. */
function safe(text: string): string {
  return terminalSafe(text).replace(/\n/g, ' ');
}

const word = (s: DisplayStatus, code: string | null): string => `${s.toUpperCase()}${code && code !== '' ? ` ${code}` : ''}`;

/** The human summary `scp-preflight diff` prints. */
export function formatDiff(d: ReportDiff): string {
  const lines = [
    `old: ${formatTime(d.old.startedAt)}  ${d.old.headline}  (${safe(d.old.hostname)}, edition ${safe(d.old.edition)})`,
    `new: ${formatTime(d.new.startedAt)}  ${d.new.headline}  (${safe(d.new.hostname)}, edition ${safe(d.new.edition)})`,
    ...d.notes.map((n) => `note: ${safe(n)}`),
    '',
  ];
  const changes = (title: string, list: readonly DiffChange[]): void => {
    if (list.length === 0) return;
    lines.push(`${title} (${list.length}):`);
    for (const c of list)
      lines.push(`  ${safe(c.label)}: ${word(c.from.status, c.from.code)} → ${word(c.to.status, c.to.code)}  ${safe(c.message)}`);
    lines.push('');
  };
  const items = (title: string, list: readonly DiffItem[]): void => {
    if (list.length === 0) return;
    lines.push(`${title} (${list.length}):`);
    for (const i of list) lines.push(`  ${safe(i.label)}: ${word(i.status, i.code)}`);
    lines.push('');
  };
  changes('Regressed', d.regressed);
  changes('Fixed', d.fixed);
  changes('Changed', d.changed);
  items('New', d.added);
  items('Removed', d.removed);
  lines.push(`Unchanged: ${d.unchanged}`);
  lines.push(
    d.regressed.length > 0
      ? `Result: ${d.regressed.length} regression${d.regressed.length === 1 ? '' : 's'}.`
      : `Result: no regressions (${d.fixed.length} fixed).`,
  );
  return `${lines.join('\n')}\n`;
}
