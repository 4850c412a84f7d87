import type { Report } from '../../model/report.js';
import { badge, codeChip } from './badge.js';
import { type Html, breakable, html } from './escape.js';

const KIND = { crl: 'CRL', ocsp: 'OCSP', caIssuers: 'Issuer certificate', ctl: 'Trusted root list' } as const;

/**
 * Every CRL, OCSP and issuer URL the endpoints' chains name, as fetched along the SCP's route: what answered, and
 * which endpoints need it. No section for reports without revocation checks (older reports, `--only rules`).
 */
export function revocationSection(report: Report, id: string, title: string): Html | null {
  const checks = report.revocation ?? [];
  if (report.revocation === undefined) return null;
  const failing = checks.filter((c) => c.code === 'REVOCATION_UNREACHABLE').length;
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">Windows checks the revocation of every certificate it validates, fetching the CRL and OCSP addresses the
certificates name over HTTP. Each distinct address was fetched once along the route the SCP takes to it and judged by its content
(a block page or portal answering 200 is not a CRL). ${checks.length === 0 ? 'The chains seen name no such address.' : `${failing} of ${checks.length} cannot be fetched.`}</p>
${
  checks.length === 0
    ? ''
    : html`<table class="fixed">
<colgroup><col style="width:30%"><col style="width:10%"><col style="width:14%"><col></colgroup>
<thead><tr><th scope="col">URL</th><th scope="col">Kind</th><th scope="col">Observed</th><th scope="col">Answer · needed by</th></tr></thead>
<tbody>${checks.map(
        (c) => html`<tr class="${c.code === 'REVOCATION_UNREACHABLE' ? 'row-warn' : ''}">
<th scope="row" class="mono small wrap">${breakable(c.url)}</th>
<td>${KIND[c.kind]}</td>
<td>${badge(c.status)}${c.code ? html`<div>${codeChip(c.code)}</div>` : ''}</td>
<td class="small wrap">${c.message}<div class="muted">Route: ${c.route.proxy ?? 'direct'}${c.httpStatus !== null ? ` · HTTP ${c.httpStatus}` : ''}${c.contentType ? ` · ${c.contentType}` : ''}${c.bytes !== null ? ` · ${c.bytes} bytes` : ''}</div>
<div class="muted">Needed by: ${c.kind === 'ctl' ? 'automatic root certificate update' : c.neededBy.map((n) => `${n.host} port ${n.port} (${n.certificate})`).join('; ')}</div></td>
</tr>`,
      )}</tbody></table>`
}
</section>`;
}
