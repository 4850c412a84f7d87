import { parsePrincipal } from './principal.js';
import type { EvidenceText } from './decode-text.js';
import type { AdminMember, LocalAdmins } from './admin-types.js';

const SEPARATOR = /^\s*-{8,}\s*$/;

/**
 * Parses `net localgroup <Administrators>` output in any display language. The words are localized (Alias name /
 * Aliasnaam / Aliasname / Nom d'alias …) but the structure is not: header lines, a dashed separator, one member
 * per line, then a closing sentence ("The command completed successfully." / "De opdracht is voltooid." …). The
 * closing sentence is recognized by its final period: Windows forbids account and group names ending in a period.
 * Returns `null` when the text has no separator (not this format).
 */
export function parseNetLocalgroup(text: EvidenceText): LocalAdmins | null {
  const sepAt = text.lines.findIndex((l) => SEPARATOR.test(l));
  const separator = text.lines[sepAt];
  if (separator === undefined) return null;
  const header = text.lines.slice(0, sepAt).filter((l) => l.trim() !== '');
  // The first header line is "<Alias name>   <group>": label and value are separated by two or more spaces.
  const aliasLine = header[0];
  const group =
    aliasLine
      ?.trim()
      .split(/\s{2,}/)[1]
      ?.trim() ?? null;
  const rest = text.lines
    .slice(sepAt + 1)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const last = rest[rest.length - 1];
  if (last !== undefined && /[.。]$/.test(last)) rest.pop();
  const members: AdminMember[] = rest.map((line) => ({
    name: line,
    principal: parsePrincipal(line),
    objectClass: null,
    source: null,
    sid: /^S-1-\d+(-\d+)+$/i.test(line) ? line : null,
    lines: [line],
  }));
  return {
    kind: 'local-administrators',
    file: text.file,
    format: 'net-localgroup',
    group,
    members,
    frame: [...(aliasLine ? [aliasLine.trim()] : []), separator.trim()],
  };
}
