import type { Report } from '../../model/report.js';
import { badge, codeChip } from './badge.js';
import type { RevocationCheck } from '../../revocation/types.js';
import { type Html, breakable, html } from './escape.js';
import { colgroup, headRow } from './table-head.js';

const HEAD = html`${colgroup(['30%', '10%', '14%', null])}
${headRow(['URL', 'Kind', 'Observed', 'Answer · needed by'])}`;

/** How the address was fetched and what came back: route, HTTP status, content type and size. */
function fetched(c: RevocationCheck): string {
  const status = c.httpStatus !== null ? ` · HTTP ${c.httpStatus}` : '';
  const bytes = c.bytes !== null ? ` · ${c.bytes} bytes` : '';
  return `Route: ${c.route.proxy ?? 'direct'}${status}${c.contentType ? ` · ${c.contentType}` : ''}${bytes}`;
}

/** Which endpoints' chains name the address (the trusted root list is needed by Windows itself). */
function neededBy(c: RevocationCheck): string {
  if (c.kind === 'ctl') return 'automatic root certificate update';
  return c.neededBy.map((n) => `${n.host} port ${n.port} (${n.certificate})`).join('; ');
}

const KIND = { crl: 'CRL', ocsp: 'OCSP', caIssuers: 'Issuer certificate', ctl: 'Trusted root list' } as const;

/**
 * Every CRL, OCSP and issuer URL the endpoints' chains name, as fetched along the SCP's route: what answered, and
 * which endpoints need it. No section for reports without revocation checks (older reports, `--only rules`).
 */
export function revocationSection(report: Report, id: string, title: string): Html | null {
  const checks = report.revocation ?? [];
  if (report.revocation === undefined) return null;
  const failing = checks.filter((c) => c.code === 'REVOCATION_UNREACHABLE').length;
  const outcome = checks.length === 0 ? 'The chains seen name no such address.' : `${failing} of ${checks.length} cannot be fetched.`;
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">Windows checks the revocation of every certificate it validates, fetching the CRL and OCSP addresses the
certificates name over HTTP. Each distinct address was fetched once along the route the SCP takes to it and judged by its content
(a block page or portal answering 200 is not a CRL). ${outcome}</p>
${
  checks.length === 0
    ? ''
    : html`<table class="fixed">
${HEAD}
<tbody>${checks.map(
        (c) => html`<tr class="${c.code === 'REVOCATION_UNREACHABLE' ? 'row-warn' : ''}">
<th scope="row" class="mono small wrap">${breakable(c.url)}</th>
<td>${KIND[c.kind]}</td>
<td>${badge(c.status)}${c.code ? html`<div>${codeChip(c.code)}</div>` : ''}</td>
<td class="small wrap">${c.message}<div class="muted">${fetched(c)}</div>
<div class="muted">Needed by: ${neededBy(c)}</div></td>
</tr>`,
      )}</tbody></table>`
}
</section>`;
}
