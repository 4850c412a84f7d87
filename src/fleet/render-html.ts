import { CODES } from '../model/codes.js';
import type { ObservedState } from '../report/firewall-rows.js';
import { OBSERVED_LABEL } from '../report/firewall-rows.js';
import { badge, codeChip, codeLines } from '../report/html/badge.js';
import { type Html, breakable, html, trusted } from '../report/html/escape.js';
import { page } from '../report/html/page.js';
import { colgroup, headRow } from '../report/html/table-head.js';
import { formatTime, type DisplayStatus } from '../report/labels.js';
import { nameList } from './differences.js';
import type { FleetCell, FleetDifference, FleetFirewallRow, FleetReport } from './types.js';

const STATUS: Record<ObservedState, DisplayStatus> = { open: 'pass', warning: 'warn', blocked: 'fail', untested: 'skip' };
const SYMBOL: Record<DisplayStatus, string> = { pass: '✔', warn: '▲', fail: '✖', skip: '○', waived: '◆' };

/** Our own styles for the matrix; the rest is the single-run report's stylesheet. */
const FLEET_STYLES = `
.scroll { overflow-x: auto; max-width: 100%; }
table.matrix { width: auto; font-size: 12px; }
table.matrix th, table.matrix td { padding: 3px 5px; }
table.matrix thead th { text-transform: none; letter-spacing: 0; text-align: center; }
td.m { text-align: center; white-space: nowrap; min-width: 2.4em; }
td.m .c { font-family: var(--mono); font-size: 9.5px; color: var(--muted); }
td.m-pass { color: var(--pass); } td.m-warn { color: var(--warn); background: var(--warn-bg); }
td.m-fail { color: var(--fail); background: var(--fail-bg); font-weight: 700; } td.m-skip { color: var(--skip); }
td.m-waived { color: var(--waived); background: var(--waived-bg); } td.m-none { color: var(--muted); }
ul.diffs li { margin: 4px 0; }
details.fw-open summary { cursor: pointer; margin: 8px 0; font-weight: 600; }
`;

function cellStatus(cell: { observed: ObservedState; waived: boolean }): DisplayStatus {
  return cell.waived ? 'waived' : STATUS[cell.observed];
}

function matrixCell(cell: FleetCell | null): Html {
  if (cell === null) return html`<td class="m m-none" title="not in this run's endpoint list">—</td>`;
  const status = cellStatus(cell);
  const code = cell.code ? `: ${cell.code} — ${CODES[cell.code].meaning}` : '';
  const title = `${OBSERVED_LABEL[cell.observed]}${cell.waived ? ' (waived)' : ''}${code} · ${cell.location}`;
  const chip = cell.code ? html`<div class="c">${cell.code}</div>` : '';
  return html`<td class="m m-${status}" title="${title}">${SYMBOL[status]}${chip}</td>`;
}

function sourcesCell(row: FleetFirewallRow): Html {
  const list = row.sources.map((s) => {
    const addresses = s.addresses.length > 0 ? html` <span class="mono small">${s.addresses.join(', ')}</span>` : '';
    return html`<div class="wrap"><b>${breakable(s.host)}</b>${addresses}</div>`;
  });
  const waived = row.waivedHosts.length > 0 ? html`<div class="small muted">waived on ${nameList(row.waivedHosts, 10)}</div>` : '';
  const open = row.openHosts.length > 0 ? html`<div class="small muted">already open on ${nameList(row.openHosts, 10)}</div>` : '';
  return html`${list}${waived}${open}`;
}

const FW_HEAD = html`${colgroup(['20%', '7%', '14%', '22%', '12%', null])}
${headRow(['Destination', 'Port', 'Rule belongs on', 'Needed by (source hosts, addresses)', 'Observed', 'Action needed'])}`;

const ROW_CLASS: Record<ObservedState, string> = { open: '', warning: 'row-warn', blocked: 'row-fail', untested: 'row-skip' };

const ENDPOINTS_HEAD = html`${colgroup(['5%', '45%', '10%', null])}
${headRow(['#', 'Destination', 'Port', 'Blocked / warning / not tested / open (hosts)'])}`;

const SOURCES_HEAD = html`${colgroup(['22%', '13%', '8%', '17%', '12%', null])}
${headRow(['Host', 'Started', 'Edition', 'Route', 'Verdict', 'File'])}`;

const DEMO_ORIGIN = trusted('came from <code>scp-preflight demo</code> on a simulated network;');
const FOOTER_TAIL = trusted("from the saved JSON reports listed above; each host's own report is the record.");

function firewallTable(rows: readonly FleetFirewallRow[], caption: string): Html {
  return html`<table class="fw fixed">
<caption>${caption}</caption>
${FW_HEAD}
<tbody>
${rows.map(
  (r) => html`<tr class="${ROW_CLASS[r.observed]}">
<th scope="row"><div class="dest wrap">${breakable(r.destination)}</div><div class="small muted">${r.purpose}</div></th>
<td class="nowrap">${r.protocol} ${r.port}<div class="small muted">${r.service}</div></td>
<td class="wrap">${r.location}</td>
<td>${sourcesCell(r)}</td>
<td>${badge(STATUS[r.observed])}${codeLines(r.codes)}</td>
<td class="wrap">${breakable(r.action)}</td>
</tr>
`,
)}</tbody>
</table>`;
}

const NO_CHANGE = html`<p>No destination needs a change on any host.</p>`;
const openSummary = (n: number): string => `${n} ${n === 1 ? 'row' : 'rows'} already open on every host — no change needed`;

function firewallSection(f: FleetReport): Html {
  const needed = f.firewall.filter((r) => r.needsAction);
  const open = f.firewall.filter((r) => !r.needsAction);
  const warnings = f.sources.filter((s) => s.supersededBy === null && s.scpWarning !== null);
  return html`<section id="firewall" aria-labelledby="firewall-h">
<h2 id="firewall-h">1. Firewall change request</h2>
<p class="lead">One row per destination × port × place the rule belongs (the egress path of the hosts, or the proxy they
use), de-duplicated over every host: the hosts listed need the rule and do not have it, with the local addresses their probes
left from. ${needed.length} of ${f.firewall.length} rows need action.</p>
${warnings.map(
  (s) => html`<p class="simulation">⚠ ${s.host}: ${s.scpWarning ?? ''}</p>
`,
)}${needed.length > 0 ? firewallTable(needed, `${needed.length} rows needing action`) : NO_CHANGE}
${
  open.length > 0
    ? html`<details class="fw-open"><summary>${openSummary(open.length)}</summary>
${firewallTable(open, 'Already open')}
</details>`
    : ''
}
</section>`;
}

/** Where a difference fails: the state, the hosts, the code and the reason, per group of hosts. */
function failsOn(d: FleetDifference): Html[] {
  return d.fails.map((x, i) => {
    const code = x.code ? html` ${codeChip(x.code)}` : '';
    return html`${i > 0 ? '; ' : ''}${OBSERVED_LABEL[x.observed].toLowerCase()} on <b>${nameList(x.hosts)}</b>${code} → ${x.reason}`;
  });
}

function differencesSection(f: FleetReport): Html {
  return html`<section id="differences" aria-labelledby="differences-h">
<h2 id="differences-h">2. What differs between hosts</h2>
<p class="lead">Endpoints that work on some hosts and not on others: the difference points at the firewall, DNS or proxy
rule the failing hosts lack.</p>
${
  f.differences.length === 0
    ? html`<p>No endpoint works on one host and fails on another.</p>`
    : html`<ul class="diffs">
${f.differences.map(
  (d) => html`<li><span class="dest">${breakable(d.destination)}</span> TCP ${d.port}: works on ${nameList(d.works)}; ${failsOn(d)}.</li>
`,
)}</ul>`
}
</section>`;
}

const tally = (e: FleetReport['endpoints'][number]): string => `${e.blocked} / ${e.warning} / ${e.untested} / ${e.open}`;

/** The matrix head: host, verdict, then one numbered column per endpoint with the endpoint as tooltip. */
function matrixHead(f: FleetReport): Html {
  const columns = f.endpoints.map((e, i) => html`<th scope="col" title="${e.destination} TCP ${e.port}">${i + 1}</th>`);
  return html`<thead><tr><th scope="col">Host</th><th scope="col">Verdict</th>${columns}</tr></thead>`;
}

function matrixSection(f: FleetReport): Html {
  return html`<section id="matrix" aria-labelledby="matrix-h">
<h2 id="matrix-h">3. Hosts × endpoints</h2>
<p class="lead">Hosts and endpoints sorted by how much fails. ✖ blocked, ▲ open with a warning, ○ not tested, ◆ waived,
✔ open, — not in that run's endpoint list; the code is under the symbol, its meaning in the cell's tooltip.</p>
<table class="fixed">
<caption>Endpoints (columns of the matrix)</caption>
${ENDPOINTS_HEAD}
<tbody>
${f.endpoints.map(
  (e, i) => html`<tr><td>${i + 1}</td><td class="dest wrap">${breakable(e.destination)}</td><td>TCP ${e.port}</td><td>${tally(e)}</td></tr>
`,
)}</tbody>
</table>
<div class="scroll"><table class="matrix">
<caption>${f.hosts.length} hosts × ${f.endpoints.length} endpoints</caption>
${matrixHead(f)}
<tbody>
${f.hosts.map(
  (h) => html`<tr><th scope="row" class="wrap">${breakable(h.name)}</th><td class="nowrap">${h.headline}</td>${h.cells.map(matrixCell)}</tr>
`,
)}</tbody>
</table></div>
</section>`;
}

const SIMULATION_MARK = html`<div class="small"><b>SIMULATION</b> (scp-preflight demo)</div>`;
const superseded = (by: string | null): Html | '' => (by ? html`<div class="muted">superseded by the run of ${by}</div>` : '');

function sourcesSection(f: FleetReport): Html {
  return html`<section id="sources" aria-labelledby="sources-h">
<h2 id="sources-h">4. Source reports</h2>
<table class="fixed">
${SOURCES_HEAD}
<tbody>
${f.sources.map(
  (s) => html`<tr class="${s.supersededBy ? 'row-skip' : ''}">
<th scope="row" class="wrap">${breakable(s.hostLine)}${s.simulation ? SIMULATION_MARK : ''}</th>
<td>${formatTime(s.startedAt)}</td><td>${s.edition}</td><td class="wrap small">${s.route}</td>
<td>${s.headline}${s.network === 'checked' ? '' : html`<div class="small muted">network ${s.network}</div>`}</td>
<td class="wrap small mono">${breakable(s.file)}${superseded(s.supersededBy)}</td>
</tr>
`,
)}</tbody>
</table>
</section>`;
}

/** The fleet report as one self-contained HTML page (same shell and CSP as a run's report); every string escaped. */
export function renderFleetHtml(f: FleetReport): string {
  const notReady = f.hosts.filter((h) => h.verdict === 'not-ready').length;
  const all = f.simulation === 'all';
  const which = all ? 'every run here' : 'some runs here (marked SIMULATION below)';
  const say = all ? 'it says' : 'they say';
  const banner =
    f.simulation === 'none'
      ? ''
      : html`<p class="simulation">⚠ SIMULATION — ${which} ${DEMO_ORIGIN} ${say} nothing about a real network.</p>`;
  const sub = `${f.hosts.length} hosts from ${f.sources.length} reports · merged ${formatTime(f.createdAt)}`;
  const supersededRuns = f.sources.filter((s) => s.supersededBy !== null).length;
  const body = html`<header>
<div class="titlebar"><h1>Service connection point readiness: fleet</h1><div class="sub">${sub}</div></div>
${banner}
<div class="tiles" role="list" aria-label="Hosts">
<div class="tile tile-fail"><div class="n">${notReady}</div><div class="l">Not ready</div></div>
<div class="tile tile-pass"><div class="n">${f.hosts.length - notReady}</div><div class="l">Ready</div></div>
<div class="tile tile-warn"><div class="n">${f.firewall.filter((r) => r.needsAction).length}</div><div class="l">Firewall rows</div></div>
<div class="tile tile-skip"><div class="n">${f.differences.length}</div><div class="l">Differences</div></div>
<div class="tile tile-waived"><div class="n">${supersededRuns}</div><div class="l">Superseded runs</div></div>
</div>
</header>
${firewallSection(f)}
${differencesSection(f)}
${matrixSection(f)}
${sourcesSection(f)}
<footer>Generated by ${f.tool.name} ${f.tool.version} (scp-preflight merge) ${FOOTER_TAIL}</footer>`;
  return page(`SCP readiness: fleet of ${f.hosts.length} hosts — ${f.createdAt.slice(0, 10)}`, body, FLEET_STYLES);
}
