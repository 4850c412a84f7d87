import type { Provenance } from '../model/provenance.js';

/** A concrete host that stands in for a wildcard entry, and why we believe the SCP really uses it. */
export interface WildcardSample {
  readonly host: string;
  /** Where the sample comes from, shown next to every result probed through it. */
  readonly note: string;
  /** Path to request on the sample (default `/`). */
  readonly path?: string;
}

/** One documented line of an endpoint list, kept verbatim. */
export interface CatalogEntry {
  /** The documented text exactly as written: `*.akamaiedge.net`, `https://login.microsoftonline.com/{TenantID}`. */
  readonly text: string;
  /** Id of the group it is listed under. */
  readonly group: string;
  /** Concrete hosts to probe for a wildcard entry. */
  readonly samples?: readonly WildcardSample[];
  /** Overrides the edition's port rule for this entry. */
  readonly ports?: readonly number[];
  /** A remark from the document worth showing (e.g. TLS 1.2 cipher requirement). */
  readonly note?: string;
  /** Overrides the catalog's provenance (an entry taken from another document). */
  readonly provenance?: Provenance;
}

export interface CatalogGroup {
  readonly id: string;
  readonly title: string;
  /** Optional groups are probed only when named with `--groups`. */
  readonly optional?: boolean;
  /** Groups probed only when a feature is enabled (`--intune`). */
  readonly requires?: 'intune';
  readonly note?: string;
}

/** A whole endpoint list: one edition of the documentation, or a user's `--catalog` file. */
export interface Catalog {
  /** `2018`, `current`, or the name a custom catalog gives itself. */
  readonly edition: string;
  readonly provenance: Provenance;
  /** How a bare host (no scheme) maps to ports: the 2018 text asks for 443 and 80, the current one for 443. */
  readonly barePorts: readonly number[];
  readonly groups: readonly CatalogGroup[];
  readonly entries: readonly CatalogEntry[];
}
