import { lineOf, pathText, sourceError, type PathPart, type StructuredSource } from '../../model/structured-source.js';
import { lowerCase, map, optionalText, siteCode, text } from './fields.js';
import { SITE_TYPES, type HierarchySite, type PlanSite } from './types.js';

/**
 * Reads `site:`, the site that gets the role. The schema has checked every value's shape; what is left are the
 * rules between values, which a schema cannot say in a way an admin would understand.
 */
export function readSite(src: StructuredSource, v: unknown): PlanSite {
  const path: PathPart[] = ['site'];
  const o = map(v);
  const code = requiredSiteCode(src, path, o.code);
  const type = lowerCase(o.type, SITE_TYPES);
  const parent = siteCode(o.parent);
  if (type === 'cas' && parent !== null)
    throw sourceError(src, [...path, 'parent'], 'a central administration site has no parent; write null or remove the key');
  if (parent === code) throw sourceError(src, [...path, 'parent'], `"${parent}" is the site itself`);
  const expandTo = siteCode(o.expandTo);
  if (expandTo !== null && (type !== 'primary' || parent !== null)) {
    throw sourceError(
      src,
      [...path, 'expandTo'],
      'only a stand-alone primary site (type primary, no parent) can be expanded under a new CAS',
    );
  }
  return {
    code,
    type,
    parent,
    server: text(o.server),
    domain: optionalText(o.domain),
    expandTo,
    at: { line: lineOf(src, path), path: pathText(path) },
  };
}

/** Reads `hierarchy:`, the other sites; `null` when the key is absent. */
export function readHierarchy(src: StructuredSource, v: unknown, site: PlanSite): HierarchySite[] | null {
  if (v === undefined) return null;
  if (v === null) return [];
  const seen = new Map<string, number>();
  return (v as unknown[]).map((item, i) => {
    const path: PathPart[] = ['hierarchy', i];
    const o = map(item);
    const code = requiredSiteCode(src, path, o.code);
    if (seen.has(code)) throw sourceError(src, [...path, 'code'], `"${code}" is listed twice (also hierarchy[${seen.get(code)}])`);
    seen.set(code, i);
    const type = lowerCase(o.type, SITE_TYPES);
    // Listing the site itself is allowed (people paste the whole hierarchy), but it must not contradict `site:`.
    if (code === site.code && type !== site.type) {
      throw sourceError(src, [...path, 'type'], `"${type}" contradicts site.type "${site.type}" for the same site ${code}`);
    }
    const parent = siteCode(o.parent);
    if (type === 'cas' && parent !== null) throw sourceError(src, [...path, 'parent'], 'a central administration site has no parent');
    const roles = ((o.roles ?? []) as unknown[]).map(text);
    return { code, type, parent, server: optionalText(o.server), roles, at: { line: lineOf(src, path), path: pathText(path) } };
  });
}

/** `code:` of a site, which the schema requires; a plan without one cannot have passed it. */
function requiredSiteCode(src: StructuredSource, path: readonly PathPart[], v: unknown): string {
  const code = siteCode(v);
  if (code === null) throw sourceError(src, [...path, 'code'], 'a site needs its code');
  return code;
}
