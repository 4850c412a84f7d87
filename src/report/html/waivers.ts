import type { WaiverRecord } from '../../model/waivers.js';
import type { Report } from '../../model/report.js';
import { type Html, html } from './escape.js';
import { colgroup, headRow } from './table-head.js';

const HEAD = html`${colgroup(['15%', '20%', '10%', '12%', null, '22%'])}
${headRow(['State', 'Waives', 'Ticket', 'Expires', 'Reason', 'Matched'])}`;

/** The state badge, and the waiver's line in the waivers file. */
function stateCell(item: WaiverRecord): Html {
  const line = item.source.line === null ? '' : html`<div class="small muted">line ${item.source.line}</div>`;
  return html`<span class="badge badge-${STATE[item.state].badge}">${STATE[item.state].label}</span>${line}`;
}

/** What the waiver matched, or a note that it can be removed. */
const matched = (item: WaiverRecord): Html =>
  item.matched.length === 0
    ? html`<span class="muted">nothing failing — remove this waiver</span>`
    : html`${item.matched.map((m) => html`<div>${m}</div>`)}`;

const STATE: Record<WaiverRecord['state'], { label: string; badge: string }> = {
  active: { label: '◆ ACTIVE', badge: 'waived' },
  expired: { label: '✖ EXPIRED', badge: 'fail' },
  unused: { label: '○ UNUSED', badge: 'skip' },
};

/** Every waiver of the waivers file and what it did: active, expired (counts again) or unused (can be removed). */
export function waiversSection(report: Report, id: string, title: string): Html | null {
  const w = report.waivers;
  if (w === undefined) return null;
  return html`<section id="${id}" class="page" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">From ${w.file === null ? 'the waivers given' : html`<code>${w.file}</code>`}, judged on ${w.asOf}. A waived item keeps its
observed status and code but does not fail the verdict until its waiver expires.</p>
${
  w.items.length === 0
    ? html`<p class="muted">The waivers file is empty.</p>`
    : html`<table class="fixed stack">
<caption>${w.items.length} waivers</caption>
${HEAD}
<tbody>
${w.items.map(
  (item) => html`<tr class="row-${STATE[item.state].badge}">
<td data-label="State">${stateCell(item)}</td>
<th scope="row" class="wrap" data-label="Waives">${item.matchedBy}</th>
<td class="mono wrap" data-label="Ticket">${item.ticket}</td>
<td class="nowrap" data-label="Expires">${item.expires}</td>
<td class="wrap wide" data-label="Reason">${item.reason}</td>
<td class="wrap small" data-label="Matched">${matched(item)}</td>
</tr>
`,
)}</tbody>
</table>`
}
</section>`;
}
