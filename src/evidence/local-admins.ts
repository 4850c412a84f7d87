import { InputError } from '../model/input-error.js';
import type { LocalAdmins } from './admin-types.js';
import type { EvidenceText } from './decode-text.js';
import { parseLocalGroupMemberJson } from './parse-local-group-member-json.js';
import { parseLocalGroupMemberTable } from './parse-local-group-member-table.js';
import { parseNetLocalgroup } from './parse-net-localgroup.js';

export type { AdminMember, LocalAdmins, MemberClass, MemberSource } from './admin-types.js';

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
    `not recognized as local Administrators evidence: expected \`net localgroup\` output (members below a dashed line) ` +
      `or \`Get-LocalGroupMember -SID S-1-5-32-544 | ConvertTo-Json\` (or its table view); first line: "${first.slice(0, 120)}"${hint}`,
    { file: text.file },
  );
}
