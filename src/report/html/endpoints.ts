import { endpointResultsText, probesText, runCounts } from '../count-words.js';
import { CODES, isFailureCode } from '../../model/codes.js';
import { type DisplayStatus, STATUS_ORDER, displayStatus } from '../labels.js';
import { ruleLocation } from '../firewall-rows.js';
import type { EndpointResult, Report } from '../types.js';
import { hasDirect } from '../direct-finding.js';
import { badge, codeChip } from './badge.js';
import { directCompare } from './direct.js';
import { type Html, breakable, html } from './escape.js';
import { networkNotChecked } from './network-not-checked.js';
import { judgeReport } from '../../model/verdict.js';
import { waiverNote } from './waiver-note.js';
import { waterfall, waterfallKey, waterfallScale } from './waterfall.js';

/** Results in "failures first" order, stable within a status (catalog order). */
export function failuresFirst<T extends { status: EndpointResult['status'] }>(items: readonly T[], status: (item: T) => DisplayStatus): T[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => STATUS_ORDER[status(a.item)] - STATUS_ORDER[status(b.item)] || a.i - b.i)
    .map((x) => x.item);
}

function finding(e: EndpointResult): Html {
  const meaning = e.code !== null && isFailureCode(e.code) ? CODES[e.code].meaning : null;
  const fix = e.status === 'pass' ? null : e.remediation ?? (e.code !== null && isFailureCode(e.code) ? CODES[e.code].fix : null);
  return html`<div class="finding">
${e.code !== null ? html`<p>${codeChip(e.code)} ${meaning ? html`<span class="meaning">${meaning}</span>` : ''}</p>` : ''}
<p class="wrap">${e.message}</p>
${fix ? html`<p class="fix wrap">${fix}</p>` : ''}
${e.undocumentedHosts.length > 0 ? html`<p class="small"><b>Undocumented redirect target${e.undocumentedHosts.length === 1 ? '' : 's'}:</b> <span class="mono wrap">${e.undocumentedHosts.join(', ')}</span> — allow ${e.undocumentedHosts.length === 1 ? 'it' : 'them'} too, or the download will fail after the redirect.</p>` : ''}
${e.notes.length > 0 ? html`<ul class="notes">${e.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
${e.waiver ? waiverNote(e.waiver) : ''}
${directCompare(e)}</div>`;
}

function row(e: EndpointResult, scale: number): Html {
  const status = displayStatus(e);
  const showHost = e.host !== e.pattern || e.wildcard;
  return html`<tr class="row-${status}">
<td>${badge(status)}</td>
<th scope="row"><div class="dest wrap">${breakable(e.entry)}</div>
${showHost ? html`<div class="probed wrap">${e.probeId === null ? 'no sample host' : html`probed ${breakable(e.host)}`}</div>` : ''}
<div class="small muted">${e.scheme.toUpperCase()} ${e.port} · ${e.groupTitle}</div>
<div class="small muted wrap">via ${e.route.proxy === null ? ruleLocation(e.route) : html`proxy ${breakable(e.route.proxy)}`}</div></th>
<td>${finding(e)}</td>
<td>${waterfall(e.stages, scale)}</td>
</tr>
`;
}

/** Every endpoint result, failures first, with reason, remediation and a timing waterfall. */
export function endpointsSection(report: Report, id: string, title: string): Html {
  if (!judgeReport(report).networkChecked) return networkNotChecked(id, title, 'there are no endpoint results');
  const scale = waterfallScale(report.endpoints);
  const sorted = failuresFirst(report.endpoints, displayStatus);
  return html`<section id="${id}" class="page" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">One row per documented entry × port (× sample host for a wildcard), failures first. Each bar shows how long
each stage took — DNS, proxy, TCP connect, TLS, HTTP — on one scale for the whole report, so slow or timed-out hops stand out.</p>
${hasDirect(report) ? html`<p class="lead">With <code>--compare-direct</code>, each finding also shows, side by side, what the same probe did
without the proxy and what that means for where the rule belongs.</p>
` : ''}${waterfallKey(scale)}
<table class="results fixed">
<caption>${endpointResultsText(report.endpoints.length)} from ${probesText(runCounts(report).probes)}</caption>
<colgroup><col style="width:11%"><col style="width:24%"><col><col style="width:21%"></colgroup>
<thead><tr><th scope="col">Status</th><th scope="col">Endpoint</th><th scope="col">Finding</th><th scope="col">Timing (ms)</th></tr></thead>
<tbody>
${sorted.map((e) => row(e, scale))}</tbody>
</table>
</section>`;
}
