import { planError, type PathPart, type PlanSource } from './plan-source.js';

/**
 * Typed readers for plan values. Each takes the value and its path, and throws an InputError naming the line, the
 * path and what is expected: the plan is validated strictly because a typo (`typ: cas`) silently ignored would turn
 * into a wrong verdict hours later in a change window.
 */
export type Path = readonly PathPart[];

/** A map with only the allowed keys; `required` keys must be present and not null. */
export function readMap(src: PlanSource, v: unknown, path: Path, allowed: readonly string[], required: readonly string[] = []): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw planError(src, path, `must be a map with keys ${allowed.join(', ')}${describe(v)}`);
  }
  const obj = v as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      const hint = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
      throw planError(src, [...path, key], `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`, true);
    }
  }
  for (const key of required) {
    if (obj[key] === undefined || obj[key] === null) throw planError(src, [...path, key], 'is required');
  }
  return obj;
}

/** A non-empty string without surrounding spaces. */
export function readString(src: PlanSource, v: unknown, path: Path, what = 'a non-empty string'): string {
  if (typeof v !== 'string' || v.trim() === '') throw planError(src, path, `must be ${what}${describe(v)}`);
  return v.trim();
}

/** An optional string: absent or `null` gives `null`. */
export function readOptionalString(src: PlanSource, v: unknown, path: Path, what?: string): string | null {
  return v === undefined || v === null ? null : readString(src, v, path, what);
}

/** One of a fixed set of strings (compared case-insensitively, returned in canonical form). */
export function readEnum<T extends string>(src: PlanSource, v: unknown, path: Path, values: readonly T[]): T {
  const found = typeof v === 'string' ? values.find((x) => x === v.trim().toLowerCase()) : undefined;
  if (found === undefined) throw planError(src, path, `${JSON.stringify(v)} is not one of ${values.join(' | ')}`);
  return found;
}

/** `true` or `false` (YAML 1.2: `yes`/`no` are strings, so they are refused rather than guessed). */
export function readBoolean(src: PlanSource, v: unknown, path: Path, fallback: boolean): boolean {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw planError(src, path, `must be true or false${describe(v)}`);
  return v;
}

/** A TCP port. */
export function readPort(src: PlanSource, v: unknown, path: Path, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 65535) throw planError(src, path, `must be a port number 1-65535${describe(v)}`);
  return v as number;
}

/** A Configuration Manager site code: exactly three letters or digits, upper-cased. */
export function readSiteCode(src: PlanSource, v: unknown, path: Path): string {
  const code = readString(src, v, path, 'a three-character site code (letters and digits, e.g. "P01")');
  if (!/^[A-Za-z0-9]{3}$/.test(code)) throw planError(src, path, `"${code}" is not a site code: three letters or digits, e.g. "CAS" or "P01"`);
  return code.toUpperCase();
}

const HOST = /^(?=.{1,254}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?$/;

/** A host name (FQDN or short name); a URL or `host:port` is refused with what to write instead. */
export function readHost(src: PlanSource, v: unknown, path: Path): string {
  const host = readString(src, v, path, 'a host name such as cm01.contoso.com');
  if (/^[a-z]+:\/\//i.test(host)) throw planError(src, path, `"${host}" is a URL; write the host name only (cm01.contoso.com)`);
  if (/:\d+$/.test(host)) throw planError(src, path, `"${host}" has a port; write the host name only (the port has its own key)`);
  if (!HOST.test(host)) throw planError(src, path, `"${host}" is not a valid host name`);
  return host;
}

/** An account as `DOMAIN\name` (NetBIOS or FQDN domain) or `name@domain`. */
export function readAccount(src: PlanSource, v: unknown, path: Path): string | null {
  const account = readOptionalString(src, v, path, 'an account such as CONTOSO\\svc-cminstall');
  if (account === null) return null;
  if (!/^[^\\@\s][^\\@]*\\[^\\@]+$/.test(account) && !/^[^\\@]+@[^\\@\s]+$/.test(account)) {
    throw planError(src, path, `"${account}" must be written DOMAIN\\name (or name@domain.fqdn)`);
  }
  return account;
}

function describe(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return ' (got null)';
  if (Array.isArray(v)) return ' (got a list)';
  if (typeof v === 'object') return ' (got a map)';
  return ` (got ${typeof v} ${JSON.stringify(v)})`;
}
