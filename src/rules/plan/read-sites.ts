import { planError, type PlanSource } from './plan-source.js';
import { readHost, readMap, readEnum, readOptionalString, readSiteCode, readString, type Path } from './fields.js';
import { SITE_TYPES, type HierarchySite, type PlanSite } from './types.js';
import { lineOf, pathText } from './plan-source.js';

const SITE_KEYS = ['code', 'type', 'parent', 'server', 'domain', 'expandTo'] as const;
const HIERARCHY_KEYS = ['code', 'type', 'parent', 'server', 'roles'] as const;

/** Reads `site:`, the site that gets the role. */
export function readSite(src: PlanSource, v: unknown): PlanSite {
  const path: Path = ['site'];
  const o = readMap(src, v, path, SITE_KEYS, ['code', 'type', 'server']);
  const code = readSiteCode(src, o.code, [...path, 'code']);
  const type = readEnum(src, o.type, [...path, 'type'], SITE_TYPES);
  const parent = o.parent === undefined || o.parent === null ? null : readSiteCode(src, o.parent, [...path, 'parent']);
  if (type === 'cas' && parent !== null) throw planError(src, [...path, 'parent'], 'a central administration site has no parent; write null or remove the key');
  if (parent === code) throw planError(src, [...path, 'parent'], `"${parent}" is the site itself`);
  const domain = readOptionalString(src, o.domain, [...path, 'domain'], 'a domain name such as CONTOSO or contoso.com');
  if (domain !== null && /[\\/\s@]/.test(domain)) throw planError(src, [...path, 'domain'], `"${domain}" must be a domain name only (CONTOSO or contoso.com)`);
  const expandTo = o.expandTo === undefined || o.expandTo === null ? null : readSiteCode(src, o.expandTo, [...path, 'expandTo']);
  if (expandTo !== null && (type !== 'primary' || parent !== null)) {
    throw planError(src, [...path, 'expandTo'], 'only a stand-alone primary site (type primary, no parent) can be expanded under a new CAS');
  }
  return {
    code, type, parent, server: readHost(src, o.server, [...path, 'server']), domain, expandTo,
    at: { line: lineOf(src, path), path: pathText(path) },
  };
}

/** Reads `hierarchy:`, the other sites; `null` when the key is absent. */
export function readHierarchy(src: PlanSource, v: unknown, site: PlanSite): HierarchySite[] | null {
  if (v === undefined) return null;
  if (v === null) return [];
  if (!Array.isArray(v)) throw planError(src, ['hierarchy'], 'must be a list of sites ({ code, type, parent, server, roles })');
  const seen = new Map<string, number>();
  return v.map((item: unknown, i) => {
    const path: Path = ['hierarchy', i];
    const o = readMap(src, item, path, HIERARCHY_KEYS, ['code', 'type']);
    const code = readSiteCode(src, o.code, [...path, 'code']);
    if (seen.has(code)) throw planError(src, [...path, 'code'], `"${code}" is listed twice (also hierarchy[${seen.get(code)}])`);
    seen.set(code, i);
    const type = readEnum(src, o.type, [...path, 'type'], SITE_TYPES);
    // Listing the site itself is allowed (people paste the whole hierarchy), but it must not contradict `site:`.
    if (code === site.code && type !== site.type) {
      throw planError(src, [...path, 'type'], `"${type}" contradicts site.type "${site.type}" for the same site ${code}`);
    }
    const parent = o.parent === undefined || o.parent === null ? null : readSiteCode(src, o.parent, [...path, 'parent']);
    if (type === 'cas' && parent !== null) throw planError(src, [...path, 'parent'], 'a central administration site has no parent');
    const server = o.server === undefined || o.server === null ? null : readHost(src, o.server, [...path, 'server']);
    let roles: string[] = [];
    if (o.roles !== undefined && o.roles !== null) {
      if (!Array.isArray(o.roles)) throw planError(src, [...path, 'roles'], 'must be a list of role names, e.g. [service-connection-point, management-point]');
      roles = o.roles.map((r: unknown, j) => readString(src, r, [...path, 'roles', j], 'a role name such as service-connection-point'));
    }
    return { code, type, parent, server, roles, at: { line: lineOf(src, path), path: pathText(path) } };
  });
}
