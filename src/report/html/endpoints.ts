import { endpointResultsText, probesText, runCounts } from '../count-words.js';
import { CODES, isFailureCode } from '../../model/codes.js';
import { type DisplayStatus, STATUS_ORDER, displayStatus } from '../labels.js';
import { routeTaken } from '../route-taken.js';
import type { EndpointResult, Report } from '../../model/report.js';
import { hasDirect } from '../direct-finding.js';
import { badge, codeChip } from './badge.js';
import { directCompare } from './direct.js';
import { type Html, breakable, each, html } from './escape.js';
import { colgroup, headRow } from './table-head.js';
import { networkNotChecked } from './network-not-checked.js';
import { judgeReport } from '../../model/verdict.js';
import { waiverNote } from './waiver-note.js';
import { waterfall, waterfallKey, waterfallScale } from './waterfall.js';

/** Results in "failures first" order, stable within a status (catalog order). */
export function failuresFirst<T extends { status: EndpointResult['status'] }>(
  items: readonly T[],
  status: (item: T) => DisplayStatus,
): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => STATUS_ORDER[status(a.item)] - STATUS_ORDER[status(b.item)] || a.i - b.i)
    .map((x) => x.item);
}

/** The redirect targets the documentation does not list, which need a rule of their own. */
function undocumented(hosts: readonly string[]): Html | '' {
  if (hosts.length === 0) return '';
  const one = hosts.length === 1;
  const targets = html`<b>Undocumented redirect target${one ? '' : 's'}:</b> <span class="mono wrap">${hosts.join(', ')}</span>`;
  return html`<p class="small">${targets} — allow ${one ? 'it' : 'them'} too, or the download will fail after the redirect.</p>`;
}

function finding(e: EndpointResult): Html {
  const meaning = e.code !== null && isFailureCode(e.code) ? CODES[e.code].meaning : null;
  const fix = e.status === 'pass' ? null : (e.remediation ?? (e.code !== null && isFailureCode(e.code) ? CODES[e.code].fix : null));
  return html`<div class="finding">
${e.code !== null ? html`<p>${codeChip(e.code)} ${meaning ? html`<span class="meaning">${meaning}</span>` : ''}</p>` : ''}
<p class="wrap">${e.message}</p>
${fix ? html`<p class="fix wrap">${fix}</p>` : ''}
${undocumented(e.undocumentedHosts)}
${e.notes.length > 0 ? html`<ul class="notes">${e.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
${e.waiver ? waiverNote(e.waiver) : ''}
${directCompare(e)}</div>`;
}

function row(e: EndpointResult, scale: number): Html {
  const status = displayStatus(e);
  const showHost = e.host !== e.pattern || e.wildcard;
  return html`<tr class="row-${status}">
<td data-label="Status">${badge(status)}</td>
<th scope="row" data-label="Endpoint"><div class="dest">${breakable(e.entry)}</div>
${showHost ? html`<div class="probed">${e.probeId === null ? 'no sample host' : html`probed ${breakable(e.host)}`}</div>` : ''}
<div class="small muted">${e.scheme.toUpperCase()} ${e.port} · ${e.groupTitle}</div>
<div class="small muted">route ${breakable(routeTaken(e.route))}</div></th>
<td class="wide" data-label="Finding">${finding(e)}</td>
<td data-label="Timing (ms)">${waterfall(e.stages, scale)}</td>
</tr>
`;
}

const RESULTS_HEAD = html`${colgroup(['12%', '25%', null, '21%'])}
${headRow(['Status', 'Endpoint', 'Finding', 'Timing (ms)'])}`;

/** The summary line of the folded passes. */
const foldedSummary = (n: number): string =>
  `${n} ${n === 1 ? 'endpoint result' : 'endpoint results'} passed — open to show ${n === 1 ? 'it' : 'them'} (not printed while folded)`;

/** Every endpoint result, failures first, with reason, remediation and a timing waterfall. */
export function endpointsSection(report: Report, id: string, title: string): Html {
  if (!judgeReport(report).networkChecked) return networkNotChecked(id, title, 'there are no endpoint results');
  const timeout = report.settings.timeoutMs;
  const scale = waterfallScale(report.endpoints, timeout);
  const sorted = failuresFirst(report.endpoints, displayStatus);
  // Plain passes are folded (and so not printed): a change review reads what needs work; a pass with a note stays.
  const quiet = (e: EndpointResult): boolean => displayStatus(e) === 'pass' && !e.stages.some((s) => s.note !== undefined);
  const shown = sorted.filter((e) => !quiet(e));
  const folded = sorted.filter(quiet);
  const shownCaption =
    `${shown.length} of ${endpointResultsText(report.endpoints.length)} from ${probesText(runCounts(report).probes)}` +
    ' need attention or carry a note';
  const table = (rows: readonly EndpointResult[], caption: string): Html => html`<table class="results stack">
<caption>${caption}</caption>
${RESULTS_HEAD}
<tbody>
${each(rows, (e) => row(e, scale))}</tbody>
</table>`;
  return html`<section id="${id}" class="page" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">One row per documented entry × port (× sample host for a wildcard), failures first; plain passes are folded
below. Each bar shows how long each stage took — DNS, proxy, TCP connect, TLS, HTTP — on one scale for the whole report (at
least one stage timeout, so a full bar means a timeout), so slow or timed-out hops stand out.</p>
${
  hasDirect(report)
    ? html`<p class="lead">With <code>--compare-direct</code>, each finding also shows, side by side, what the same probe did
without the proxy and what that means for where the rule belongs.</p>
`
    : ''
}${waterfallKey(scale, timeout)}
${shown.length > 0 ? table(shown, shownCaption) : html`<p>Every endpoint result passed.</p>`}
${
  folded.length > 0
    ? html`<details class="folded"><summary>${foldedSummary(folded.length)}</summary>
${table(folded, `${folded.length} endpoint results that passed`)}
</details>`
    : ''
}
</section>`;
}
