import type { FormatExplainers } from '../../model/schema-check.js';

/**
 * Plan values after schema/plan.schema.json has accepted them: what is left is normalising (trimming,
 * upper-casing site codes, the defaults the console uses) and, for values the schema refuses by pattern, saying
 * what is wrong with them. The plan is validated strictly because a typo (`typ: cas`) silently ignored would turn
 * into a wrong verdict hours later in a change window.
 */

/** Why a value does not match its pattern, by the schema's `x-format`. */
export const PLAN_FORMATS: FormatExplainers = {
  host: (host) => {
    if (/^[a-z]+:\/\//i.test(host)) return `"${host}" is a URL; write the host name only (cm01.contoso.com)`;
    if (/:\d+$/.test(host)) return `"${host}" has a port; write the host name only (the port has its own key)`;
    return `"${host}" is not a valid host name`;
  },
  siteCode: (code) => `"${code}" is not a site code: three letters or digits, e.g. "CAS" or "P01"`,
  account: (account) => `"${account}" must be written DOMAIN\\name (or name@domain.fqdn)`,
  domain: (domain) => `"${domain}" must be a domain name only (CONTOSO or contoso.com)`,
};

/** The map at a validated path (the schema has made it a map, or left it out). */
export function map(v: unknown): Record<string, unknown> {
  return (v ?? {}) as Record<string, unknown>;
}

/** A validated string, trimmed; absent or `null` gives `null`. */
export function optionalText(v: unknown): string | null {
  return typeof v === 'string' ? v.trim() : null;
}

/** A validated, required string, trimmed. */
export function text(v: unknown): string {
  return (v as string).trim();
}

/** A validated enum value in canonical (lower-case) form: the schema accepts any case. */
export function lowerCase<T extends string>(v: unknown, values: readonly T[]): T {
  const canonical = (v as string).trim().toLowerCase();
  const value = values.find((x) => x === canonical);
  // The schema's enum and the list in types.ts are one list written twice; a value in one only is a bug.
  if (value === undefined) throw new Error(`plan: the schema let "${canonical}" through, which is not one of ${values.join(', ')}`);
  return value;
}

/** A validated site code, upper-cased; absent or `null` gives `null`. */
export function siteCode(v: unknown): string | null {
  return typeof v === 'string' ? v.trim().toUpperCase() : null;
}

/** A validated boolean or port with its default. */
export function orDefault<T>(v: unknown, fallback: T): T {
  return v === undefined || v === null ? fallback : (v as T);
}
