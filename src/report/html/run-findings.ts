import { CODES } from '../../model/codes.js';
import type { Report } from '../../model/report.js';
import { badge, codeChip } from './badge.js';
import { type Html, html } from './escape.js';

/** Findings about the whole run (CLOCK_SKEW), each with its measurements; no section when there are none. */
export function runFindingsSection(report: Report, id: string, title: string): Html | null {
  const findings = report.runFindings ?? [];
  if (findings.length === 0) return null;
  return html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">Findings about this host and run as a whole, not one endpoint: they count toward the verdict like an endpoint result.</p>
${findings.map(
  (f) => html`<article class="rule st-${f.status}" aria-labelledby="${id}-${f.code}">
<h3 id="${id}-${f.code}">${badge(f.status)} ${codeChip(f.code)} <span>${CODES[f.code].meaning}</span></h3>
<p class="wrap">${f.message}</p>
${f.evidence.length > 0 ? html`<div class="evfile">Measured:</div><pre>${f.evidence.join('\n')}</pre>` : ''}
<div><b>Remediation</b><p class="wrap">${f.remediation}</p></div>
</article>`,
)}
</section>`;
}
