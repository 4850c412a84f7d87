import type { Report } from '../../model/report.js';
import { formatTime, runDuration, verdictHeadline, verdictReason } from '../labels.js';
import { runRouteText } from '../route-taken.js';
import { type Html, html, link, trusted } from './escape.js';
import { hostLine } from '../run-source.js';
import { profileSummary } from '../profile-matrix.js';
import { countsLine, endpointResultsText } from '../count-words.js';
import { rootCauseBlock } from './root-cause.js';

const TONE_CLASS = { ready: 'verdict-ready', warn: 'verdict-warn', fail: 'verdict-fail' } as const;

/** The count tiles, in this order. */
const TILE_KINDS = ['fail', 'warn', 'waived', 'skip', 'pass'] as const;
type TileKind = (typeof TILE_KINDS)[number];
const TILE_LABEL: Record<TileKind, string> = { fail: 'Fail', warn: 'Warn', waived: 'Waived', skip: 'Skip', pass: 'Pass' };
const small = (detail: string): Html => html`<div class="small muted">${detail}</div>`;

const SIMULATION_NOTE = trusted(
  '<p class="simulation">⚠ SIMULATION — produced by <code>scp-preflight demo</code> against a simulated network on loopback. ' +
    "It says nothing about this site's real network.</p>",
);

function tiles(report: Report): Html {
  const s = report.summary;
  const tile = (kind: TileKind, n: number, detail: string): Html =>
    html`<div class="tile tile-${kind}"><div class="n">${n}</div><div class="l">${TILE_LABEL[kind]}</div>${small(detail)}</div>`;
  const n = { fail: s.fail, warn: s.warn, waived: s.waived ?? 0, skip: s.skip, pass: s.pass };
  // Run findings are named only when the run has some: the tiles of other reports read as before.
  const run = (report.runFindings ?? []).length > 0 ? report.counts.run : undefined;
  const split = (k: 'pass' | 'warn' | 'fail' | 'skip' | 'waived'): string =>
    `${endpointResultsText(report.counts.endpoints[k] ?? 0)}, ${report.counts.rules[k] ?? 0} ` +
    `${report.counts.rules[k] === 1 ? 'rule' : 'rules'}${run ? `, ${run[k] ?? 0} run` : ''}`;
  return html`<div class="tiles" role="list" aria-label="Result counts">
  ${TILE_KINDS.map((k) => tile(k, n[k], split(k)))}
</div>`;
}

function facts(report: Report): Html {
  const st = report.settings;
  const prov = st.catalog.provenance;
  const catalog =
    st.catalog.source === 'file'
      ? html`custom catalog <code>${st.catalog.file ?? ''}</code>: ${prov.title} (${prov.date})`
      : html`${link(prov.url, prov.title)} (${prov.date})`;
  const options = [
    st.intune ? 'Intune' : null,
    st.tenantId ? `tenant ${st.tenantId}` : null,
    st.strict ? 'strict' : null,
    `timeout ${st.timeoutMs} ms`,
    `deadline ${st.deadlineS} s`,
    `concurrency ${st.concurrency}`,
  ]
    .filter((x): x is string => x !== null)
    .join(', ');
  const { platform, node } = report.host;
  const checkedFrom = html`<span class="mono">${hostLine(report.host)}</span> <span class="muted">(${platform}, Node ${node})</span>`;
  return html`<dl class="facts">
  <dt>Checked from</dt><dd>${checkedFrom}</dd>
  <dt>When</dt><dd>${formatTime(report.startedAt)} <span class="muted">· ${runDuration(report)}</span></dd>
  <dt>Endpoint list</dt><dd>edition <b>${st.edition}</b> — ${catalog}</dd>${
    profileSummary(report) === null
      ? ''
      : html`
  <dt>TLS client</dt><dd class="wrap">${profileSummary(report) ?? ''}</dd>`
  }
  ${report.settings.networkChecked ? html`<dt>Counted</dt><dd>${countsLine(report).replace(/^Counted: /, '')}</dd>` : ''}
  <dt>Route</dt><dd class="wrap">${runRouteText(report)}</dd>
  <dt>Groups</dt><dd>${st.groups.map((g) => g.title).join(', ')}</dd>
  <dt>DNS servers</dt><dd class="mono">${st.dnsServers.join(', ') || 'system default'}</dd>
  <dt>Options</dt><dd>${options}</dd>
  <dt>Tool</dt><dd>${report.tool.name} ${report.tool.version} <span class="muted">· report schema v${report.schemaVersion}</span></dd>
</dl>`;
}

/** Title bar, verdict banner, counts and the facts a reviewer needs to trust the run. */
export function header(report: Report, toc: readonly { id: string; title: string }[]): Html {
  const v = verdictHeadline(report);
  return html`<header>
<div class="titlebar">
  <h1>Service connection point readiness report</h1>
  <div class="sub">Configuration Manager · internet endpoints and prerequisites</div>
</div>
${report.settings.simulation ? SIMULATION_NOTE : ''}
<section class="verdict ${TONE_CLASS[v.tone]}" aria-label="Verdict">
  <div class="word">${v.word}</div>
  <div class="why">${verdictReason(report)}</div>
</section>
${rootCauseBlock(report)}
${tiles(report)}
${facts(report)}
<nav class="toc" aria-label="Contents"><ol>${toc.map((t, i) => html`<li><a href="#${t.id}">${i + 1}. ${t.title}</a></li>`)}</ol></nav>
</header>`;
}
