import { cellKey, cellOf } from '../probes/client-profiles/profile-matrix.js';
import type { ProbeOutcome } from '../probes/types.js';
import { extended } from '../model/extended.js';
import type { EndpointResult, ProfileCell, Report } from '../model/report.js';

/** Puts each profile's handshake outcome on the endpoint rows its target answers (https on 443 only). */
export function attachProfileCells(
  endpoints: readonly EndpointResult[],
  cells: ReadonlyMap<string, ProbeOutcome>,
  profileIds: readonly string[],
): EndpointResult[] {
  return endpoints.map((e) => {
    if (e.probeId === null) return e;
    const row = profileIds.flatMap((id) => {
      const outcome = cells.get(cellKey(e.host, e.port, id));
      return outcome ? [cellOf(id, outcome)] : [];
    });
    return row.length === 0 ? e : extended(e, { profiles: row });
  });
}

/** One row of the "which Windows versions can reach it" matrix: one host and port (rows and paths on it merged). */
export interface MatrixRow {
  readonly host: string;
  readonly port: number;
  readonly cells: readonly ProfileCell[];
}

/** The matrix every view renders: columns = settings.clientProfile.matrix, one row per probed 443 endpoint. */
export function profileMatrix(report: Report): { readonly columns: readonly string[]; readonly rows: readonly MatrixRow[] } {
  const columns = report.settings.clientProfile?.matrix ?? [];
  const seen = new Set<string>();
  const rows: MatrixRow[] = [];
  for (const e of report.endpoints) {
    const key = `${e.host}:${e.port}`;
    if (!e.profiles || seen.has(key)) continue;
    seen.add(key);
    rows.push({ host: e.host, port: e.port, cells: e.profiles });
  }
  return { columns, rows };
}

/** A cell in words for text views: `reaches (TLSv1.2)`, `NO SHARED CIPHER`, `fails: TLS_CERT_UNTRUSTED`. */
export function cellText(cell: ProfileCell): string {
  if (cell.status === 'pass' || cell.status === 'warn') return `yes (${cell.protocol ?? '?'})`;
  if (cell.code === 'TLS_NO_SHARED_CIPHER') return 'NO: no shared cipher';
  if (cell.status === 'skip') return `not tried${cell.code ? ` (${cell.code})` : ''}`;
  return `NO: ${cell.code ?? 'failed'}`;
}

const CHOSEN_BY = {
  flag: 'chosen with --client-profile',
  platform: 'the default for the machine the tool ran on',
  evidence: "the SCP host's own Schannel configuration, read from collect evidence",
} as const;

/** The TLS client line every view shows, or `null` for reports written before profiles existed. */
export function profileSummary(report: Report): string | null {
  const p = report.settings.clientProfile;
  if (!p) return null;
  const matrix = p.matrix.length > 0 ? `; matrix of ${p.matrix.join(', ')} (informational: the verdict stands on ${p.id})` : '';
  return `${p.id} (${p.title}), ${CHOSEN_BY[p.chosenBy]}; from "${p.source.title}" (${p.source.date})${matrix}`;
}

/** The profiles that reached every probed host of a firewall row, and those that did not (CSV, JUnit). */
export function reachOf(endpoints: readonly EndpointResult[]): {
  readonly reaching: readonly string[];
  readonly failing: readonly string[];
} {
  const cells = endpoints.flatMap((e) => e.profiles ?? []);
  const ids = [...new Set(cells.map((c) => c.profile))];
  const ok = (id: string) => cells.filter((c) => c.profile === id).every((c) => c.status === 'pass' || c.status === 'warn');
  return { reaching: ids.filter(ok), failing: ids.filter((id) => !ok(id)) };
}
