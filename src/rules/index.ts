import type { EndpointResult, RuleFinding } from '../model/report.js';
import { dotnetTls12 } from './dotnet-tls12.js';
import { loadEvidence, type Evidence } from './load-evidence.js';
import { installAccount } from './install-account.js';
import { intuneOnline } from './intune-online.js';
import { offlineMode } from './offline-mode.js';
import { onePerHierarchy } from './one-per-hierarchy.js';
import type { SitePlan } from './plan/types.js';
import { proxyAccount } from './proxy-account.js';
import { remoteAdmin } from './remote-admin.js';
import { rootStore } from './root-store.js';
import type { RevocationCheck } from '../revocation/types.js';
import { topTier } from './top-tier.js';
import { ruleEdition, type Rule } from './types.js';
import { PLAN_SCHEMA } from './plan/load-site-plan.js';
import { winhttpProxy } from './winhttp-proxy.js';

/** The plan's evidence keys, as schema/plan.schema.json defines them (a newly collected file is named here too). */
const EVIDENCE_KEYS = Object.keys((PLAN_SCHEMA as { properties: { evidence: { properties: object } } }).properties.evidence.properties);

export { loadEvidence, type Evidence } from './load-evidence.js';
export { loadSitePlan, type SitePlan } from './plan/load-site-plan.js';
export type { Rule, RuleContext, RuleEdition } from './types.js';

/** The rule registry, in report order; keys are the rule ids. Adding a rule = one file + one line here. */
export const rules = {
  'SCP-TOP-TIER': topTier,
  'SCP-ONE-PER-HIERARCHY': onePerHierarchy,
  'SCP-REMOTE-ADMIN': remoteAdmin,
  'SCP-INSTALL-ACCOUNT': installAccount,
  'SCP-INTUNE-ONLINE': intuneOnline,
  'SCP-OFFLINE-MODE': offlineMode,
  'SCP-PROXY-ACCOUNT': proxyAccount,
  'SCP-WINHTTP-PROXY': winhttpProxy,
  'SCP-DOTNET-TLS12': dotnetTls12,
  'SCP-ROOT-STORE': rootStore,
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;
export const RULE_IDS = Object.keys(rules) as RuleId[];

/** What `evaluateRules` needs. */
export interface RuleInput {
  readonly plan: SitePlan | null;
  /** `2018`, `current`, or a custom catalog's name (judged by the current documents). */
  readonly edition: string;
  readonly endpoints: readonly EndpointResult[];
  /** False for `check --only rules`. */
  readonly networkChecked: boolean;
  /** Parsed evidence from `loadEvidence(plan)`; when absent it is loaded here (and may throw InputError). */
  readonly evidence?: Evidence;
  /** The run's revocation and trusted-root-list fetches (SCP-ROOT-STORE reads the latter). */
  readonly revocation?: readonly RevocationCheck[];
}

/**
 * Runs every rule. Without a plan every rule is `skip`, naming what to provide, so a report always shows what was
 * not checked. Pure when `evidence` is given: call `loadEvidence(plan)` up front, before any probe runs, so a bad
 * evidence file stops the run with exit 2 before anything touches the network.
 */
export function evaluateRules(input: RuleInput): RuleFinding[] {
  const edition = ruleEdition(input.edition);
  const plan = input.plan;
  const all: Rule[] = Object.values(rules);
  if (plan === null) {
    return all.map((rule) => ({
      id: rule.id,
      title: rule.title,
      status: 'skip',
      message: 'No site plan: this prerequisite was not checked.',
      evidence: [],
      remediation: [
        'Describe the site and the SCP host in a plan and pass it with --plan FILE (YAML or JSON): ' +
          'site { code, type, parent, server, domain }, hierarchy, scp { server, mode, intune, installationAccount, proxy }, ' +
          `evidence { ${EVIDENCE_KEYS.join(', ')} }.`,
        'scp-preflight collect --script prints a PowerShell script that collects the evidence on the SCP host and writes a plan ' +
          'skeleton next to it.',
      ],
      source: rule.source(edition),
    }));
  }
  const evidence = input.evidence ?? loadEvidence(plan);
  const ctx = {
    plan,
    edition,
    evidence,
    endpoints: input.endpoints,
    networkChecked: input.networkChecked,
    revocation: input.revocation ?? [],
  };
  return all.map((rule) => ({ id: rule.id, title: rule.title, ...rule.check(ctx) }));
}

/** True when the SCP runs offline (SCP-OFFLINE-MODE): its host's endpoint results then do not count toward the verdict. */
export function networkIsInformational(plan: SitePlan | null): boolean {
  return plan?.scp.mode === 'offline';
}
