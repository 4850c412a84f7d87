import { CODES, isFailureCode } from '../../model/codes.js';
import { runRouteText } from '../route-taken.js';
import type { Report } from '../../model/report.js';
import { uniqueProbes } from './probe-evidence.js';
import { dnsTable, connectTable } from './appendix-network.js';
import { httpTable, proxyTable, tlsChains } from './appendix-protocols.js';
import { type Html, html, link, trusted } from './escape.js';
import { headRow } from './table-head.js';

const CODES_HEAD = headRow(['Code', 'Meaning', 'Fix']);

/** One failure code with its meaning and fix. */
const codeRow = (c: string): Html | '' =>
  isFailureCode(c)
    ? html`<tr><th scope="row"><span class="code">${c}</span></th><td>${CODES[c].meaning}</td><td>${CODES[c].fix}</td></tr>`
    : '';

const EVIDENCE_SUMMARY = trusted(
  '<summary>Show the evidence: DNS answers, TCP connections, proxy exchanges, certificate chains, HTTP responses, ' +
    'failure codes and run settings</summary>',
);

function codesTable(report: Report): Html {
  const used = new Set<string>();
  for (const e of report.endpoints) for (const c of [e.code, ...e.stages.map((s) => s.code)]) if (c !== null) used.add(c);
  const codes = Object.keys(CODES).filter((c) => used.has(c));
  if (codes.length === 0) return html`<p class="muted">No failure codes occurred.</p>`;
  return html`<table><caption>Failure codes that occur in this report (stable; see the README for all codes)</caption>
${CODES_HEAD}
<tbody>${codes.map(codeRow)}</tbody></table>`;
}

function settingsTable(report: Report): Html {
  const s = report.settings;
  const rows: [string, string | Html][] = [
    ['Edition', s.edition],
    ['Catalog', s.catalog.source === 'file' ? `file ${s.catalog.file ?? ''}` : 'built-in'],
    ['Catalog source', html`${link(s.catalog.provenance.url, s.catalog.provenance.title)} (${s.catalog.provenance.date})`],
    ['Groups', s.groups.map((g) => `${g.title} (${g.id})`).join(', ')],
    ['Intune', s.intune ? 'yes' : 'no'],
    ['Tenant id', s.tenantId ?? 'not given ("common" used)'],
    ['Route', runRouteText(report)],
    ['DNS servers', s.dnsServers.join(', ') || 'system default'],
    ['Extra CA file', s.caFile ?? 'none'],
    ['Public roots file', s.publicRoots ?? 'none'],
    ['Stage timeout', `${s.timeoutMs} ms`],
    ['Run deadline', `${s.deadlineS} s`],
    ['Concurrency', String(s.concurrency)],
    ['Strict', s.strict ? 'yes (warnings fail)' : 'no'],
    ['Simulation', s.simulation ? 'yes (demo)' : 'no'],
    ...(s.labAddresses
      ? [
          [
            'Lab addresses',
            `${s.labAddresses.join(', ')} (--lab-addresses, test labs only: DNS answers there were probed as real endpoints)`,
          ] as [string, string],
        ]
      : []),
    ['Run', `${report.startedAt} → ${report.finishedAt}`],
  ];
  return html`<table><caption>Settings of this run (secrets are never recorded)</caption><tbody>
${rows.map(([k, v]) => html`<tr><th scope="row" style="width:22%">${k}</th><td class="wrap">${v}</td></tr>`)}</tbody></table>`;
}

/** Raw evidence for reviewers: DNS, connections, proxy exchanges, certificate chains, redirects, codes, settings. */
export function appendixSection(report: Report, id: string, title: string): Html {
  const probes = uniqueProbes(report);
  const sub = (n: string, heading: string, body: Html): Html => html`<h3 id="${id}-${n}">${n}. ${heading}</h3>${body}`;
  // Folded: the raw evidence is for the reviewer who needs it, and printing it folded keeps the report to the pages a
  // change review reads (the issue's demo run printed 25 A4 pages, 10 of them this appendix).
  return html`<section id="${id}" class="appendix" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
<p class="lead">The evidence behind every result, one entry per probed host and port (a host listed under several
groups was probed once).</p>
<p class="print-only lead"><b>Not printed:</b> the evidence is folded. To print it, open “Show the evidence” in the browser first.</p>
<details class="appendix-body">${EVIDENCE_SUMMARY}
${sub('A', 'DNS resolution', dnsTable(probes))}
${sub('B', 'TCP connections', connectTable(probes))}
${sub('C', 'Proxy exchanges', proxyTable(probes))}
${sub('D', 'TLS certificate chains', tlsChains(probes))}
${sub('E', 'HTTP responses and redirect chains', httpTable(probes))}
${sub('F', 'Failure codes', codesTable(report))}
${sub('G', 'Run settings', settingsTable(report))}
</details>
</section>`;
}
