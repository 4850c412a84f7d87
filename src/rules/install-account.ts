import { parsePrincipal, type Principal } from '../evidence/principal.js';
import { principalText } from './accounts.js';
import type { LocalAdmins } from '../evidence/local-admins.js';
import { checkMembership, groupList, membersText, nestedCheckCommand } from './membership.js';
import type { SitePlan } from './plan/types.js';
import { accountForCommand, collectAdminsSteps, docLine, planEvidence, planUsers, scpIsLocal, siteServerAccount } from './rule-helpers.js';
import { ACCOUNTS_URL, scpDoc } from './sources.js';
import type { Rule, RuleEdition, RuleOutcome } from './types.js';

/**
 * SCP-INSTALL-ACCOUNT (remote SCP only). 2018: "You must configure the site system server that hosts the role with a
 * site system installation account", and that account needs local admin on the target (Accounts: site system
 * installation account). Current: the computer account as local admin *or* an installation account suffices; a
 * configured installation account is the one ConfigMgr then uses, so it must be an administrator itself.
 */
export const installAccount: Rule = {
  id: 'SCP-INSTALL-ACCOUNT',
  title: 'A site system installation account is configured for a remote SCP and is a local administrator there',
  source: scpDoc,
  check({ plan, edition, evidence }) {
    const source = scpDoc(edition);
    const docs = [docLine(source.url), docLine(ACCOUNTS_URL[edition])];
    const hosts = planEvidence(plan, 'site.server', 'scp.server', 'scp.installationAccount');
    if (scpIsLocal(plan)) {
      return {
        status: 'pass',
        message: `Not applicable: the role goes on the site server itself (${plan.scp.server}).`,
        evidence: [hosts],
        remediation: [],
        source,
      };
    }
    const configure = configureSteps(plan, edition);
    if (plan.scp.installationAccount === null && edition === '2018') {
      return {
        status: 'fail',
        message:
          `No site system installation account is configured for remote SCP host ${plan.scp.server}; ` +
          `the 2018 document requires one (distribution manager on the site server uses it to transfer updates from the SCP).`,
        evidence: [hosts],
        remediation: [...configure, ...docs],
        source,
      };
    }
    const install = plan.scp.installationAccount === null ? null : parsePrincipal(plan.scp.installationAccount);
    // Current edition without an installation account: the computer account is the accepted alternative.
    const wanted: Principal = install ?? siteServerAccount(plan);
    const label = install
      ? `installation account ${plan.scp.installationAccount}`
      : `the site server's computer account ${wanted.domain === null ? wanted.name : principalText(wanted)} (no installation account ` +
        `is configured)`;
    const admins = evidence.localAdministrators;
    if (admins === null) {
      return {
        status: 'skip',
        message: `No local Administrators evidence from ${plan.scp.server}: cannot tell whether ${label} is a member.`,
        evidence: [hosts],
        remediation: [...collectAdminsSteps(plan), ...docs],
        source,
      };
    }
    return judge(plan, admins, wanted, install, label, edition, configure, [...docs]);
  },
};

function judge(
  plan: SitePlan,
  admins: LocalAdmins,
  wanted: Principal,
  install: Principal | null,
  label: string,
  edition: RuleEdition,
  configure: string[],
  docs: string[],
): RuleOutcome {
  const source = scpDoc(edition);
  const hosts = planEvidence(plan, 'site.server', 'scp.server', 'scp.installationAccount');
  const m = checkMembership(admins, wanted, plan.scp.server, planUsers(plan));
  const why = install ? '' : ' The current document accepts it instead of an installation account.';
  if (m.status === 'pass') {
    return {
      status: 'pass',
      message: `${capital(label)} is in the local Administrators group of ${plan.scp.server}.${why}${m.note}`,
      evidence: [...m.evidence, hosts],
      remediation: [],
      source,
    };
  }
  const member = accountForCommand(wanted);
  const add = `On ${plan.scp.server}, in an elevated PowerShell: Add-LocalGroupMember -SID S-1-5-32-544 -Member '${member}'`;
  if (m.status === 'warn') {
    return {
      status: 'warn',
      message:
        `${capital(label)} is not listed directly in the local Administrators group of ${plan.scp.server}, but domain group(s) ` +
        `${groupList(m.groups)} are: it is a member only if it is nested in one of them. Verify.${m.note}`,
      evidence: [...m.evidence, hosts],
      remediation: [`Verify (ActiveDirectory module): ${nestedCheckCommand(m.groups, wanted)}`, `If it is not nested: ${add}`, ...docs],
      source,
    };
  }
  const alt = install ? [] : ['Or configure a site system installation account that is a local administrator there:', ...configure];
  return {
    status: 'fail',
    message:
      `${capital(label)} is not in the local Administrators group of ${plan.scp.server}, and no domain group is listed ` +
      `through which it could be${membersText(admins)}.` +
      (install ? ' Installing the role with this account will fail.' : ' Neither alternative of the current document holds.') +
      m.note,
    evidence: [...m.evidence, hosts],
    remediation: [add, ...alt, ...docs],
    source,
  };
}

function configureSteps(plan: SitePlan, edition: RuleEdition): string[] {
  const account = plan.scp.installationAccount ?? 'CONTOSO\\svc-cminstall';
  return [
    `Console: Administration → Site Configuration → Servers and Site System Roles → ${plan.scp.server} → Site system → Properties → ` +
      `General → "Use another account for installing this site system" → Set → ${account}.`,
    `PowerShell (ConfigMgr module): Set-CMSiteSystemServer -SiteSystemServerName '${plan.scp.server}' -SiteCode '${plan.site.code}' ` +
      `-AccountName '${account}'`,
    `The account needs local Administrator and "Access this computer from the network" on ${plan.scp.server}: ` +
      `Add-LocalGroupMember -SID S-1-5-32-544 -Member '${account}'` +
      (edition === '2018' ? '' : ' (current document: optional when the computer account is a local administrator)'),
  ];
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
