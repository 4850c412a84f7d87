import { InputError } from '../../model/input-error.js';
import type { Principal } from '../accounts.js';
import type { EvidenceText } from './decode-text.js';
import { parseLocalGroupMemberJson } from './parse-local-group-member-json.js';
import { parseLocalGroupMemberTable } from './parse-local-group-member-table.js';
import { parseNetLocalgroup } from './parse-net-localgroup.js';

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

/**
 * Parses local Administrators evidence, recognizing the format from the content (not the file name): JSON from
 * `Get-LocalGroupMember -SID S-1-5-32-544 | ConvertTo-Json`, `net localgroup` text in any language, or the
 * cmdlet's default table view.
 */
export function parseLocalAdmins(text: EvidenceText): LocalAdmins {
  const body = text.text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('{') || body.startsWith('[')) return parseLocalGroupMemberJson(text);
  const parsed = parseNetLocalgroup(text) ?? parseLocalGroupMemberTable(text);
  if (parsed) return parsed;
  const first = text.lines.find((l) => l.trim() !== '')?.trim() ?? '(empty file)';
  const hint = /compare two elements/i.test(body)
    ? ' (Get-LocalGroupMember fails on unresolvable SIDs: collect `net localgroup` output instead, or run scp-preflight collect --script)'
    : '';
  throw new InputError(
    `not recognized as local Administrators evidence: expected \`net localgroup\` output (members below a dashed line) or \`Get-LocalGroupMember -SID S-1-5-32-544 | ConvertTo-Json\` (or its table view); first line: "${first.slice(0, 120)}"${hint}`,
    { file: text.file },
  );
}
