import { parsePrincipal } from '../evidence/principal.js';
import { principalText } from './accounts.js';
import { checkMembership, groupList, membersText, nestedCheckCommand } from './membership.js';
import { accountForCommand, collectAdminsSteps, docLine, planEvidence, planUsers, scpIsLocal, siteServerAccount } from './rule-helpers.js';
import { scpDoc } from './sources.js';
import type { Rule } from './types.js';

/**
 * SCP-REMOTE-ADMIN: "The computer account of the site server must be a local admin on the computer that hosts a
 * remote service connection point." The 2018 document requires it (together with an installation account); the
 * current one accepts it *or* a site system installation account, so there a configured installation account
 * makes this rule pass and SCP-INSTALL-ACCOUNT checks that account instead.
 */
export const remoteAdmin: Rule = {
  id: 'SCP-REMOTE-ADMIN',
  title: "The site server's computer account is a local administrator on a remote SCP host",
  source: scpDoc,
  check({ plan, edition, evidence }) {
    const source = scpDoc(edition);
    const doc = docLine(source.url);
    const hosts = planEvidence(plan, 'site.server', 'site.domain', 'scp.server');
    if (scpIsLocal(plan)) {
      return {
        status: 'pass',
        message: `Not applicable: the role goes on the site server itself (${plan.scp.server}).`,
        evidence: [hosts],
        remediation: [],
        source,
      };
    }
    const account = siteServerAccount(plan);
    const shown = account.domain === null ? `${account.name} (any domain: site.domain is not set)` : principalText(account);
    const admins = evidence.localAdministrators;
    if (admins === null) {
      return {
        status: 'skip',
        message: `No local Administrators evidence from ${plan.scp.server}: cannot tell whether ${shown} is a member.`,
        evidence: [hosts],
        remediation: [...collectAdminsSteps(plan), doc],
        source,
      };
    }
    const install = plan.scp.installationAccount === null ? null : parsePrincipal(plan.scp.installationAccount);
    const m = checkMembership(admins, account, plan.scp.server, planUsers(plan));
    if (m.status === 'pass') {
      if (m.member === null) throw new Error('checkMembership: a pass names the member it found');
      return {
        status: 'pass',
        message:
          `${m.member.name}, the computer account of site server ${plan.site.server}, is in the local Administrators group of ` +
          `${plan.scp.server}.${m.note}`,
        evidence: [...m.evidence, hosts],
        remediation: [],
        source,
      };
    }
    if (edition === 'current' && install !== null) {
      return {
        status: 'pass',
        message:
          `${shown} is not listed in the local Administrators group of ${plan.scp.server}, but the current document ` +
          'requires the computer account *or* a site system installation account, and the plan configures installation account ' +
          `${plan.scp.installationAccount} (SCP-INSTALL-ACCOUNT checks its membership).${m.note}`,
        evidence: [...m.evidence, planEvidence(plan, 'scp.installationAccount')],
        remediation: [],
        source,
      };
    }
    const add =
      `On ${plan.scp.server}, in an elevated PowerShell: Add-LocalGroupMember -SID S-1-5-32-544 -Member ` +
      `'${accountForCommand(account)}'`;
    const console =
      `Or: Computer Management → System Tools → Local Users and Groups → Groups → Administrators → Add… → Object Types: ` +
      `tick Computers → ${account.name.slice(0, -1)}.`;
    const alt =
      edition === 'current'
        ? [
            'Alternatively (current document), configure a site system installation account that is a local administrator on the SCP ' +
              'host (see SCP-INSTALL-ACCOUNT).',
          ]
        : [];
    if (m.status === 'warn') {
      return {
        status: 'warn',
        message:
          `${shown} is not listed directly in the local Administrators group of ${plan.scp.server}, but domain group(s) ` +
          `${groupList(m.groups)} are: it is a member only if it is nested in one of them. Verify.${m.note}`,
        evidence: [...m.evidence, hosts],
        remediation: [`Verify (ActiveDirectory module): ${nestedCheckCommand(m.groups, account)}`, `If it is not nested: ${add}`, doc],
        source,
      };
    }
    return {
      status: 'fail',
      message:
        `${shown}, the computer account of site server ${plan.site.server}, is not in the local Administrators group of ` +
        `${plan.scp.server}, and no domain group is listed through which it could be${membersText(admins)}.${m.note}`,
      evidence: [...m.evidence, hosts],
      remediation: [add, console, ...alt, doc],
      source,
    };
  },
};
