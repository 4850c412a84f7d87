import { reportRootCauses } from '../root-cause.js';
import type { Report, RootCause } from '../../model/report.js';
import { type Html, html } from './escape.js';

/** How much of the report one root cause explains: results, probes and the route they took. */
const explains = (c: RootCause): string =>
  `${c.results} endpoint ${c.results === 1 ? 'result' : 'results'} (${c.probes} ${c.probes === 1 ? 'probe' : 'probes'}, route ${c.route})`;

/**
 * The root causes (root-cause.ts) under the verdict, before any table: one failure that explains many rows is said
 * once with its fix, so a reviewer does not read the same block per endpoint. Styled as a failing rule card.
 */
export function rootCauseBlock(report: Report): Html | '' {
  const causes = reportRootCauses(report);
  if (causes.length === 0) return '';
  return html`${causes.map(
    (c) => html`<section class="rule st-fail" aria-label="Root cause">
<h3>Root cause <span class="code">${c.codes.join(', ')}</span></h3>
<p>${c.message}</p>
<p class="fix">${c.fix}</p>
<p class="small muted">It explains ${explains(c)}; they are listed below with their evidence.</p>
</section>`,
  )}`;
}
