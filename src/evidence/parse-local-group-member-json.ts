import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../model/input-error.js';
import { parsePrincipal } from './principal.js';
import type { EvidenceText } from './decode-text.js';
import type { AdminMember, LocalAdmins, MemberClass, MemberSource } from './admin-types.js';

/** PrincipalSource as ConvertTo-Json writes it by default (an enum number) or with -EnumsAsStrings. */
const SOURCES: Record<string, MemberSource> = {
  0: 'unknown',
  1: 'local',
  2: 'active-directory',
  3: 'azure-ad',
  4: 'microsoft-account',
  unknown: 'unknown',
  local: 'local',
  activedirectory: 'active-directory',
  azuread: 'azure-ad',
  microsoftaccount: 'microsoft-account',
};

/** ObjectClass is a display string and Windows localizes it: User/Gebruiker/Benutzer/Utilisateur, Group/Groep/Gruppe/Groupe. */
const CLASSES: Record<string, MemberClass> = {
  user: 'user',
  gebruiker: 'user',
  benutzer: 'user',
  utilisateur: 'user',
  group: 'group',
  groep: 'group',
  gruppe: 'group',
  groupe: 'group',
  other: 'other',
  overig: 'other',
  overige: 'other',
  andere: 'other',
  autre: 'other',
};

/** ObjectClass as written (any of the known languages), or `null` when unknown. */
export function memberClass(text: string): MemberClass | null {
  return CLASSES[text.trim().toLowerCase()] ?? null;
}

/** PrincipalSource as an enum number or name; anything else is `unknown`. */
export function memberSource(text: string): MemberSource {
  return SOURCES[text.trim().toLowerCase()] ?? 'unknown';
}

/**
 * Parses `Get-LocalGroupMember -SID S-1-5-32-544 | ConvertTo-Json`: an array, or a bare object when the group has
 * one member (PowerShell unrolls single-item pipelines), or `{ "value": [...], "Count": n }` (Windows PowerShell
 * 5.1's serialization of an array that carries extended properties). `SID` is an object with `Value` or a string.
 */
export function parseLocalGroupMemberJson(text: EvidenceText): LocalAdmins {
  const body = text.text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message}); expected Get-LocalGroupMember … | ConvertTo-Json output`, {
      file: text.file,
    });
  }
  const wrapped = isRecord(data) && Array.isArray(data.value);
  const items: unknown[] = Array.isArray(data) ? data : wrapped ? (data as { value: unknown[] }).value : [data];
  // JSON is YAML: a second parse with a line counter tells which line each property came from, for evidence.
  const lc = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lc, prettyErrors: false });
  const nodeOf = (i: number): Node | null => {
    if (doc.errors.length > 0) return null;
    const path = Array.isArray(data) ? [i] : wrapped ? ['value', i] : [];
    const n = path.length === 0 ? doc.contents : doc.getIn(path, true);
    return isNode(n) ? n : null;
  };
  const members = items.map((item, i): AdminMember => {
    if (!isRecord(item))
      throw new InputError(`member ${i + 1} is not an object with Name, SID, PrincipalSource, ObjectClass`, { file: text.file });
    const sid = typeof item.SID === 'string' ? item.SID : isRecord(item.SID) && typeof item.SID.Value === 'string' ? item.SID.Value : null;
    const name = typeof item.Name === 'string' && item.Name.trim() !== '' ? item.Name.trim() : sid;
    if (name === null) throw new InputError(`member ${i + 1} has neither a Name nor a SID`, { file: text.file });
    const cls = typeof item.ObjectClass === 'string' ? memberClass(item.ObjectClass) : null;
    const src = item.PrincipalSource;
    const source = typeof src === 'number' || typeof src === 'string' ? memberSource(String(src)) : null;
    return {
      name,
      principal: parsePrincipal(name),
      objectClass: cls,
      source,
      sid,
      lines: linesOf(nodeOf(i), lc, text.lines, name),
    };
  });
  // The JSON carries no group name: the collect script looks the group up by its SID, whatever its local name.
  return { kind: 'local-administrators', file: text.file, format: 'get-localgroupmember', group: null, members, frame: [] };
}

const EVIDENCE_KEYS = new Set(['Name', 'ObjectClass', 'PrincipalSource']);

/** The Name, ObjectClass and PrincipalSource lines of one member object, exactly as in the file. */
function linesOf(node: Node | null, lc: LineCounter, lines: readonly string[], name: string): string[] {
  const out: string[] = [];
  if (node && isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !EVIDENCE_KEYS.has(String(pair.key.value)) || !pair.key.range) continue;
      const line = lines[lc.linePos(pair.key.range[0]).line - 1]?.trim();
      if (line !== undefined && !out.includes(line)) out.push(line);
    }
  }
  if (out.length > 0) return out;
  // Fallback (the YAML view failed): the line that holds the member's name.
  const quoted = JSON.stringify(name).slice(1, -1);
  const hit = lines.find((l) => l.includes(quoted));
  return hit === undefined ? [name] : [hit.trim()];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
