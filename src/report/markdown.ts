import { reportRootCauses } from './root-cause.js';
import { CODES, isFailureCode } from '../model/codes.js';
import { judgeReport } from '../model/verdict.js';
import type { AppliedWaiver } from '../model/waivers.js';
import { DIRECT_KIND_LABEL, DIRECT_KIND_NOTE, directFinding, hasDirect } from './direct-finding.js';
import { type FirewallRow, firewallRows, OBSERVED_LABEL, rowNeedsAction } from './firewall-rows.js';
import { STATUS_LABEL, displayStatus, formatTime, runDuration, verdictHeadline, verdictReason, STATUS_ORDER } from './labels.js';
import { routeTaken, runRouteText } from './route-taken.js';
import { countsLine } from './count-words.js';
import { SIMULATION_MD_MARK } from './simulation-marks.js';
import { chainRoots, rootWords } from './chain-roots.js';
import { hostLine, scpServerMismatch } from './run-source.js';
import type { EndpointResult, Report, RuleFinding } from '../model/report.js';
import { cellText, profileMatrix, profileSummary } from './profile-matrix.js';

/**
 * Markdown text: backslash-escapes every character that can start inline markup mid-line (emphasis, links and
 * images via `[`, raw HTML and autolinks via `<`, code, table cells, strikethrough, entities) so a hostile string
 * renders as itself; line breaks become spaces so nothing can start a block. Text is never placed at a line start.
 */
export function mdText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** An inline code span for any text (the fence is longer than any backtick run inside); `|` escaped for tables. */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A fenced code block whose fence no line inside can close. */
export function mdFence(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.flatMap((l) => l.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${lines.map((l) => l.replace(/\r/g, '')).join('\n')}\n${fence}`;
}

const waiverLine = (w: AppliedWaiver): string =>
  w.expired
    ? `  - **Waiver expired** ${mdText(w.expires)} (${mdText(w.ticket)}): ${mdText(w.reason)} — counts as a failure again`
    : `  - **Waived** until ${mdText(w.expires)} (${mdText(w.ticket)}): ${mdText(w.reason)}`;

/** The `--compare-direct` outcome under a result: what direct did, and where that says the rule belongs. */
function directLine(e: EndpointResult): string {
  const finding = directFinding([e]);
  if (e.direct === undefined || finding === null) return '';
  if (finding.kind === 'same-route') return `  - Direct (without the proxy): ${mdText(DIRECT_KIND_NOTE[finding.kind])}`;
  const code = e.direct.code === null ? '' : ` ${mdCode(e.direct.code)}`;
  return (
    `  - Direct (without the proxy): **${STATUS_LABEL[e.direct.status]}**${code} — ${mdText(e.direct.message)} ` +
    mdText(DIRECT_KIND_NOTE[finding.kind])
  );
}

/** The firewall table's direct cell: state, code and the comparison in words. */
function directCell(r: FirewallRow): string {
  const d = r.direct;
  if (d === null) return 'not probed';
  return `${OBSERVED_LABEL[d.observed]}${d.code ? ` ${mdCode(d.code)}` : ''} — ${DIRECT_KIND_LABEL[d.kind]}`;
}

/** The rows' source in words: the host and, per path, the local addresses the probes left from. */
function sourceText(rows: readonly FirewallRow[]): string {
  const host = rows[0]?.source.host ?? '';
  const paths = [...new Map(rows.map((r) => [r.location, r.source.addresses])).entries()].map(
    ([location, addresses]) => `${mdText(location)}: ${addresses.length > 0 ? addresses.map(mdCode).join(', ') : 'no address recorded'}`,
  );
  return `${mdCode(host)} (${paths.join('; ')})`;
}

function endpointItem(e: EndpointResult): string {
  const code = e.code === null ? '' : ` ${mdCode(e.code)}`;
  const probed = e.host !== e.pattern ? ` via ${mdCode(e.host)}` : '';
  const fix = e.remediation ?? (e.code !== null && isFailureCode(e.code) ? CODES[e.code].fix : null);
  return [
    `- **${STATUS_LABEL[displayStatus(e)]}**${code} ${mdCode(e.entry)}${probed} TCP ${e.port} (${mdText(e.groupTitle)}) — ` +
      mdText(e.message),
    `  - Route: ${mdText(routeTaken(e.route))}`,
    fix ? `  - Fix: ${mdText(fix)}` : '',
    e.undocumentedHosts.length > 0 ? `  - Undocumented redirect targets: ${e.undocumentedHosts.map(mdCode).join(', ')}` : '',
    e.waiver ? waiverLine(e.waiver) : '',
    directLine(e),
  ]
    .filter((x) => x)
    .join('\n');
}

function ruleItem(r: RuleFinding): string {
  const evidence = r.evidence.map(
    (ev) => `  Evidence from ${ev.file === null ? 'the probes' : mdCode(ev.file)}:\n\n${mdFence(ev.lines).replace(/^/gm, '  ')}`,
  );
  return [
    `- **${STATUS_LABEL[displayStatus(r)]}** ${mdCode(r.id)} ${mdText(r.title)} — ${mdText(r.message)}`,
    ...evidence.map((ev) => `\n${ev}\n`),
    ...r.remediation.map((step) => `  - Fix: ${mdText(step)}`),
    r.waiver ? waiverLine(r.waiver) : '',
  ]
    .filter((x) => x)
    .join('\n');
}

/** Markdown for a ticket: verdict, counts, the firewall changes needed, and every non-pass item with its fix. */
export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const c = report.counts;
  const row = (label: string, x: typeof s): string => `| ${label} | ${x.fail} | ${x.warn} | ${x.waived ?? 0} | ${x.skip} | ${x.pass} |`;
  const st = report.settings;
  const { networkChecked } = judgeReport(report);
  const profile = profileSummary(report);
  const out: string[] = [
    `# SCP readiness: ${verdictHeadline(report).word}`,
    '',
    ...(st.simulation ? [`${SIMULATION_MD_MARK} — produced by \`scp-preflight demo\` on a simulated network.`, ''] : []),
    ...(networkChecked
      ? []
      : [
          '> **NETWORK NOT CHECKED** — `check --only rules`: no endpoint was probed; this report proves nothing about the firewall or ' +
            'the proxy.',
          '',
        ]),
    `**Verdict:** ${mdText(verdictReason(report))}`,
    '',
    // One failure behind many rows is said once, before the tables (root-cause.ts).
    ...reportRootCauses(report).flatMap((c) => [
      `> **Root cause** (${c.codes.map(mdCode).join(', ')}): ${mdText(c.message)}`,
      '>',
      `> **Fix:** ${mdText(c.fix)}`,
      '',
    ]),
    '| | Fail | Warn | Waived | Skip | Pass |',
    '|---|---:|---:|---:|---:|---:|',
    row('Endpoints', c.endpoints),
    row('Rules', c.rules),
    ...(c.run && (report.runFindings ?? []).length > 0 ? [row('Run findings', c.run)] : []),
    row('**Total**', s),
    '',
    `- **Checked from:** ${mdText(hostLine(report.host))} (${mdText(report.host.platform)})`,
    `- **When:** ${formatTime(report.startedAt)} (${runDuration(report)})`,
    `- **Endpoint list:** edition ${mdText(st.edition)} — ${mdText(st.catalog.provenance.title)} ` +
      `(${mdText(st.catalog.provenance.date)}) ${mdText(st.catalog.provenance.url)}`,
    ...(profile === null ? [] : [`- **TLS client:** ${mdText(profile)}`]),
    ...(networkChecked ? [`- **Counted:** ${mdText(countsLine(report).replace(/^Counted: /, ''))}`] : []),
    `- **Route:** ${mdText(runRouteText(report))}`,
    `- **Tool:** ${mdText(report.tool.name)} ${mdText(report.tool.version)}`,
    '',
  ];
  const runFindings = report.runFindings ?? [];
  if (runFindings.length > 0) {
    out.push('## Run findings', '');
    for (const f of runFindings) {
      out.push(
        `- **${STATUS_LABEL[f.status]}** ${mdCode(f.code)} — ${mdText(f.message)}`,
        `  - Fix: ${mdText(f.remediation)}`,
        ...f.evidence.slice(0, 8).map((line) => `  - ${mdText(line)}`),
      );
    }
    out.push('');
  }
  const rows = firewallRows(report);
  const changes = rows.filter(rowNeedsAction);
  // The direct column and the bypass list exist only for --compare-direct runs; other reports render as before.
  const direct = hasDirect(report);
  out.push('## Firewall changes needed', '');
  const mismatch = scpServerMismatch(report);
  if (mismatch !== null) out.push(`> **Warning:** ${mdText(mismatch)}`, '');
  // "None." would claim that nothing needs changing; without probes nothing is known.
  if (!networkChecked) out.push('Not known: the network was not checked (`check --only rules`).', '');
  else if (changes.length === 0) out.push('None.', '');
  else {
    out.push(`**Source:** ${sourceText(changes)}`, '');
    out.push(
      direct
        ? '| Destination | Port | Rule belongs on | Observed | Direct (without the proxy) | Action |'
        : '| Destination | Port | Rule belongs on | Observed | Action |',
      direct ? '|---|---|---|---|---|---|' : '|---|---|---|---|---|',
    );
    for (const r of changes) {
      const waived = r.waiver && !r.waiver.expired ? ` (waived until ${mdText(r.waiver.expires)}, ${mdText(r.waiver.ticket)})` : '';
      const directColumn = direct ? ` ${directCell(r)} |` : '';
      out.push(
        `| ${mdCode(r.destination)} | ${r.protocol} ${r.port} | ${mdText(r.location)} | ` +
          `${OBSERVED_LABEL[r.observed]}${r.code ? ` ${mdCode(r.code)}` : ''}${waived} |${directColumn} ${mdText(r.action)} |`,
      );
    }
    out.push('');
  }
  const open = rows.filter((r) => !rowNeedsAction(r));
  if (open.length > 0)
    out.push(`**Already open (no change needed):** ${open.map((r) => `${mdCode(r.destination)} TCP ${r.port}`).join(', ')}`, '');
  const bypasses = rows.filter((r) => r.direct?.kind === 'both' || r.direct?.kind === 'direct-only');
  if (bypasses.length > 0) {
    out.push(
      `**Reachable without the proxy:** ${bypasses.map((r) => `${mdCode(r.destination)} TCP ${r.port}`).join(', ')} — the SCP host ` +
        `has its own path besides the proxy, a bypass that may be unintended.`,
      '',
    );
  }
  const byStatus = <T extends { status: EndpointResult['status'] }>(xs: readonly T[]): T[] =>
    xs
      .filter((x) => x.status !== 'pass')
      .map((x, i) => ({ x, i }))
      .sort((a, b) => STATUS_ORDER[displayStatus(a.x)] - STATUS_ORDER[displayStatus(b.x)] || a.i - b.i)
      .map((y) => y.x);
  const endpoints = byStatus(report.endpoints);
  const noEndpoints = networkChecked ? 'None.' : 'None probed: the network was not checked.';
  out.push('## Endpoint results that did not pass', '', ...(endpoints.length === 0 ? [noEndpoints] : endpoints.map(endpointItem)), '');
  // A pass can carry a note a reviewer must see (an internet name resolving to a private address); reports without one render as before.
  const noted = report.endpoints.filter((e) => e.status === 'pass' && e.stages.some((stage) => stage.note !== undefined));
  if (noted.length > 0) out.push('## Passed with a note', '', ...noted.map(endpointItem), '');
  const unreachable = (report.revocation ?? []).filter((c) => c.code === 'REVOCATION_UNREACHABLE');
  if (unreachable.length > 0) {
    out.push(
      '## Revocation checks that did not pass',
      '',
      ...unreachable.map(
        (c) => `- **${STATUS_LABEL[c.status]}** ${mdCode('REVOCATION_UNREACHABLE')} ${mdCode(c.url)} — ${mdText(c.message)}`,
      ),
      '',
    );
  }
  const roots = chainRoots(report);
  if (roots.length > 0) {
    out.push(
      '## Roots the chains end in',
      '',
      ...roots.map(
        (r) =>
          `- ${mdText(rootWords(r))}${r.thumbprint ? `, Windows thumbprint ${mdCode(r.thumbprint)}` : ''} — ` +
          mdText(r.endpoints.join(', ')),
      ),
      '',
    );
  }
  const matrix = profileMatrix(report);
  if (matrix.rows.length > 0) {
    out.push(
      '## Which Windows versions can reach it',
      '',
      `| Endpoint | ${matrix.columns.map(mdText).join(' | ')} |`,
      `|---|${matrix.columns.map(() => '---').join('|')}|`,
    );
    for (const row of matrix.rows) {
      out.push(
        `| ${mdCode(`${row.host}:${row.port}`)} | ${matrix.columns
          .map((id) => {
            const cell = row.cells.find((c) => c.profile === id);
            return cell ? mdText(cellText(cell)) : '';
          })
          .join(' | ')} |`,
      );
    }
    out.push('');
  }
  const rules = byStatus(report.rules);
  out.push('## Prerequisite rules that did not pass', '', ...(rules.length === 0 ? ['None.'] : rules.map(ruleItem)), '');
  if (report.waivers) {
    out.push('## Waivers', '', `Judged on ${mdText(report.waivers.asOf)}.`, '');
    for (const w of report.waivers.items) {
      out.push(
        `- **${w.state.toUpperCase()}** ${mdText(w.matchedBy)} — ${mdText(w.ticket)}, expires ${mdText(w.expires)}: ${mdText(w.reason)}`,
      );
    }
    out.push('');
  }
  out.push(`_Full evidence: the JSON and HTML reports of this run (${mdText(report.startedAt)})._`, '');
  return out.join('\n');
}
