import type { FindingEvidence } from '../model/report.js';
import type { Principal } from '../evidence/principal.js';
import { isDomainPrincipal, principalMatches, principalText, sameHost } from './accounts.js';
import type { AdminMember, LocalAdmins } from '../evidence/local-admins.js';

/** Whether an account is in the SCP host's local Administrators, as far as the evidence can tell. */
export interface Membership {
  /** `pass` listed; `warn` not listed but domain groups are (nested membership possible); `fail` neither. */
  readonly status: 'pass' | 'warn' | 'fail';
  readonly member: AdminMember | null;
  /** Domain groups through which the account could be a member. */
  readonly groups: readonly AdminMember[];
  readonly evidence: readonly FindingEvidence[];
  /** ` Note: …` when the evidence's local accounts belong to another computer than the SCP host, else ''. */
  readonly note: string;
}

/**
 * Looks for `wanted` among the members. `knownUsers` are accounts the plan tells us are users (installation and
 * proxy accounts), so they are never mistaken for groups.
 */
export function checkMembership(admins: LocalAdmins, wanted: Principal, scpHost: string, knownUsers: readonly Principal[]): Membership {
  const note = hostNote(admins, scpHost);
  const member = admins.members.find((m) => principalMatches(m.principal, wanted)) ?? null;
  if (member) return { status: 'pass', member, groups: [], evidence: [{ file: admins.file, lines: member.lines }], note };
  const groups = admins.members.filter((m) => mayNest(m, scpHost, knownUsers));
  if (groups.length > 0) {
    return { status: 'warn', member: null, groups, evidence: [{ file: admins.file, lines: groups.flatMap((g) => g.lines) }], note };
  }
  const lines = admins.members.length > 0 ? admins.members.flatMap((m) => m.lines) : admins.frame;
  return { status: 'fail', member: null, groups: [], evidence: [{ file: admins.file, lines }], note };
}

/**
 * Get-LocalGroupMember prefixes local accounts with the computer name (`SCP01\Administrator`): another name means the
 * file was probably collected on another computer. Only a remark: the status stays what the members say.
 */
function hostNote(admins: LocalAdmins, scpHost: string): string {
  const owners = new Set(
    admins.members.flatMap((m) => (m.source === 'local' && m.principal.domain !== null ? [m.principal.domain.toUpperCase()] : [])),
  );
  const others = [...owners].filter((h) => !sameHost(h, scpHost));
  return others.length === 0
    ? ''
    : ` Note: the local accounts in this evidence belong to ${others.join(', ')}, not ${scpHost}; check that it was collected on the ` +
        `SCP host.`;
}

/**
 * Whether a member could be a domain group that contains other accounts. Local groups cannot be nested in a local
 * group, and well-known authorities (NT AUTHORITY, BUILTIN) and Azure AD groups cannot hold a domain account, so
 * only domain groups count. `Get-LocalGroupMember` says so directly (ObjectClass Group with PrincipalSource
 * ActiveDirectory). `net localgroup` text cannot tell a group from a user: `CONTOSO\Domain Admins` and
 * `CONTOSO\jdoe` look alike, so any domain member without the computer-account `$` that the plan does not name as
 * a user is treated as a possible group — a warning to verify is safer than a false "not a member" failure.
 */
function mayNest(m: AdminMember, scpHost: string, knownUsers: readonly Principal[]): boolean {
  if (!isDomainPrincipal(m.principal, scpHost)) return false;
  if (m.sid !== null && m.name === m.sid) return false;
  if (knownUsers.some((u) => principalMatches(m.principal, u))) return false;
  if (m.objectClass === 'group') return m.source === 'active-directory' || m.source === 'unknown' || m.source === null;
  if (m.objectClass === 'user' || m.objectClass === 'other') return false;
  // Unknown class (net localgroup, or a localized ObjectClass we do not know): judge by the name.
  return !m.principal.name.endsWith('$') && (m.source === null || m.source === 'active-directory' || m.source === 'unknown');
}

/** ` (members: Administrator, SCP01\admin)`, or ` (the group is empty)`, for a "not a member" message. */
export function membersText(admins: LocalAdmins): string {
  return admins.members.length > 0 ? ` (members: ${admins.members.map((x) => x.name).join(', ')})` : ' (the group is empty)';
}

/** `CONTOSO\SCCM Servers, CONTOSO\Domain Admins`. */
export function groupList(groups: readonly AdminMember[]): string {
  return groups.map((g) => principalText(g.principal)).join(', ');
}

/** PowerShell (ActiveDirectory module) that names the groups that hold `account`, looking through nested groups. */
export function nestedCheckCommand(groups: readonly AdminMember[], account: Principal): string {
  const names = groups.map((g) => `'${g.principal.name.replaceAll("'", "''")}'`).join(', ');
  const sam = account.name.replaceAll("'", "''");
  return (
    `foreach ($g in ${names}) { if (Get-ADGroupMember -Identity $g -Recursive | Where-Object SamAccountName -eq '${sam}') ` +
    `{ "member through $g" } }`
  );
}
