import type { StageDetail } from '../../probes/types.js';
import type { EndpointResult, Report } from '../../model/report.js';

/** One probe's evidence (rows sharing a probe are shown once), labelled `host:port`. */
export interface Probed {
  readonly label: string;
  readonly result: EndpointResult;
}

/** The unique probes of a report, in report order. */
export function uniqueProbes(report: Report): Probed[] {
  const seen = new Set<string>();
  const out: Probed[] = [];
  for (const e of report.endpoints) {
    if (e.probeId === null || seen.has(e.probeId)) continue;
    seen.add(e.probeId);
    out.push({ label: `${e.host}:${e.port}${e.path === '/' ? '' : e.path}`, result: e });
  }
  return out;
}

/** The detail of one stage kind for a probe, if that stage recorded one. */
export function detailOf<K extends StageDetail['kind']>(e: EndpointResult, kind: K): Extract<StageDetail, { kind: K }> | null {
  const d = e.stages.find((s) => s.detail?.kind === kind)?.detail;
  return (d ?? null) as Extract<StageDetail, { kind: K }> | null;
}
