/**
 * Waivers: a documented, dated exception for a known failure ("the proxy team opens this in CHG-1234"). A waived
 * result keeps its real status and code (the evidence is not rewritten); it gains a `waiver` and stops failing the
 * verdict until the waiver expires. Expired and unused waivers are listed in the report so they get cleaned up.
 */

/** What a waiver names: a documented entry, a probed host, or a rule; `port: null` = every port. */
export type WaiverMatch =
  | { readonly kind: 'entry'; readonly entry: string; readonly port: number | null }
  | { readonly kind: 'host'; readonly host: string; readonly port: number | null }
  | { readonly kind: 'rule'; readonly id: string };

/** Where a waiver was written, so messages and reports can point at it. */
export interface WaiverSource {
  readonly file: string | null;
  /** Zero-based position in the file's list. */
  readonly index: number;
  /** One-based line, when the file is YAML/JSON text we parsed. */
  readonly line: number | null;
}

/** One validated waiver from a waivers file. */
export interface Waiver {
  readonly match: WaiverMatch;
  readonly reason: string;
  readonly ticket: string;
  /** Last day the waiver holds, YYYY-MM-DD (inclusive). */
  readonly expires: string;
  readonly source: WaiverSource;
}

/** The waiver attached to the endpoint result or rule finding it matched. */
export interface AppliedWaiver {
  readonly reason: string;
  readonly ticket: string;
  readonly expires: string;
  /** An expired waiver is shown but no longer stops the item from failing. */
  readonly expired: boolean;
  /** The waiver's matcher in words, e.g. `host sccm.manage.microsoft.com port 443`. */
  readonly matchedBy: string;
}

/** `active`: waived something this run; `expired`: past its date; `unused`: matched no failure or warning. */
export type WaiverState = 'active' | 'expired' | 'unused';

/** One waiver of the file and what it did in this run. */
export interface WaiverRecord extends Waiver {
  readonly state: WaiverState;
  readonly matchedBy: string;
  /** The items it waived (or would have, if expired): `entry → host:port` or the rule id. */
  readonly matched: readonly string[];
}

/** The waivers section of a report. */
export interface WaiverReport {
  /** The waivers file, as given on the command line. */
  readonly file: string | null;
  /** The day expiry was judged against, YYYY-MM-DD. */
  readonly asOf: string;
  readonly items: readonly WaiverRecord[];
}
