import { CODES } from '../model/codes.js';
import { must } from '../model/must.js';
import { judgeReport } from '../model/verdict.js';
import type { Status } from '../model/status.js';
import { directComparisonLine } from './direct-line.js';
import { chainRoots, rootWords } from './chain-roots.js';
import { verdictReason } from './labels.js';
import { routeTaken, runRouteText } from './route-taken.js';
import { hostLine, scpServerMismatch } from './run-source.js';
import type { AppliedWaiver } from '../model/waivers.js';
import { consoleWidth, contentWidth, endpointColumns, fitColumns, ruleColumns } from './console-layout.js';
import { rootCauseLines, waiverWarningLines } from './console-notes.js';
import { wrapText } from './console-wrap.js';
import { renderTextTable } from './text-table.js';
import { countsLine } from './count-words.js';
import { terminalSafe, terminalSafeReport } from './terminal-safe.js';
import { explainedBy, reportRootCauses } from './root-cause.js';
import type { EndpointResult, Report, RuleFinding } from '../model/report.js';
import { cellText, profileMatrix, profileSummary } from './profile-matrix.js';

export interface ConsoleOptions {
  /** Colour only on a TTY without NO_COLOR or --no-color; the words always carry the meaning. */
  readonly color: boolean;
  /** Terminal width in columns (default 120, at least 80: console-layout.ts); every line fits it exactly. */
  readonly width?: number;
}

const ORDER: Record<Status, number> = { fail: 0, warn: 1, skip: 2, pass: 3 };
const COLORS: Record<Status, [number, number]> = { fail: [31, 39], warn: [33, 39], skip: [90, 39], pass: [32, 39] };

/**
 * The console view: root causes first, then a table per group (failures first) with code, reason and fix, rule
 * findings with theirs, waiver warnings, and the verdict last. Every line fits `width`; nothing is truncated.
 */
export function renderConsole(input: Report, options: ConsoleOptions): string {
  const report = terminalSafeReport(input);
  const paint = (status: Status, text: string): string => {
    const [on, off] = COLORS[status];
    return options.color ? `\u001b[${on}m${text}\u001b[${off}m` : text;
  };
  const bold = (text: string): string => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const label = (status: Status): string => paint(status, status.toUpperCase());
  // In a Status column too narrow for `FAIL (waived)` the mark goes under the word: cli-table3, which drew our
  // tables before, cut it to `FAIL …`, so the console hid which failures were waived.
  const statusCell = (status: Status, waived: boolean, width: number): string => {
    if (!waived) return label(status);
    const word = status.toUpperCase();
    const fits = `${word} (waived)`.length <= contentWidth(width);
    return (fits ? [`${word} (waived)`] : [word, 'waived']).map((line) => paint(status, line)).join('\n');
  };
  const lines: string[] = [];
  const s = report.settings;
  const width = consoleWidth(options.width);
  const wrap = (text: string): string[] => wrapText(text, width, '  ');
  lines.push(
    ...wrap(
      `${report.tool.name} ${report.tool.version} on ` +
        `${hostLine(report.host)}${s.simulation ? '  [SIMULATION: demo network on loopback, not the internet]' : ''}`,
    ),
  );
  lines.push(
    ...wrap(
      `Catalog: edition ${s.edition}, "${s.catalog.provenance.title}" (${s.catalog.provenance.date}) ` +
        `${s.catalog.provenance.url}${s.catalog.file ? ` from ${s.catalog.file}` : ''}`,
    ),
  );
  const profile = profileSummary(report);
  if (profile !== null) lines.push(...wrap(`TLS client: ${profile}`));
  lines.push(...wrap(`Route: ${runRouteText(report)}`));
  const counts = countsLine(report);
  if (counts !== '') lines.push(...wrap(counts));
  const mismatch = scpServerMismatch(report);
  if (mismatch !== null) lines.push(...wrap(`Warning: ${mismatch}`));
  if (s.labAddresses)
    lines.push(...wrap(`Lab addresses: ${s.labAddresses.join(', ')} (test labs only: DNS answers there were probed as real endpoints)`));
  const causes = reportRootCauses(report);
  lines.push(...rootCauseLines(report, causes, width, bold));
  // Rows a root cause explains are listed under it, not repeated as identical blocks.
  const shown = report.endpoints.filter((e) => explainedBy(causes, e) === undefined);
  const layout = endpointColumns(width);
  const columnWidth = (column: number): number => contentWidth(must(layout.widths[column], `endpoint table column ${column}`));
  const cell = (column: number, text: string): string => wrapText(text, columnWidth(column)).join('\n');
  const reasonColumn = layout.widths.length - 1;
  const groups = [...new Set(shown.map((e) => e.groupTitle))];
  for (const group of groups) {
    const rows = shown.filter((e) => e.groupTitle === group).sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    const head = layout.codeColumn
      ? ['Status', 'Entry (→ host probed)', 'Port', 'Code', 'Reason']
      : ['Status', 'Entry (→ host probed)', 'Port', 'Code: reason'];
    const body = rows.map((e) => {
      // The probed host under its entry, the arrow on its first line and the continuation lines aligned under the host.
      const probed = wrapText(e.host, columnWidth(1) - 2)
        .map((l, i) => `${i === 0 ? '→' : ' '} ${l}`)
        .join('\n');
      const entry = e.host === e.pattern ? cell(1, e.entry) : `${cell(1, e.entry)}\n${probed}`;
      const reason = layout.codeColumn ? reasonOf(e) : [e.code ?? '', reasonOf(e)].filter((x) => x).join('\n');
      const codeCell = layout.codeColumn ? [cell(3, e.code ?? '')] : [];
      return [
        statusCell(e.status, isWaived(e), must(layout.widths[0], 'endpoint table: the Status column')),
        entry,
        String(e.port),
        ...codeCell,
        cell(reasonColumn, reason),
      ];
    });
    // No line between rows: a long run stays readable and greppable.
    const table = renderTextTable(
      head.map((h, i) => cell(i, h)),
      body,
      { widths: layout.widths, color: options.color },
    );
    lines.push('', ...wrap(group), table);
  }
  for (const c of (report.revocation ?? []).filter((x) => x.code === 'REVOCATION_UNREACHABLE')) {
    lines.push('', ...wrap(`${label(c.status)} REVOCATION_UNREACHABLE ${c.message}`));
  }
  const roots = chainRoots(report);
  if (roots.length > 0)
    lines.push(
      '',
      ...wrap(`Roots the chains end in: ${roots.map((r) => `${rootWords(r)} [${r.endpoints.length} endpoint(s)]`).join('; ')}`),
    );
  for (const f of report.runFindings ?? []) lines.push('', ...wrap(`${label(f.status)} ${f.code} ${f.message} Fix: ${f.remediation}`));
  const matrix = profileMatrix(report);
  if (matrix.rows.length > 0) {
    const widths = fitColumns(width, [{ weight: 3 }, ...matrix.columns.map(() => ({ weight: 1 }))]);
    const fit = (column: number, text: string): string =>
      wrapText(text, contentWidth(must(widths[column], `profile matrix column ${column}`))).join('\n');
    const body = matrix.rows.map((row) => [
      fit(0, `${row.host}:${row.port}`),
      ...matrix.columns.map((id, i) => {
        const found = row.cells.find((c) => c.profile === id);
        return found ? paint(found.status === 'warn' ? 'pass' : found.status, fit(i + 1, cellText(found))) : '';
      }),
    ]);
    const table = renderTextTable(
      ['Endpoint', ...matrix.columns].map((h, i) => fit(i, h)),
      body,
      { widths, color: options.color },
    );
    lines.push('', ...wrap('Which Windows versions can reach it (one TLS handshake per client profile)'), table);
  }
  const [firstRule] = report.rules;
  const allSkipped = firstRule !== undefined && report.rules.every((r) => r.status === 'skip' && r.message === firstRule.message);
  if (allSkipped) {
    // Typically "no site plan": one line says it instead of a table of identical rows.
    lines.push(
      '',
      ...wrap(
        (
          `Prerequisite rules: ${report.rules.length} not checked (${report.rules.map((r) => r.id).join(', ')}). ` +
          `${firstRule.message} ${firstRule.remediation[0] ?? ''}`
        ).trim(),
      ),
    );
  } else if (report.rules.length > 0) {
    const widths = ruleColumns(width);
    const ruleWidth = contentWidth(must(widths[1], 'rule table: the Rule column'));
    const findingWidth = contentWidth(must(widths[2], 'rule table: the Finding column'));
    const body = [...report.rules]
      .sort((a, b) => ORDER[a.status] - ORDER[b.status])
      .map((r) => [
        statusCell(r.status, isWaived(r), must(widths[0], 'rule table: the Status column')),
        wrapText(`${r.id}\n${r.title}`, ruleWidth).join('\n'),
        wrapText(findingOf(r), findingWidth).join('\n'),
      ]);
    lines.push('', 'Prerequisite rules', renderTextTable(['Status', 'Rule', 'Finding'], body, { widths, color: options.color }));
  }
  lines.push(...waiverWarningLines(report, width));
  const j = judgeReport(report);
  // The scope of the verdict (rules only, a stopped run, an offline SCP) is said before the verdict line, which
  // stays last so that --quiet prints it alone.
  if (!j.networkChecked || j.stopped > 0 || j.networkInformational) lines.push('', ...wrap(verdictReason(report)));
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
  const headline = terminalSafe(j.headline);
  const verdict = options.color ? `\u001b[${on}m${headline}\u001b[${off}m` : headline;
  return (
    `${verdict}: ${c.pass} pass, ${c.warn} warn, ${c.fail} fail, ${c.skip} ` +
    `skip${c.waived ? `, ${c.waived} waived` : ''}${report.settings.strict ? ' (--strict: warnings fail)' : ''}`
  );
}

/** A rule's finding with what to do about it, as endpoint rows carry their fix. */
function findingOf(r: RuleFinding): string {
  const parts = [r.message];
  if (r.status !== 'pass' && r.status !== 'skip') parts.push(...r.remediation.map((step) => `Fix: ${step}`));
  if (r.waiver) parts.push(waiverText(r.waiver));
  return parts.join('\n');
}

/** A waiver in one line: its ticket and expiry, and whether it still holds. */
function waiverText(w: AppliedWaiver): string {
  return w.expired
    ? `Waiver EXPIRED ${w.expires} (${w.ticket}): counts as a failure again. ${w.reason}`
    : `Waived until ${w.expires} (${w.ticket}): ${w.reason}`;
}

/** Whether an endpoint result or a rule is waived by a waiver still in force. */
function isWaived(result: { readonly waiver?: AppliedWaiver }): boolean {
  return result.waiver !== undefined && !result.waiver.expired;
}

/** The reason plus, for a non-pass, the fix, so the console alone is enough to act on. */
function reasonOf(e: EndpointResult): string {
  const parts = [e.message];
  if (e.code && e.status !== 'pass') parts.push(`Fix: ${e.remediation ?? CODES[e.code].fix}`);
  if (e.route.kind !== 'direct') parts.push(`Route: ${routeTaken(e.route)}`);
  const direct = directComparisonLine(e);
  if (direct) parts.push(direct);
  if (e.notes.length && e.status !== 'pass') parts.push(...e.notes);
  if (e.waiver) parts.push(waiverText(e.waiver));
  return parts.join('\n');
}
