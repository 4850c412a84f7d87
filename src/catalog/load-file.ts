import { InputError } from '../model/input-error.js';
import type { Provenance } from '../model/provenance.js';
import { firstSchemaProblem, inputSchema, type FormatExplainers } from '../model/schema-check.js';
import { lineOf, pathText, readStructuredSource, type PathPart, type StructuredSource } from '../model/structured-source.js';
import CATALOG_SCHEMA from './catalog-schema.cjs';
import { parseEntry } from './parse-entry.js';
import type { Catalog, CatalogEntry, CatalogGroup, WildcardSample } from './types.js';

/** schema/catalog.schema.json: what a `--catalog` file may hold, for this loader and for editors. */
export { CATALOG_SCHEMA };

const validateCatalog = inputSchema(CATALOG_SCHEMA);

const CATALOG_FORMATS: FormatExplainers = {
  date: (date) => `"${date}" must be YYYY-MM-DD`,
  groupId: (id) => `"${id}" must be lower-case letters, digits and dashes`,
};

type Raw = Record<string, unknown>;

/**
 * Loads a `--catalog` file (JSON or YAML) that replaces the built-in list; its shape is schema/catalog.schema.json.
 * Every problem is an InputError naming the file, the line, the entry and what is wrong.
 */
export function loadCatalogFile(file: string): Catalog {
  const src = readStructuredSource(file, 'the file');
  const fail = (path: readonly PathPart[], what: string): never => {
    throw new InputError(`line ${lineOf(src, path, true)}: ${where(src, path)}: ${what}`, { file });
  };
  const problem = firstSchemaProblem(src, validateCatalog(), CATALOG_FORMATS);
  if (problem) throw new InputError(`line ${problem.line}: ${where(src, problem.path)}: ${problem.message}`, { file });
  const obj = src.data as Raw;
  const groups = (obj.groups as Raw[]).map(readGroup);
  const ids = new Set<string>();
  for (const [i, g] of groups.entries()) {
    if (ids.has(g.id)) fail(['groups', i, 'id'], `duplicate group id "${g.id}"`);
    ids.add(g.id);
  }
  const entries = (obj.entries as Raw[]).map((e, i) => readEntry(e, i, ids, fail));
  return {
    edition: typeof obj.edition === 'string' ? obj.edition : 'custom',
    provenance: readProvenance(obj.provenance as Raw),
    barePorts: (obj.barePorts as number[] | undefined) ?? [443, 80],
    groups,
    entries,
  };
}

/** `entries[3] "*.example.com".samples[0].host`: an entry is easier to find by its text than by its index. */
function where(src: StructuredSource, path: readonly PathPart[]): string {
  const text = path[0] === 'entries' && typeof path[1] === 'number' ? ((src.data as Raw).entries as Raw[])[path[1]]?.text : undefined;
  if (typeof text !== 'string' || path.length < 2) return pathText(path);
  const rest = path.slice(2);
  return `${pathText(path.slice(0, 2))} ${JSON.stringify(text)}${rest.length === 0 ? '' : pathText(['', ...rest])}`;
}

function readProvenance(o: Raw): Provenance {
  return { title: o.title as string, url: o.url as string, date: o.date as string };
}

function readGroup(o: Raw): CatalogGroup {
  return {
    id: o.id as string,
    title: o.title as string,
    ...(o.optional === true ? { optional: true } : {}),
    ...(o.requires === 'intune' ? { requires: 'intune' as const } : {}),
    ...(o.note !== undefined ? { note: o.note as string } : {}),
  };
}

type Fail = (path: readonly PathPart[], what: string) => never;

function readEntry(o: Raw, i: number, groups: Set<string>, fail: Fail): CatalogEntry {
  const text = o.text as string;
  const parsed = parseEntry(text);
  if (typeof parsed === 'string') fail(['entries', i], parsed);
  const group = o.group as string;
  if (!groups.has(group)) fail(['entries', i, 'group'], `"${group}" is not one of the groups: ${[...groups].join(', ')}`);
  const samples = (o.samples as Raw[] | undefined)?.map((s, j): WildcardSample => {
    const host = s.host as string;
    const hp = parseEntry(host);
    if (typeof hp === 'string' || hp.wildcard || hp.scheme)
      fail(['entries', i, 'samples', j, 'host'], `"${host}" must be a concrete host name`);
    return { host, note: s.note as string, ...(typeof s.path === 'string' ? { path: s.path } : {}) };
  });
  return {
    text,
    group,
    ...(samples ? { samples } : {}),
    ...(o.ports !== undefined ? { ports: o.ports as number[] } : {}),
    ...(o.note !== undefined ? { note: o.note as string } : {}),
    ...(o.provenance !== undefined ? { provenance: readProvenance(o.provenance as Raw) } : {}),
  };
}
