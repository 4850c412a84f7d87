import type { Principal } from './principal.js';

// The shapes every local-Administrators parser returns, in their own file so the parsers and the format dispatcher
// (local-admins.ts) depend on them and not on each other.

/** What a member is, when the evidence says (`Get-LocalGroupMember`'s ObjectClass); `null` for `net localgroup`. */
export type MemberClass = 'user' | 'group' | 'other';
/** `Get-LocalGroupMember`'s PrincipalSource; `null` for `net localgroup`. */
export type MemberSource = 'unknown' | 'local' | 'active-directory' | 'azure-ad' | 'microsoft-account';

/** One member of the SCP host's local Administrators group. */
export interface AdminMember {
  /** As listed (`CONTOSO\CM01$`, `Administrator`, or a bare SID for an account that no longer resolves). */
  readonly name: string;
  readonly principal: Principal;
  readonly objectClass: MemberClass | null;
  readonly source: MemberSource | null;
  readonly sid: string | null;
  /** The lines of the file this member was read from, exactly as written. */
  readonly lines: readonly string[];
}

/** The local Administrators group (SID S-1-5-32-544) of the SCP host, from either evidence format. */
export interface LocalAdmins {
  readonly kind: 'local-administrators';
  readonly file: string;
  readonly format: 'net-localgroup' | 'get-localgroupmember';
  /** The group's (possibly localized) name when the output shows it. */
  readonly group: string | null;
  readonly members: readonly AdminMember[];
  /** Lines that frame the list (alias line, dashed separator), for evidence when no member line applies. */
  readonly frame: readonly string[];
}
