import { InputError } from '../model/input-error.js';
import type { Provenance } from '../model/provenance.js';
import { readStructuredFile } from '../model/read-structured-file.js';
import { parseEntry } from './parse-entry.js';
import type { Catalog, CatalogEntry, CatalogGroup, WildcardSample } from './types.js';

/**
 * Loads a `--catalog` file (JSON or YAML) that replaces the built-in list. Shape:
 * `{ edition, provenance: {title, url, date}, barePorts?, groups: [{id, title, optional?, requires?, note?}],
 *    entries: [{text, group, samples?: [{host, note, path?}], ports?, note?, provenance?}] }`.
 * Every problem is an InputError naming the file, the entry and what is wrong.
 */
export function loadCatalogFile(file: string): Catalog {
  const data = readStructuredFile(file);
  const fail = (where: string, what: string): never => {
    throw new InputError(`${where}: ${what}`, { file });
  };
  const obj = asObject(data, 'the top level', fail, ['edition', 'provenance', 'barePorts', 'groups', 'entries']);
  const edition = str(obj.edition ?? 'custom', 'edition', fail);
  const provenance = readProvenance(obj.provenance, 'provenance', fail);
  const barePorts = obj.barePorts === undefined ? [443, 80] : ports(obj.barePorts, 'barePorts', fail);
  if (!Array.isArray(obj.groups) || obj.groups.length === 0) fail('groups', 'must be a non-empty list');
  const groups = (obj.groups as unknown[]).map((g, i) => readGroup(g, `groups[${i}]`, fail));
  const ids = new Set<string>();
  for (const [i, g] of groups.entries()) {
    if (ids.has(g.id)) fail(`groups[${i}]`, `duplicate group id "${g.id}"`);
    ids.add(g.id);
  }
  if (!Array.isArray(obj.entries) || obj.entries.length === 0) fail('entries', 'must be a non-empty list');
  const entries = (obj.entries as unknown[]).map((e, i) => readEntry(e, i, ids, fail));
  return { edition, provenance, barePorts, groups, entries };
}

type Fail = (where: string, what: string) => never;

function asObject(v: unknown, where: string, fail: Fail, allowed: string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, 'must be an object');
  const o = v as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) fail(where, `unknown key "${key}" (allowed: ${allowed.join(', ')})`);
  }
  return o;
}

function str(v: unknown, where: string, fail: Fail): string {
  if (typeof v !== 'string' || v.trim() === '') fail(where, 'must be a non-empty string');
  return v as string;
}

function ports(v: unknown, where: string, fail: Fail): number[] {
  if (!Array.isArray(v) || v.length === 0) fail(where, 'must be a non-empty list of port numbers');
  for (const p of v as unknown[]) {
    if (!Number.isInteger(p) || (p as number) < 1 || (p as number) > 65535) fail(where, `port ${JSON.stringify(p)} is not an integer 1-65535`);
  }
  return v as number[];
}

function readProvenance(v: unknown, where: string, fail: Fail): Provenance {
  const o = asObject(v, where, fail, ['title', 'url', 'date']);
  const date = str(o.date, `${where}.date`, fail);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`${where}.date`, `"${date}" must be YYYY-MM-DD`);
  return { title: str(o.title, `${where}.title`, fail), url: str(o.url, `${where}.url`, fail), date };
}

function readGroup(v: unknown, where: string, fail: Fail): CatalogGroup {
  const o = asObject(v, where, fail, ['id', 'title', 'optional', 'requires', 'note']);
  const id = str(o.id, `${where}.id`, fail);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`${where}.id`, `"${id}" must be lower-case letters, digits and dashes`);
  if (o.optional !== undefined && typeof o.optional !== 'boolean') fail(`${where}.optional`, 'must be true or false');
  if (o.requires !== undefined && o.requires !== 'intune') fail(`${where}.requires`, 'must be "intune" when present');
  return {
    id, title: str(o.title, `${where}.title`, fail),
    ...(o.optional === true ? { optional: true } : {}),
    ...(o.requires === 'intune' ? { requires: 'intune' as const } : {}),
    ...(o.note !== undefined ? { note: str(o.note, `${where}.note`, fail) } : {}),
  };
}

function readEntry(v: unknown, i: number, groups: Set<string>, fail: Fail): CatalogEntry {
  const o = asObject(v, `entries[${i}]`, fail, ['text', 'group', 'samples', 'ports', 'note', 'provenance']);
  const text = str(o.text, `entries[${i}].text`, fail);
  const where = `entries[${i}] "${text}"`;
  const parsed = parseEntry(text);
  if (typeof parsed === 'string') fail(where, parsed);
  const group = str(o.group, `${where}.group`, fail);
  if (!groups.has(group)) fail(`${where}.group`, `"${group}" is not one of the groups: ${[...groups].join(', ')}`);
  let samples: WildcardSample[] | undefined;
  if (o.samples !== undefined) {
    if (!Array.isArray(o.samples)) fail(`${where}.samples`, 'must be a list');
    samples = (o.samples as unknown[]).map((s, j) => {
      const so = asObject(s, `${where}.samples[${j}]`, fail, ['host', 'note', 'path']);
      const host = str(so.host, `${where}.samples[${j}].host`, fail);
      const hp = parseEntry(host);
      if (typeof hp === 'string' || hp.wildcard || hp.scheme) fail(`${where}.samples[${j}].host`, `"${host}" must be a concrete host name`);
      const path = so.path === undefined ? undefined : str(so.path, `${where}.samples[${j}].path`, fail);
      if (path !== undefined && !path.startsWith('/')) fail(`${where}.samples[${j}].path`, 'must start with "/"');
      return { host, note: str(so.note, `${where}.samples[${j}].note`, fail), ...(path ? { path } : {}) };
    });
  }
  return {
    text, group,
    ...(samples ? { samples } : {}),
    ...(o.ports !== undefined ? { ports: ports(o.ports, `${where}.ports`, fail) } : {}),
    ...(o.note !== undefined ? { note: str(o.note, `${where}.note`, fail) } : {}),
    ...(o.provenance !== undefined ? { provenance: readProvenance(o.provenance, `${where}.provenance`, fail) } : {}),
  };
}
