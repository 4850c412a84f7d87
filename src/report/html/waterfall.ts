import { STAGE_NAMES } from '../../model/stages.js';
import type { StageResult } from '../../probes/types.js';
import type { EndpointResult } from '../../model/report.js';
import { type Html, html, trusted } from './escape.js';

/** Total time a result's stages took. */
export function totalMs(stages: readonly StageResult[]): number {
  return stages.reduce((sum, s) => sum + Math.max(0, s.ms), 0);
}

/**
 * The scale every bar shares, so that a slow hop is long wherever it is: the longest result, but never less than one
 * stage timeout. A full bar therefore means "took as long as a timeout": a run whose every name fails NXDOMAIN in
 * 10 ms draws ten short bars, not ten full ones that read like ten timeouts.
 */
export function waterfallScale(endpoints: readonly EndpointResult[], stageTimeoutMs: number): number {
  return Math.max(1, stageTimeoutMs, ...endpoints.map((e) => totalMs(e.stages)));
}

const pct = (n: number): string => `${(Math.round(n * 10000) / 100).toFixed(2)}%`;

/**
 * A small horizontal bar: one segment per stage that ran, laid end to end on a shared scale; a failed stage is
 * hatched. The exact milliseconds are written under the bar so it reads without colour or in print.
 */
export function waterfall(stages: readonly StageResult[], scale: number): Html {
  const ran = stages.filter((s) => s.status !== 'skip' || s.ms > 0);
  if (ran.length === 0) return html`<span class="muted small">not probed</span>`;
  let offset = 0;
  const segments = ran.map((s) => {
    const left = offset / scale;
    offset += Math.max(0, s.ms);
    const bad = s.status === 'fail' ? ' bad' : '';
    const kind = STAGE_NAMES.includes(s.stage) ? s.stage : 'other';
    // Only numbers and our own stage names reach this markup (a tampered report cannot smuggle text in).
    return trusted(`<span class="s-${kind}${bad}" style="left:${pct(left)};width:${pct(Math.max(0, s.ms) / scale)}"></span>`);
  });
  const legend = ran.map((s) => html`${s.stage} <b>${s.ms}</b>${s.status === 'fail' ? ' ✖' : ''}`);
  return html`<div class="wf" role="img" aria-label="${ran.map((s) => `${s.stage} ${s.ms} ms`).join(', ')}">${segments}</div>
<div class="wf-legend">${legend.map((l, i) => html`${i > 0 ? ' · ' : ''}${l}`)} ms</div>`;
}

/** The colour key shown above the results table; the full bar is a stage timeout or the longest result. */
export function waterfallKey(scale: number, stageTimeoutMs: number): Html {
  const keys = STAGE_NAMES.map((s) => html`<span><i class="wf-key s-${s}" style="background:var(--${s})"></i>${s}</span>`);
  const full = `${scale} ms${scale === stageTimeoutMs ? ' (the stage timeout)' : ' (the longest result)'}`;
  return html`<div class="key" aria-hidden="true">${keys}<span><i class="bad"></i>failed stage</span><span>full bar = ${full}</span></div>`;
}
