import type { ChainAnchor } from '../probes/types.js';
import type { Report } from '../model/report.js';

/** One root the endpoints' chains end in, with the endpoints that end there. */
export interface ChainRoot extends ChainAnchor {
  readonly endpoints: readonly string[];
}

/**
 * The distinct roots the probed chains validated against (issue 11 §3), most used first: the certificates the SCP
 * host's `LocalMachine\Root` store must hold. Keyed by fingerprint where the report has one, else by subject.
 */
export function chainRoots(report: Report): ChainRoot[] {
  const byKey = new Map<string, { anchor: ChainAnchor; endpoints: Set<string> }>();
  for (const e of report.endpoints) {
    const tls = e.stages.find((s) => s.stage === 'tls')?.detail;
    if (tls?.kind !== 'tls' || tls.anchor === null) continue;
    const key = tls.anchor.fingerprint256 ?? tls.anchor.subject;
    const entry = byKey.get(key) ?? { anchor: tls.anchor, endpoints: new Set<string>() };
    entry.endpoints.add(`${e.host} port ${e.port}`);
    byKey.set(key, entry);
  }
  return [...byKey.values()]
    .sort((a, b) => b.endpoints.size - a.endpoints.size)
    .map(({ anchor, endpoints }) => ({ ...anchor, endpoints: [...endpoints] }));
}

/** `CN=DigiCert Global Root G2, … (SHA-256 AB:CD:…)`. */
export function rootWords(root: ChainAnchor): string {
  return `${root.subject}${root.fingerprint256 ? ` (SHA-256 ${root.fingerprint256})` : ''}`;
}
