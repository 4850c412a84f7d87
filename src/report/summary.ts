import { type DisplayStatus, displayStatus, verdictHeadline } from './labels.js';
import { ruleLocation } from './firewall-rows.js';
import { isThisMachine, sourceAddresses } from './run-source.js';
import type { Report, RootCause } from '../model/report.js';

/**
 * Bumped on any breaking change to the summary's shape (schema/summary.schema.json, which admits no other field), and
 * written by the Run Scripts wrapper's error line too. 2: clientProfile, rootCause, rootCauseRoute, rootCauseMessage.
 */
export const SUMMARY_VERSION = 2;

/** ConfigMgr Run Scripts truncates script output at 4 KB (create-deploy-scripts.md, "Script output"). */
export const SUMMARY_MAX_BYTES = 4096;

/**
 * vSMS_ScriptsExecutionStatus keeps `LEFT(ScriptOutput, 4000)`, and a string a script returns is stored
 * JSON-escaped (quotes and backslashes get a backslash; Windows PowerShell 5.1 also writes `< > & '` as `\u003c`…),
 * so the escaped form must fit 4,000 characters too, or SQL would see a cut-off object.
 */
export const SUMMARY_MAX_STORED_CHARS = 4000;

/** A failing endpoint (`code`, `host`, `port`), rule (`rule`) or run finding (`run`: its code), with its status as every view shows it. */
export type SummaryItem =
  | { readonly status: Exclude<DisplayStatus, 'pass'>; readonly code: string | null; readonly host: string; readonly port: number }
  | { readonly status: Exclude<DisplayStatus, 'pass'>; readonly rule: string }
  | { readonly status: Exclude<DisplayStatus, 'pass'>; readonly run: string };

/** The one JSON object `--summary` prints: flat scalars for JSON_VALUE, one array for OPENJSON. */
export interface RunSummary {
  readonly summaryVersion: typeof SUMMARY_VERSION;
  readonly reportSchemaVersion: number;
  readonly tool: string;
  readonly toolVersion: string;
  readonly host: string;
  readonly fqdn: string | null;
  readonly hostLabel: string | null;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly edition: string;
  readonly route: string;
  readonly routeReason: string;
  readonly proxy: string | null;
  readonly simulation: boolean;
  readonly verdict: Report['verdict'];
  readonly headline: string;
  /** `not checked`: no endpoint was probed (`--only rules`); `informational`: an offline SCP, results do not count. */
  readonly network: 'checked' | 'not checked' | 'informational';
  readonly scpServer: string | null;
  /** Whether the run was on the plan's scp.server; `null` without a plan. */
  readonly onScpServer: boolean | null;
  /** Local addresses the probes left from, space-separated. */
  readonly sourceAddresses: string;
  /** The TLS client profile the handshakes offered (`--client-profile`: windows-2016 … windows-2025, host, node). */
  readonly clientProfile: string | null;
  /**
   * The code of the root cause that explains the most endpoint results (every probe on a route failed one way: this
   * host resolves nothing, every connection times out, the proxy refuses…), or null; the full report lists all.
   */
  readonly rootCause: string | null;
  /** That cause's route: `direct` or the proxy URL (without credentials). */
  readonly rootCauseRoute: string | null;
  /** That cause in one sentence, as the report says it before the rows. */
  readonly rootCauseMessage: string | null;
  readonly pass: number;
  readonly warn: number;
  readonly fail: number;
  readonly skip: number;
  readonly waived: number;
  /** Non-pass items, worst first (fail, warn, waived, skip); rules that were only skipped are counted, not listed. */
  readonly failing: readonly SummaryItem[];
  /** How many items were left out of `failing` so the whole object fits the limits. */
  readonly truncated: number;
  /** The full JSON report written by this run (a local or UNC path), when one was written. */
  readonly report: string | null;
}

/** UTF-8 bytes and stored (escaped) characters of a piece of JSON text; both add up over concatenation. */
export function measure(json: string): { bytes: number; stored: number } {
  // Counted as if a serializer wrote each of them as a six-character \uXXXX escape: never an underestimate.
  const escapable = json.match(/[<>&'\u0080-\uffff]/g)?.length ?? 0;
  return { bytes: Buffer.byteLength(json, 'utf8'), stored: JSON.stringify(json).length - 2 + 5 * escapable };
}

/** The larger of the two measures of a piece of JSON: what a field budget is counted in. */
const weight = (json: string): number => {
  const m = measure(json);
  return Math.max(m.bytes, m.stored);
};

/** Text cut so its JSON string weighs at most `budget` (bytes or stored characters), whole code points, marked `…`. */
export function clip(text: string, budget: number): string {
  if (weight(JSON.stringify(text)) <= budget) return text;
  let out = '';
  let used = weight('"…"');
  for (const ch of text) {
    const cost = weight(JSON.stringify(ch)) - 2;
    if (used + cost > budget) break;
    out += ch;
    used += cost;
  }
  return `${out}…`;
}

const ORDER: Record<Exclude<DisplayStatus, 'pass'>, number> = { fail: 0, warn: 1, waived: 2, skip: 3 };

/** Every non-pass item once, worst first; a host listed under several groups (one probe) appears once. */
export function summaryItems(report: Report): SummaryItem[] {
  const seen = new Set<string>();
  const list: { item: SummaryItem; rank: number; i: number }[] = [];
  for (const e of report.endpoints) {
    const status = displayStatus(e);
    if (status === 'pass') continue;
    const key = `${status}|${e.code}|${e.host}|${e.port}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ item: { status, code: e.code, host: clip(e.host, 120), port: e.port }, rank: ORDER[status], i: list.length });
  }
  for (const r of report.rules) {
    const status = displayStatus(r);
    if (status === 'pass' || status === 'skip') continue;
    list.push({ item: { status, rule: clip(r.id, 64) }, rank: ORDER[status], i: list.length });
  }
  for (const f of report.runFindings ?? []) {
    if (f.status === 'pass') continue;
    list.push({ item: { status: f.status, run: f.code }, rank: ORDER[f.status], i: list.length });
  }
  return list.sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.item);
}

/** The root cause explaining the most endpoint results (the first of equals, as the report lists them). */
function widestRootCause(report: Report): RootCause | undefined {
  let widest: RootCause | undefined;
  for (const cause of report.rootCauses ?? []) if (widest === undefined || cause.results > widest.results) widest = cause;
  return widest;
}

function networkState(report: Report): RunSummary['network'] {
  if (report.endpoints.every((e) => e.probeId === null)) return 'not checked';
  return report.settings.networkInformational ? 'informational' : 'checked';
}

/** The summary's fields before `failing` is fitted; every string is clipped so the fixed part always fits. */
function baseSummary(
  report: Report,
  reportFile: string | null,
): Omit<RunSummary, 'failing' | 'truncated' | 'report'> & { report: string | null } {
  const s = report.summary;
  const st = report.settings;
  const addresses = [...new Set([...sourceAddresses(report, ruleLocation).values()].flat())].sort().join(' ');
  const cause = widestRootCause(report);
  return {
    summaryVersion: SUMMARY_VERSION,
    reportSchemaVersion: report.schemaVersion,
    tool: clip(report.tool.name, 32),
    toolVersion: clip(report.tool.version, 32),
    host: clip(report.host.hostname, 160),
    fqdn: report.host.fqdn ? clip(report.host.fqdn, 160) : null,
    hostLabel: report.host.label === undefined ? null : clip(report.host.label, 160),
    startedAt: clip(report.startedAt, 40),
    finishedAt: clip(report.finishedAt, 40),
    edition: clip(st.edition, 64),
    route: st.route.kind,
    routeReason: clip(st.route.reason, 120),
    proxy: st.route.proxy === null ? null : clip(st.route.proxy, 160),
    simulation: st.simulation,
    verdict: report.verdict,
    headline: clip(verdictHeadline(report).word, 40),
    network: networkState(report),
    scpServer: st.scpServer === undefined ? null : clip(st.scpServer, 160),
    onScpServer: st.scpServer === undefined ? null : isThisMachine(report.host, st.scpServer),
    sourceAddresses: clip(addresses, 160),
    clientProfile: st.clientProfile === undefined ? null : clip(st.clientProfile.id, 64),
    rootCause: cause?.code ?? null,
    rootCauseRoute: cause === undefined ? null : clip(cause.route, 160),
    rootCauseMessage: cause === undefined ? null : clip(cause.message, 320),
    pass: s.pass,
    warn: s.warn,
    fail: s.fail,
    skip: s.skip,
    waived: s.waived ?? 0,
    report: reportFile === null ? null : clip(reportFile, 260),
  };
}

/**
 * The Run Scripts summary of a report: one line of JSON of at most 4,095 bytes (4,096 with the newline the CLI adds)
 * whose stored form also fits 4,000 characters. Items that do not fit are counted in `truncated`, never cut.
 */
export function renderSummary(report: Report, reportFile: string | null = null): string {
  const all = summaryItems(report);
  const base = baseSummary(report, reportFile);
  // Measured with the largest possible `truncated`, so the count written can only make the object shorter.
  const empty = measure(JSON.stringify({ ...base, failing: [], truncated: all.length }));
  let bytes = empty.bytes;
  let stored = empty.stored;
  let kept = 0;
  for (const item of all) {
    const cost = measure(JSON.stringify(item));
    const comma = kept > 0 ? 1 : 0;
    if (bytes + cost.bytes + comma > SUMMARY_MAX_BYTES - 1 || stored + cost.stored + comma > SUMMARY_MAX_STORED_CHARS) break;
    bytes += cost.bytes + comma;
    stored += cost.stored + comma;
    kept += 1;
  }
  const { report: file, ...head } = base;
  const summary: RunSummary = { ...head, failing: all.slice(0, kept), truncated: all.length - kept, report: file };
  return JSON.stringify(summary);
}
