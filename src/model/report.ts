import type { PlannedEndpoint } from '../catalog/plan.js';
import type { FailureCode } from './codes.js';
import type { Provenance } from './provenance.js';
import type { Status } from './status.js';
import type { ReportSummary, Verdict } from './verdict.js';
import type { Route, StageResult } from '../probes/types.js';
import type { RevocationCheck } from '../revocation/types.js';
import type { AppliedWaiver, WaiverReport } from './waivers.js';
import type { ProfileCell } from '../probes/client-profiles/profile-matrix.js';

/** Bumped on any breaking change to the report's shape. */
export const SCHEMA_VERSION = 1;

/** One documented entry × port (× sample host), with what the network did. */
export interface EndpointResult extends Omit<PlannedEndpoint, 'targetId'> {
  /** Shared by rows answered by the same probe (a host listed under several groups is probed once). */
  readonly probeId: string | null;
  readonly status: Status;
  readonly code: FailureCode | null;
  /** Plain-language reason, naming the hop, host and port. */
  readonly message: string;
  /** What to change, for every non-pass. */
  readonly remediation: string | null;
  readonly route: Route;
  readonly stages: readonly StageResult[];
  /** Redirect targets no catalog entry covers. */
  readonly undocumentedHosts: readonly string[];
  /** Set by `--waivers` when a waiver matched this failure or warning (status and code stay as observed). */
  readonly waiver?: AppliedWaiver;
  /** Set by `--compare-direct`: what the same probe did without the proxy, for the side-by-side view. */
  readonly direct?: DirectComparison;
  /** `--client-profile all`: one handshake per client profile ("which Windows versions can reach it"), https on 443 only. */
  readonly profiles?: readonly ProfileCell[];
}

export type { ProfileCell } from '../probes/client-profiles/profile-matrix.js';

/** The client profile the TLS stage offered, and why that one. */
export interface ClientProfileSettings {
  readonly id: string;
  readonly title: string;
  /**
   * `flag`: --client-profile; `platform`: the running Windows version (node off Windows); `evidence`: the host's own
   * Schannel configuration from collect.
   */
  readonly chosenBy: 'flag' | 'platform' | 'evidence';
  readonly source: Provenance;
  /** What went into the ClientHello, in one line (versions, suites, what was listed but not offered). */
  readonly offered: string;
  readonly remarks: readonly string[];
  /** `--client-profile all`: the profiles of the reachability matrix, in column order; empty otherwise. */
  readonly matrix: readonly string[];
}

/** The direct probe's outcome next to a proxied one (`--compare-direct`). */
export interface DirectComparison {
  readonly status: Status;
  readonly code: FailureCode | null;
  readonly message: string;
}

/** Lines of an input file (or probe results) a rule based its finding on. */
export interface FindingEvidence {
  /** The file, or `null` for evidence from probes or the plan itself. */
  readonly file: string | null;
  readonly lines: readonly string[];
}

/**
 * A finding about the whole run rather than one endpoint or rule (CLOCK_SKEW: this host's clock, measured against
 * the endpoints' Date headers). It counts toward the verdict like an endpoint result: it is measured over the network.
 */
export interface RunFinding {
  readonly code: FailureCode;
  readonly status: Status;
  readonly message: string;
  readonly remediation: string;
  /** The measurements it rests on, one line each (`host port 443: Date … (+3600 s)`). */
  readonly evidence: readonly string[];
  /** For CLOCK_SKEW: the measured offset (median endpoint Date minus this host's clock), in ms. */
  readonly offsetMs?: number;
}

/** A prerequisite rule's verdict. */
export interface RuleFinding {
  readonly id: string;
  readonly title: string;
  readonly status: Status;
  readonly message: string;
  readonly evidence: readonly FindingEvidence[];
  readonly remediation: readonly string[];
  readonly source: Provenance;
  /** Set by `--waivers` when a waiver matched this failure or warning (status stays as observed). */
  readonly waiver?: AppliedWaiver;
}

export type { ReportSummary, Verdict } from './verdict.js';

/** The settings a run used, without secrets. */
export interface ReportSettings {
  readonly edition: string;
  readonly catalog: { readonly source: 'built-in' | 'file'; readonly file: string | null; readonly provenance: Provenance };
  readonly groups: readonly { readonly id: string; readonly title: string }[];
  readonly intune: boolean;
  readonly tenantId: string | null;
  readonly timeoutMs: number;
  readonly deadlineS: number;
  readonly concurrency: number;
  readonly dnsServers: readonly string[];
  readonly caFile: string | null;
  readonly publicRoots: string | null;
  readonly strict: boolean;
  /** The route probes took by default (per-endpoint routes are on each result). */
  readonly route: Route;
  /** True when the run was `demo`: the network was simulated on loopback. */
  readonly simulation: boolean;
  /** True when the plan puts the SCP in offline mode: endpoint results are shown but do not count toward the verdict. */
  readonly networkInformational: boolean;
  /** `--lab-addresses`, present only on a lab run: DNS answers in these ranges were probed as real endpoints. */
  readonly labAddresses?: readonly string[];
  /** False for `check --only rules`: no endpoint was probed, and the verdict covers the rules only. */
  readonly networkChecked: boolean;
  /** The plan's `scp.server`, present only with `--plan`: the machine the firewall rows are meant for. */
  readonly scpServer?: string;
  /** `--client-profile`: what the TLS stage offered (absent in reports written before profiles existed). */
  readonly clientProfile?: ClientProfileSettings;
}

/** The machine the probes ran on; `fqdn` and `label` are absent in reports written before they existed. */
export interface ReportHost {
  readonly hostname: string;
  readonly platform: string;
  readonly node: string;
  /** Host name plus primary DNS suffix, read without DNS; `null` when unknown. */
  readonly fqdn?: string | null;
  /** `--host-label`: a name the user gave this run (fleet fixtures, lab copies); `hostname` stays the machine's. */
  readonly label?: string;
}

/** The canonical record of a run: every output format is a view of it. */
export interface Report {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  /** The machine the probes ran on. */
  readonly host: ReportHost;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly verdict: Verdict;
  /** The verdict in words with its scope, as every view shows it: `READY (rules only; NETWORK NOT CHECKED)`. */
  readonly headline: string;
  /** Counts over endpoints and rules together. */
  readonly summary: ReportSummary;
  /** Per kind; `run` counts the run findings (absent in reports written before they existed). */
  readonly counts: { readonly endpoints: ReportSummary; readonly rules: ReportSummary; readonly run?: ReportSummary };
  readonly settings: ReportSettings;
  readonly endpoints: readonly EndpointResult[];
  /**
   * Every distinct CRL, OCSP and caIssuers URL the endpoints' chains name, fetched once along the SCP's route; present
   * when the network was checked (absent in reports written before issue 11).
   */
  readonly revocation?: readonly RevocationCheck[];
  readonly rules: readonly RuleFinding[];
  /** Findings about the run as a whole (CLOCK_SKEW); empty when there are none, absent in reports written before them. */
  readonly runFindings?: readonly RunFinding[];
  /**
   * Reasons that explain many failures at once (root-cause.ts), said before the rows in every view; empty when none,
   * absent in reports written before it existed.
   */
  readonly rootCauses?: readonly RootCause[];
  /** Present when `--waivers` was given: every waiver, active, expired or unused. */
  readonly waivers?: WaiverReport;
  /** Present when the run was stopped (deadline or Ctrl-C) before every probe finished: the run is then not ready. */
  readonly stopped?: { readonly cause: 'deadline' | 'interrupt'; readonly message: string };
}

/**
 * One reason that explains many failures at once: every probed result on a route failed the same way (every name
 * NXDOMAIN because this host's DNS resolves nothing, every proxied result PROXY_UNREACHABLE, every connection timing
 * out). Views say it once, before the rows, so an admin fixes the host instead of reading 24 identical blocks.
 */
export interface RootCause {
  /** The code the explained results carry (the most frequent one when a family such as "cannot resolve" mixes codes). */
  readonly code: FailureCode;
  /** Every code among the explained results, most frequent first. */
  readonly codes: readonly FailureCode[];
  /** The route the explained results took: `direct`, or the proxy URL (without credentials). */
  readonly route: string;
  /** How many endpoint results it explains (documented entry × port × sample host). */
  readonly results: number;
  /** How many distinct probes (host × port × route) those results came from. */
  readonly probes: number;
  /** The probe ids of the explained results, so a view can fold those rows under the cause. */
  readonly probeIds: readonly string[];
  /** The cause in one sentence, naming the scope. */
  readonly message: string;
  /** What to change first. */
  readonly fix: string;
}
