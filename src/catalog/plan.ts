import type { Provenance } from '../model/provenance.js';
import { InputError } from '../model/input-error.js';
import { extended } from '../model/extended.js';
import { parseEntry } from './parse-entry.js';
import type { Catalog, CatalogGroup } from './types.js';

/** What the user asked to include. */
export interface PlanOptions {
  /** Probe groups that require Intune (`--intune`). */
  readonly intune: boolean;
  /** Optional group ids asked for with `--groups` (`all` = every optional group). */
  readonly groups: readonly string[];
  /** Replaces `{TenantID}`; `null` = `common`, which the result says. */
  readonly tenantId: string | null;
}

/** One (host, port, path) to probe. Several documented lines can share one target: it is probed once. */
export interface ProbeTarget {
  readonly id: string;
  readonly host: string;
  readonly port: number;
  readonly scheme: 'https' | 'http';
  readonly path: string;
}

/** One row of what the firewall must allow: a documented entry × a port (× a sample host for a wildcard). */
export interface PlannedEndpoint {
  /** The documented text, verbatim. */
  readonly entry: string;
  readonly group: string;
  readonly groupTitle: string;
  readonly provenance: Provenance;
  /** The concrete host probed; for an untested wildcard, the pattern itself. */
  readonly host: string;
  /** The host as documented (may hold `*`). */
  readonly pattern: string;
  readonly wildcard: boolean;
  readonly port: number;
  readonly scheme: 'https' | 'http';
  readonly path: string;
  /** Where a sample host comes from, how `{TenantID}` was filled, the document's remarks. */
  readonly notes: readonly string[];
  /** The probe that answers for this row; `null` for a wildcard with no sample (WILDCARD_UNTESTED). */
  readonly targetId: string | null;
}

export interface EndpointPlan {
  readonly edition: string;
  readonly provenance: Provenance;
  readonly groups: readonly CatalogGroup[];
  readonly endpoints: readonly PlannedEndpoint[];
  readonly targets: readonly ProbeTarget[];
}

const TENANT_PLACEHOLDER = /\{TenantID\}/gi;

/** Selects the groups the options ask for and expands every entry into rows and unique probe targets. */
export function planEndpoints(catalog: Catalog, options: PlanOptions): EndpointPlan {
  const known = new Set(catalog.groups.map((g) => g.id));
  for (const id of options.groups) {
    if (id !== 'all' && !known.has(id)) {
      throw new InputError(`--groups: unknown group "${id}"; this catalog has: ${[...known].join(', ')}`);
    }
  }
  const wanted = (group: CatalogGroup): boolean => {
    if (group.requires === 'intune' && !options.intune) return false;
    if (group.optional) return options.groups.includes('all') || options.groups.includes(group.id);
    return true;
  };
  const groups = catalog.groups.filter(wanted);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const targets = new Map<string, ProbeTarget>();
  const endpoints: PlannedEndpoint[] = [];
  const tenant = options.tenantId ?? 'common';
  const tenantNote =
    options.tenantId === null
      ? '{TenantID} replaced by "common" because no --tenant-id was given; pass your tenant id to probe its exact URL.'
      : `{TenantID} replaced by ${options.tenantId} (--tenant-id).`;

  for (const entry of catalog.entries) {
    const group = byId.get(entry.group);
    if (!group) continue;
    const parsed = parseEntry(entry.text);
    if (typeof parsed === 'string') throw new InputError(`catalog entry "${entry.text}" ${parsed}`);
    const hasTenant = TENANT_PLACEHOLDER.test(entry.text);
    TENANT_PLACEHOLDER.lastIndex = 0;
    const path = parsed.path.replace(TENANT_PLACEHOLDER, encodeURIComponent(tenant));
    const ports = entry.ports ?? (parsed.port === null ? catalog.barePorts : [parsed.port]);
    const baseNotes = [...(entry.note ? [entry.note] : []), ...(hasTenant ? [tenantNote] : [])];
    const samples = parsed.wildcard
      ? (entry.samples ?? []).map((s) => ({ host: s.host, path: parsed.scheme ? path : (s.path ?? '/'), note: s.note }))
      : [{ host: parsed.host, path, note: null }];
    for (const port of ports) {
      const scheme = parsed.scheme ?? (port === 80 ? 'http' : 'https');
      const common = {
        entry: entry.text,
        group: group.id,
        groupTitle: group.title,
        provenance: entry.provenance ?? catalog.provenance,
        pattern: parsed.host,
        wildcard: parsed.wildcard,
        port,
        scheme,
      } as const;
      if (samples.length === 0) {
        endpoints.push(extended(common, { host: parsed.host, path, notes: baseNotes, targetId: null }));
        continue;
      }
      for (const sample of samples) {
        const id = `${scheme}://${sample.host}:${port}${sample.path}`;
        if (!targets.has(id)) targets.set(id, { id, host: sample.host, port, scheme, path: sample.path });
        const notes = sample.note ? [`Probed through sample host: ${sample.note}`, ...baseNotes] : baseNotes;
        endpoints.push(extended(common, { host: sample.host, path: sample.path, notes, targetId: id }));
      }
    }
  }
  return { edition: catalog.edition, provenance: catalog.provenance, groups, endpoints, targets: [...targets.values()] };
}
