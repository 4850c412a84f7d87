import type { FailureCode } from '../model/codes.js';
import type { FirewallRule, ObservedState, RowSource } from '../report/firewall-rows.js';
import type { Route } from '../probes/types.js';
import type { ReportSummary, Verdict } from '../model/report.js';

/** Bumped on any breaking change to the fleet report's JSON shape. */
export const FLEET_VERSION = 1;

/** One firewall row of one run, reduced to what the fleet views need. */
export interface DigestRow {
  /** `destination` + NUL + port: the matrix column and the de-duplication key. */
  readonly key: string;
  readonly destination: string;
  readonly port: number;
  readonly service: 'HTTPS' | 'HTTP';
  readonly purpose: string;
  /** `SCP host egress` or `Proxy <url>`. */
  readonly location: string;
  readonly proxy: string | null;
  readonly observed: ObservedState;
  readonly code: FailureCode | null;
  readonly codes: readonly FailureCode[];
  readonly action: string;
  readonly needsAction: boolean;
  /** An active waiver covers every failure of the row. */
  readonly waived: boolean;
  readonly addresses: readonly string[];
}

/** What the fleet keeps of one saved report (the report itself is dropped after reading, so 500 runs stay small). */
export interface HostDigest {
  readonly file: string;
  /** The name the run is known by (`--host-label`, else FQDN, else host name), and its lower-case key. */
  readonly name: string;
  readonly key: string;
  /** The report's host line ("cm-lab-01 (a label given with --host-label; the probes ran on vm)"). */
  readonly hostLine: string;
  readonly startedAt: string;
  readonly edition: string;
  readonly route: Route;
  readonly verdict: Verdict;
  readonly headline: string;
  readonly simulation: boolean;
  /** `not checked` when the run probed no endpoint (`--only rules`). */
  readonly network: 'checked' | 'not checked' | 'informational';
  readonly summary: ReportSummary;
  /** The warning when the plan's scp.server is another machine, else null. */
  readonly scpWarning: string | null;
  readonly rows: readonly DigestRow[];
}

/** A saved report as the fleet report lists it; `supersededBy` names the newer run of the same host that is used. */
export interface FleetSource {
  readonly file: string;
  readonly host: string;
  readonly hostLine: string;
  readonly startedAt: string;
  readonly edition: string;
  readonly route: string;
  readonly verdict: Verdict;
  readonly headline: string;
  readonly simulation: boolean;
  readonly network: HostDigest['network'];
  readonly scpWarning: string | null;
  readonly supersededBy: string | null;
}

/** One cell of the host × endpoint matrix; `null` in `cells` when the host's report does not list the endpoint. */
export interface FleetCell {
  readonly observed: ObservedState;
  readonly code: FailureCode | null;
  readonly codes: readonly FailureCode[];
  readonly waived: boolean;
  readonly location: string;
}

/** A matrix row: one host (its newest report), and how much fails there. */
export interface FleetHost {
  readonly name: string;
  readonly verdict: Verdict;
  readonly headline: string;
  readonly blocked: number;
  readonly warning: number;
  readonly untested: number;
  /** Cells in the order of `FleetReport.endpoints`. */
  readonly cells: readonly (FleetCell | null)[];
}

/** A matrix column: one documented destination × port, and on how many hosts it fails. */
export interface FleetEndpoint {
  readonly destination: string;
  readonly port: number;
  readonly service: 'HTTPS' | 'HTTP';
  readonly purpose: string;
  readonly blocked: number;
  readonly warning: number;
  readonly untested: number;
  readonly open: number;
}

/** One source host of a fleet firewall row: who needs the rule, from which addresses. */
export interface FleetRowSource extends RowSource {
  readonly observed: ObservedState;
  readonly code: FailureCode | null;
}

/** The de-duplicated firewall change request: one row per destination × port × place the rule belongs. */
export interface FleetFirewallRow extends FirewallRule {
  /** The worst state among the hosts that need the rule (or `open` for a folded row). */
  readonly observed: ObservedState;
  readonly codes: readonly FailureCode[];
  /** Every host that needs the rule and does not have it (waived hosts excluded). */
  readonly sources: readonly FleetRowSource[];
  readonly waivedHosts: readonly string[];
  readonly openHosts: readonly string[];
  readonly needsAction: boolean;
}

/** Where one endpoint works on some hosts and not on others, and what that says. */
export interface FleetDifference {
  readonly destination: string;
  readonly port: number;
  readonly works: readonly string[];
  readonly fails: readonly {
    readonly hosts: readonly string[];
    readonly observed: ObservedState;
    readonly code: FailureCode | null;
    readonly location: string;
    /** What the difference points at, e.g. "the firewall on the egress path of cm-prod-01 lacks it". */
    readonly reason: string;
  }[];
}

/** The fleet report: every view of `merge` is rendered from this object. */
export interface FleetReport {
  readonly kind: 'scp-preflight-fleet';
  readonly fleetVersion: typeof FLEET_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly createdAt: string;
  /** `none`, `all` or `mixed` (mixed only with --allow-simulation). */
  readonly simulation: 'none' | 'all' | 'mixed';
  readonly sources: readonly FleetSource[];
  readonly hosts: readonly FleetHost[];
  readonly endpoints: readonly FleetEndpoint[];
  readonly firewall: readonly FleetFirewallRow[];
  readonly differences: readonly FleetDifference[];
}
