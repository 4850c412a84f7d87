import { firewallRowsText } from '../count-words.js';
import { type FirewallRow, OBSERVED_LABEL, firewallRows, rowNeedsAction } from '../firewall-rows.js';
import { scpServerMismatch } from '../run-source.js';
import type { Report } from '../../model/report.js';
import type { DisplayStatus } from '../labels.js';
import { hasDirect } from '../direct-finding.js';
import { badge, codeLines } from './badge.js';
import { directCell, directIntro, directPlacement } from './direct.js';
import { type Html, breakable, each, html } from './escape.js';
import { colgroup, headRow } from './table-head.js';
import { judgeReport } from '../../model/verdict.js';
import { networkNotChecked } from './network-not-checked.js';

const OBSERVED_STATUS = { open: 'pass', warning: 'warn', blocked: 'fail', untested: 'skip' } as const;

function state(row: FirewallRow): Html {
  const waived = row.waiver !== null && !row.waiver.expired;
  const status: DisplayStatus = waived ? 'waived' : OBSERVED_STATUS[row.observed];
  return html`${badge(status)}<div class="small">${OBSERVED_LABEL[row.observed]}</div>${codeLines(row.codes)}`;
}

function action(row: FirewallRow): Html {
  const w = row.waiver;
  const waiver =
    w === null
      ? ''
      : w.expired
        ? html`<div class="waiver expired"><b>Waiver expired</b> ${w.expires} (${w.ticket}) — this counts as a failure again.</div>`
        : html`<div class="waiver"><b>Waived</b> until ${w.expires} · ${w.ticket}: ${w.reason}</div>`;
  return html`${breakable(row.action)}${waiver}${directPlacement(row)}`;
}

/** `http://proxy.contoso.com:8080` → Proxy / proxy.contoso.com:8080 (http): the host is what a reviewer looks for. */
function proxyCell(proxy: string): Html {
  let where = proxy;
  let scheme = '';
  try {
    const url = new URL(proxy);
    scheme = url.protocol.replace(':', '');
    const defaultPort = { http: '80', https: '443' }[scheme] ?? '1080';
    where = `${url.hostname}:${url.port || defaultPort}`;
  } catch {
    // Not a URL: show it as recorded.
  }
  return html`Proxy<div class="mono small">${breakable(where)}</div>${scheme ? html`<div class="small muted">${scheme}</div>` : ''}`;
}

function rowClass(row: FirewallRow): string {
  if (row.waiver !== null && !row.waiver.expired) return 'row-waived';
  return { open: '', warning: 'row-warn', blocked: 'row-fail', untested: 'row-skip' }[row.observed];
}

const HEAD = html`${colgroup(['21%', '8%', '12%', '14%', '15%', null])}
${headRow(['Destination', 'Port', 'Purpose', 'Rule belongs on', 'Observed', 'Action needed'])}`;

/** With --compare-direct: "Observed" is what the SCP's own route saw, and Direct sits next to it. */
const DIRECT_HEAD = html`${colgroup(['17%', '7%', '11%', '13%', '13%', '13%', null])}
${headRow(['Destination', 'Port', 'Purpose', 'Rule belongs on', 'Observed (SCP route)', 'Direct (no proxy)', 'Action needed'])}`;

/** Who needs the rule: the run's host and the addresses its probes left from on this path. */
function sourceLine(row: FirewallRow): Html {
  const addresses = row.source.addresses.length > 0 ? html` · <span class="mono">${row.source.addresses.join(', ')}</span>` : '';
  return html`<div class="small muted">from ${breakable(row.source.host)}${addresses}</div>`;
}

/** The hosts probed for a row, unless the only one is the documented name itself. */
function probedLine(r: FirewallRow): Html | '' {
  if (r.probedHosts.length === 0 || (r.probedHosts.length === 1 && r.probedHosts[0] === r.pattern)) return '';
  return html`<div class="probed">probed: ${r.probedHosts.map((h, i) => html`${i > 0 ? ', ' : ''}${breakable(h)}`)}</div>`;
}

function table(rows: readonly FirewallRow[], direct: boolean, caption: string): Html {
  return html`<table class="fw stack stack-print">
<caption>${caption}</caption>
${direct ? DIRECT_HEAD : HEAD}
<tbody>
${each(
  rows,
  (r) => html`<tr class="${rowClass(r)}">
<th scope="row" data-label="Destination"><div class="dest">${breakable(r.destination)}</div>${probedLine(r)}</th>
<td class="nowrap" data-label="Port">${r.protocol} ${r.port}<div class="small muted">${r.service}</div></td>
<td data-label="Purpose">${r.purpose}</td>
<td data-label="Rule belongs on">${r.proxy === null ? r.location : proxyCell(r.proxy)}${sourceLine(r)}</td>
<td data-label="${direct ? 'Observed (SCP route)' : 'Observed'}">${state(r)}</td>
${
  direct
    ? html`<td data-label="Direct (no proxy)">${directCell(r)}</td>
`
    : ''
}<td class="wide" data-label="Action needed">${action(r)}</td>
</tr>
`,
)}</tbody>
</table>`;
}

/**
 * The firewall change request: one row per documented entry × port, the table a change ticket is made from. Rows
 * needing action come first; the already open ones are folded below them.
 */
export function firewallSection(report: Report, id: string, title: string): Html {
  if (!judgeReport(report).networkChecked)
    return networkNotChecked(id, title, 'no firewall change can be derived from it, and none is shown as not needed');
  const rows = firewallRows(report);
  const needed = rows.filter(rowNeedsAction);
  const open = rows.filter((r) => !rowNeedsAction(r));
  // --compare-direct adds a Direct column; without it the table is exactly as before.
  const direct = hasDirect(report);
  const mismatch = scpServerMismatch(report);
  const neededWhat = `${firewallRowsText(needed.length)} (entry × port) needing action`;
  const neededCaption = `Firewall change request — ${neededWhat}, edition ${report.settings.edition}`;
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">Every destination the documentation lists for the selected groups, as documented (FQDN, wildcard or URL), with
where the allow rule belongs — on the egress path of the SCP host, or on the proxy when the SCP reaches the internet through
one — who needs it (the host the probes ran on and the addresses they left from) and what the probes observed.
${needed.length} of ${firewallRowsText(rows.length)} need action.</p>
${
  mismatch === null
    ? ''
    : html`<p class="simulation">⚠ ${mismatch}</p>
`
}${direct ? directIntro(rows) : ''}${needed.length > 0 ? table(needed, direct, neededCaption) : html`<p>No destination needs a change.</p>`}
${
  open.length > 0
    ? html`<details class="fw-open"><summary>${firewallRowsText(open.length)} already open — no change needed</summary>
${table(open, direct, `Already open — ${firewallRowsText(open.length)} (entry × port)`)}
</details>`
    : ''
}
</section>`;
}
