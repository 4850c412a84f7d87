import type { Provenance } from '../model/provenance.js';
import type { RevocationCheck } from '../revocation/types.js';
import type { EndpointResult, RuleFinding } from '../model/report.js';
import type { Evidence } from './load-evidence.js';
import type { SitePlan } from './plan/types.js';

/** Which document's requirements apply: a custom catalog is judged by the current documents. */
export type RuleEdition = '2018' | 'current';

/** Maps `--edition` (or a custom catalog's name) to the requirements the rules apply. */
export function ruleEdition(edition: string): RuleEdition {
  return edition === '2018' ? '2018' : 'current';
}

/** Everything a rule may look at: plain data, read and parsed before any rule runs. */
export interface RuleContext {
  readonly plan: SitePlan;
  readonly edition: RuleEdition;
  readonly evidence: Evidence;
  readonly endpoints: readonly EndpointResult[];
  /** False for `check --only rules`: probe-based rules then skip instead of judging an empty list. */
  readonly networkChecked: boolean;
  /** The run's revocation and trusted-root-list fetches (empty without probes). */
  readonly revocation: readonly RevocationCheck[];
}

/** What a rule decides; the registry adds `id` and `title`. */
export type RuleOutcome = Omit<RuleFinding, 'id' | 'title'>;

/** A prerequisite rule: a pure function of the plan, the evidence and the probe results. */
export interface Rule {
  readonly id: string;
  readonly title: string;
  /** The document that states the requirement, per edition (also used when the rule is skipped). */
  readonly source: (edition: RuleEdition) => Provenance;
  readonly check: (ctx: RuleContext) => RuleOutcome;
}
