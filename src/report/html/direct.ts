import { DIRECT_KIND_LABEL, DIRECT_KIND_NOTE, type DirectKind, directFinding } from '../direct-finding.js';
import { type FirewallRow, OBSERVED_LABEL } from '../firewall-rows.js';
import type { EndpointResult } from '../../model/report.js';
import { badge, codeChip, codeLines } from './badge.js';
import { type Html, html } from './escape.js';

/**
 * The `--compare-direct` views: the direct probe's outcome next to the route the SCP takes. Only rendered when the
 * report has direct results, so reports without them stay exactly as they were (styles included).
 */

/** Symbols so the comparison reads without colour: → proxy only, ⚠ a path around the proxy, ✖ neither, = same path. */
const KIND_SYMBOL: Record<DirectKind, string> = {
  'proxy-only': '→',
  both: '⚠',
  neither: '✖',
  'direct-only': '⚠',
  'same-route': '=',
  untested: '?',
};

const kindLabel = (kind: DirectKind): Html => html`<div class="cmp-kind cmp-${kind}">${KIND_SYMBOL[kind]} ${DIRECT_KIND_LABEL[kind]}</div>`;

/** The firewall table's Direct cell: badge, state and code like the Observed cell, then the comparison in words. */
export function directCell(row: FirewallRow): Html {
  const d = row.direct;
  if (d === null) return html`<span class="muted small">not probed</span>`;
  if (d.kind === 'same-route') return kindLabel(d.kind);
  return html`${badge(d.status)}<div class="small">${OBSERVED_LABEL[d.observed]}</div>${codeLines(d.codes)}${kindLabel(d.kind)}`;
}

/** Under the row's action: where the comparison says the rule belongs (nothing to add for a non-proxied row). */
export function directPlacement(row: FirewallRow): Html | '' {
  const d = row.direct;
  if (d === null || d.kind === 'same-route') return '';
  return html`<div class="placement cmp-${d.kind}"><b>Direct comparison:</b> ${d.note}</div>`;
}

/** One side of the comparison: its heading, badge and code. */
const side = (heading: string, r: Pick<EndpointResult, 'status' | 'code'>): Html =>
  html`<div><span class="cmp-h">${heading}</span> ${badge(r.status)} ${codeChip(r.code)}</div>`;

/** The finding's side-by-side box: the SCP's route and the direct probe, each with badge and code. */
export function directCompare(e: EndpointResult): Html | '' {
  const finding = directFinding([e]);
  if (e.direct === undefined || finding === null) return '';
  if (finding.kind === 'same-route') return html`<div class="cmp">${kindLabel(finding.kind)}</div>`;
  const via = e.route.kind === 'direct' ? 'Via route' : `Via ${e.route.kind} proxy`;
  return html`<div class="cmp">
<div class="cmp-sides">${side(via, e)}${side('Direct', e.direct)}</div>
<p class="small wrap">${DIRECT_KIND_NOTE[finding.kind]}</p>
<p class="small muted wrap">Direct: ${e.direct.message}</p>
</div>`;
}

/** The intro paragraph of the firewall table when the report has direct results, with the count of each case. */
export function directIntro(rows: readonly FirewallRow[]): Html {
  const count = (kind: DirectKind): number => rows.filter((r) => r.direct?.kind === kind).length;
  const phrase: Record<'proxy-only' | 'both' | 'neither' | 'direct-only', string> = {
    'proxy-only': 'work only through the proxy',
    neither: 'fail both ways',
    both: 'also work direct (a possible bypass)',
    'direct-only': 'work only direct, not through the proxy',
  };
  const counts = (['proxy-only', 'neither', 'both', 'direct-only'] as const)
    .filter((k) => count(k) > 0)
    .map((k) => `${count(k)} ${phrase[k]}`)
    .join(', ');
  if (!rows.some((r) => r.direct !== null && r.direct.kind !== 'same-route')) {
    return html`<p class="lead">This run also probed every endpoint without the proxy (<code>--compare-direct</code>), but no
probed endpoint went through a proxy, so both probes took the same path: the rules belong on the SCP host's egress.</p>`;
  }
  return html`<p class="lead">This run also probed every endpoint without the proxy (<code>--compare-direct</code>); the Direct
column shows what that saw. Works only through the proxy → the rule belongs on the proxy and the SCP host needs only its path to
the proxy. Works direct too → the SCP host has its own path, a bypass that may be unintended. Fails both ways → the proxy rule
is what is needed.${counts ? ` Of the proxied rows, ${counts}.` : ''}</p>`;
}

/** Styles for the comparison, added to the page only when the report has direct results. */
export const DIRECT_STYLES = `
/* --compare-direct: the direct probe next to the SCP's route */
.cmp { border-top: 1px dotted var(--line); margin-top: 6px; padding-top: 4px; }
.cmp-sides { display: flex; flex-wrap: wrap; gap: 4px 16px; }
.cmp-h { font-size: 12px; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.cmp-kind { font-size: 12px; font-weight: 600; margin-top: 3px; }
.cmp-both, .cmp-direct-only { color: var(--warn); }
.cmp-same-route, .cmp-untested { color: var(--muted); font-weight: 400; }
.placement { border: 1px dotted var(--accent); background: var(--soft); padding: 4px 8px; margin-top: 4px; font-size: 12px; }
.placement.cmp-both, .placement.cmp-direct-only { border: 1px dashed var(--warn); background: var(--warn-bg); color: var(--ink); }
`;
