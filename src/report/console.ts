import Table from 'cli-table3';
import { CODES } from '../model/codes.js';
import { judgeReport } from '../model/verdict.js';
import type { Status } from '../model/status.js';
import { directComparisonLine } from '../proxy/compare-direct.js';
import { verdictReason } from './labels.js';
import { hostLine, scpServerMismatch } from './run-source.js';
import type { EndpointResult, Report } from './types.js';

export interface ConsoleOptions {
  /** Colour only on a TTY without NO_COLOR; the words always carry the meaning. */
  readonly color: boolean;
  /** Terminal width in columns (default 160); tables wrap to fit it. */
  readonly width?: number;
}

/** No line between rows: a long run stays readable and greppable. */
const COMPACT = { 'mid': '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

const ORDER: Record<Status, number> = { fail: 0, warn: 1, skip: 2, pass: 3 };
const COLORS: Record<Status, [number, number]> = { fail: [31, 39], warn: [33, 39], skip: [90, 39], pass: [32, 39] };

/** The console view: a table per group (failures first) with code and reason, rule findings, and the verdict. */
export function renderConsole(report: Report, options: ConsoleOptions): string {
  const paint = (status: Status, text: string): string => {
    const [on, off] = COLORS[status];
    return options.color ? `\u001b[${on}m${text}\u001b[${off}m` : text;
  };
  const label = (status: Status, waived: boolean): string => paint(status, waived ? `${status.toUpperCase()} (waived)` : status.toUpperCase());
  const lines: string[] = [];
  const s = report.settings;
  const width = Math.max(100, options.width ?? 160);
  const entryWidth = Math.min(44, Math.floor((width - 45) * 0.35));
  const reasonWidth = width - 45 - entryWidth;
  lines.push(`${report.tool.name} ${report.tool.version} on ${hostLine(report.host)}${s.simulation ? '  [SIMULATION: demo network on loopback, not the internet]' : ''}`);
  lines.push(`Catalog: edition ${s.edition}, "${s.catalog.provenance.title}" (${s.catalog.provenance.date}) ${s.catalog.provenance.url}${s.catalog.file ? ` from ${s.catalog.file}` : ''}`);
  lines.push(`Route: ${s.route.kind}${s.route.proxy ? ` via ${s.route.proxy}` : ''} (${s.route.reason})`);
  const mismatch = scpServerMismatch(report);
  if (mismatch !== null) lines.push(`Warning: ${mismatch}`);
  if (s.labAddresses) lines.push(`Lab addresses: ${s.labAddresses.join(', ')} (test labs only: DNS answers there were probed as real endpoints)`);
  const groups = [...new Set(report.endpoints.map((e) => e.groupTitle))];
  for (const group of groups) {
    const rows = report.endpoints.filter((e) => e.groupTitle === group).sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    const table = new Table({
      head: ['Status', 'Entry (→ host probed)', 'Port', 'Code', 'Reason'], chars: COMPACT,
      colWidths: [10, entryWidth, 6, 24, reasonWidth], wordWrap: true,
      style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    });
    for (const e of rows) {
      const entry = e.host === e.pattern ? e.entry : `${e.entry}\n→ ${e.host}`;
      table.push([label(e.status, isWaived(e)), entry, String(e.port), e.code ?? '', reasonOf(e)]);
    }
    lines.push('', `${group}`, table.toString());
  }
  const allSkipped = report.rules.length > 0 && report.rules.every((r) => r.status === 'skip' && r.message === report.rules[0]!.message);
  if (allSkipped) {
    // Typically "no site plan": one line says it instead of a table of identical rows.
    lines.push('', `Prerequisite rules: ${report.rules.length} not checked (${report.rules.map((r) => r.id).join(', ')}). ${report.rules[0]!.message} ${report.rules[0]!.remediation[0] ?? ''}`.trim());
  } else if (report.rules.length > 0) {
    const table = new Table({
      head: ['Status', 'Rule', 'Finding'], colWidths: [10, 26, Math.max(30, width - 40)], wordWrap: true, chars: COMPACT,
      style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    });
    for (const r of [...report.rules].sort((a, b) => ORDER[a.status] - ORDER[b.status])) {
      table.push([label(r.status, r.waiver !== undefined && !r.waiver.expired), `${r.id}\n${r.title}`, r.message]);
    }
    lines.push('', 'Prerequisite rules', table.toString());
  }
  const j = judgeReport(report);
  // The scope of the verdict (rules only, a stopped run, an offline SCP) is said before the verdict line, which
  // stays last so that --quiet prints it alone.
  if (!j.networkChecked || j.stopped > 0 || j.networkInformational) lines.push('', verdictReason(report));
  lines.push('', renderVerdictLine(report, options));
  return `${lines.join('\n')}\n`;
}

/**
 * The console view's last line, the verdict and the counts: all that `--quiet` prints, so the tables (seconds of
 * string-width work at thousands of endpoints, issue 10) are not built for it.
 */
export function renderVerdictLine(report: Report, options: Pick<ConsoleOptions, 'color'>): string {
  const c = report.summary;
  const j = judgeReport(report);
  const status: Status = j.verdict === 'ready' ? (j.tone === 'ready' ? 'pass' : 'warn') : 'fail';
  const [on, off] = COLORS[status];
  const verdict = options.color ? `\u001b[${on}m${j.headline}\u001b[${off}m` : j.headline;
  return `${verdict}: ${c.pass} pass, ${c.warn} warn, ${c.fail} fail, ${c.skip} skip${c.waived ? `, ${c.waived} waived` : ''}${report.settings.strict ? ' (--strict: warnings fail)' : ''}`;
}

function isWaived(e: EndpointResult): boolean {
  return e.waiver !== undefined && !e.waiver.expired;
}

/** The reason plus, for a non-pass, the fix, so the console alone is enough to act on. */
function reasonOf(e: EndpointResult): string {
  const parts = [e.message];
  if (e.code && e.status !== 'pass') parts.push(`Fix: ${e.remediation ?? CODES[e.code].fix}`);
  if (e.route.kind !== 'direct') parts.push(`Route: ${e.route.kind} ${e.route.proxy ?? ''} (${e.route.reason})`);
  const direct = directComparisonLine(e);
  if (direct) parts.push(direct);
  if (e.notes.length && e.status !== 'pass') parts.push(...e.notes);
  return parts.join('\n');
}
