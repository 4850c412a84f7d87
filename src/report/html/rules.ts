import { displayStatus } from '../labels.js';
import type { Report, RuleFinding } from '../../model/report.js';
import { badge } from './badge.js';
import { type Html, html, link } from './escape.js';
import { failuresFirst } from './endpoints.js';
import { waiverNote } from './waiver-note.js';

const evidenceFrom = (file: string | null): Html | string =>
  file === null ? 'the probes / plan' : html`<code class="wrap">${file}</code>`;

/** The steps to fix a finding that did not pass. */
function remediation(f: RuleFinding): Html | '' {
  if (f.remediation.length === 0 || f.status === 'pass') return '';
  return html`<div><b>Remediation</b><ol class="steps">${f.remediation.map((r) => html`<li class="wrap">${r}</li>`)}</ol></div>`;
}

/** The summary line of the folded passes. */
function passedSummary(n: number): string {
  const one = n === 1;
  const show = `${one ? 'it' : 'them'} with ${one ? 'its' : 'their'} evidence`;
  return `${n} ${one ? 'rule' : 'rules'} passed — open to show ${show} (not printed while folded)`;
}

function evidence(f: RuleFinding): Html {
  if (f.evidence.length === 0) return html`<p class="evfile">No evidence was provided.</p>`;
  return html`${f.evidence.map(
    (ev) => html`<div class="evfile">Evidence from ${evidenceFrom(ev.file)}:</div>
<pre>${ev.lines.join('\n')}</pre>`,
  )}`;
}

function card(f: RuleFinding): Html {
  const status = displayStatus(f);
  return html`<article class="rule st-${status}" aria-labelledby="rule-${f.id}">
<h3 id="rule-${f.id}">${badge(status)} <span>${f.title}</span> <span class="rid">${f.id}</span></h3>
<p class="wrap">${f.message}</p>
${evidence(f)}
${remediation(f)}
${f.waiver ? waiverNote(f.waiver) : ''}
<p class="small muted">Requirement: ${link(f.source.url, f.source.title)} (${f.source.date})</p>
</article>`;
}

/** Rules that need a look first; the plain passes folded under them (not printed while folded), each still whole. */
function folded(rules: readonly RuleFinding[]): Html {
  const passed = rules.filter((r) => displayStatus(r) === 'pass');
  const rest = rules.filter((r) => displayStatus(r) !== 'pass');
  return html`${rest.map(card)}${
    passed.length > 0
      ? html`<details class="folded"><summary>${passedSummary(passed.length)}</summary>
${passed.map(card)}
</details>`
      : ''
  }`;
}

/** Prerequisite rule findings, failures first, each with its evidence lines and remediation. */
export function rulesSection(report: Report, id: string, title: string): Html {
  const body =
    report.rules.length === 0
      ? html`<p class="muted">No prerequisite rules were evaluated (no site plan was given: <code>check --plan FILE</code>).</p>`
      : folded(failuresFirst(report.rules, displayStatus));
  return html`<section id="${id}" class="page" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
${body}
</section>`;
}
