import { CODES } from '../model/codes.js';
import type { EndpointResult, RunFinding } from '../model/report.js';

/** More than this between an endpoint's Date and this host's clock is skew (issue 11 §3; Kerberos' default tolerance). */
export const CLOCK_SKEW_LIMIT_MS = 5 * 60 * 1000;

/**
 * CLOCK_SKEW when the Date headers of a majority of the endpoints that sent one are more than five minutes from this
 * host's clock: then the host's clock is the one that is off (one server with a wrong clock is that server's problem,
 * and cannot outvote the rest). Certificate validity and Entra ID tokens are checked against the host's clock, so a
 * skewed SCP host fails them (field-facts §2.2 cause 11: WinHTTP 12037). Each probe counts once, however many rows share it.
 */
export function clockSkewFinding(endpoints: readonly EndpointResult[]): RunFinding | null {
  const seen = new Set<string>();
  const measured: { where: string; date: string; offsetMs: number }[] = [];
  for (const e of endpoints) {
    if (e.probeId === null || seen.has(e.probeId)) continue;
    seen.add(e.probeId);
    const http = e.stages.find((s) => s.stage === 'http')?.detail;
    if (http?.kind !== 'http' || typeof http.clockOffsetMs !== 'number' || !http.date) continue;
    measured.push({ where: `${e.host} port ${e.port}`, date: http.date, offsetMs: http.clockOffsetMs });
  }
  const skewed = measured.filter((m) => Math.abs(m.offsetMs) > CLOCK_SKEW_LIMIT_MS);
  if (measured.length === 0 || skewed.length * 2 <= measured.length) return null;
  const offsets = skewed.map((m) => m.offsetMs).sort((a, b) => a - b);
  const median = offsets[Math.floor(offsets.length / 2)];
  // More than half of at least one measurement is skewed, so there is at least one offset.
  if (median === undefined) throw new Error('clock skew: a majority of skewed dates but no offset');
  const direction = median > 0 ? 'behind' : 'ahead of';
  return {
    code: 'CLOCK_SKEW',
    status: CODES.CLOCK_SKEW.status,
    offsetMs: median,
    message:
      `This host's clock is ${duration(median)} ${direction} the time the endpoints send: ${skewed.length} of ${measured.length} ` +
      `endpoints that sent a Date header differ by more than 5 minutes (median ${signed(median)}). Certificate validation and Entra ID ` +
      `tokens fail on a host whose clock is off.`,
    remediation: CODES.CLOCK_SKEW.fix,
    evidence: measured.slice(0, 32).map((m) => `${m.where}: Date ${m.date} (${signed(m.offsetMs)} from this host's clock)`),
  };
}

/** `1 h 0 min`, `7 min 30 s`, `42 s`. */
function duration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h} h ${m} min`;
  return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}

function signed(ms: number): string {
  return `${ms >= 0 ? '+' : '-'}${Math.round(Math.abs(ms) / 1000)} s`;
}
