import { parsePrincipal } from './principal.js';
import type { EvidenceText } from './decode-text.js';
import type { AdminMember, LocalAdmins, MemberClass, MemberSource } from './admin-types.js';
import { memberClass, memberSource } from './parse-local-group-member-json.js';

// "----------- ----   ---------------": two or more dash groups separated by spaces, under the header row.
const RULE = /^\s*-+(?:\s+-+)+\s*$/;

/**
 * Parses the default table view of `Get-LocalGroupMember -SID S-1-5-32-544` (what people paste when they did not
 * pipe to ConvertTo-Json): a header row of property names (ObjectClass, Name, PrincipalSource — never localized),
 * a row of dash groups giving the column spans, then one member per row. Returns `null` for other text.
 */
export function parseLocalGroupMemberTable(text: EvidenceText): LocalAdmins | null {
  const ruleAt = text.lines.findIndex((l, i) => i > 0 && RULE.test(l) && /\bName\b/.test(text.lines[i - 1] ?? ''));
  // Not found (-1) leaves both undefined; found, the header is the line above the rule (ruleAt > 0).
  const rule = text.lines[ruleAt];
  const header = text.lines[ruleAt - 1];
  if (rule === undefined || header === undefined) return null;
  const starts = [...rule.matchAll(/-+/g)].map((m) => m.index);
  const cell = (line: string, i: number): string => line.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : undefined).trim();
  const columns = starts.map((_, i) => cell(header, i).toLowerCase());
  const col = (name: string): number => columns.indexOf(name);
  const [nameAt, classAt, sourceAt, sidAt] = [col('name'), col('objectclass'), col('principalsource'), col('sid')];
  const members: AdminMember[] = [];
  for (const line of text.lines.slice(ruleAt + 1)) {
    if (line.trim() === '') continue;
    const name = cell(line, nameAt);
    if (name === '') continue;
    const objectClass: MemberClass | null = classAt < 0 ? null : memberClass(cell(line, classAt));
    const source: MemberSource | null = sourceAt < 0 ? null : memberSource(cell(line, sourceAt));
    const sid = sidAt < 0 ? null : cell(line, sidAt) || null;
    members.push({ name, principal: parsePrincipal(name), objectClass, source, sid, lines: [line.trim()] });
  }
  return {
    kind: 'local-administrators',
    file: text.file,
    format: 'get-localgroupmember',
    group: null,
    members,
    frame: [header.trim(), rule.trim()],
  };
}
