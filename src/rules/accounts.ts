import type { Principal } from '../evidence/principal.js';

const norm = (s: string): string => s.trim().toLowerCase().replace(/\.$/, '');
const firstLabel = (s: string): string => norm(s).replace(/\..*/s, '');

/**
 * Whether two domain names denote the same domain. Account names are case-insensitive. Members are listed with the
 * NetBIOS domain (`CONTOSO\CM01$`) but a plan or a cross-forest listing may use the FQDN (`contoso.com\CM01$`,
 * `corp.contoso.com\user`): a NetBIOS name is compared with the FQDN's first label, which is what it is unless an
 * administrator chose otherwise at domain creation (then write `site.domain` as the NetBIOS name).
 */
export function sameDomain(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (x === y) return true;
  if (x.includes('.') !== y.includes('.')) return firstLabel(x) === firstLabel(y);
  return false;
}

/**
 * Whether two host names denote the same computer: case-insensitive, with or without the trailing root dot, and a
 * short name equals an FQDN with that first label.
 */
export function sameHost(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (x === y) return true;
  if (x.includes('.') !== y.includes('.')) return firstLabel(x) === firstLabel(y);
  return false;
}

/**
 * The sAMAccountName of a computer: its host name's first label with `$`. NetBIOS names have at most 15
 * characters, so a longer host label is truncated in the account name (`configmgr-site01` → `CONFIGMGR-SITE0$`).
 */
export function computerAccountName(server: string): string {
  return `${firstLabel(server).slice(0, 15).toUpperCase()}$`;
}

/** Whether a listed member is the wanted account; a `null` wanted domain matches any domain. */
export function principalMatches(member: Principal, wanted: Principal): boolean {
  if (member.name.toLowerCase() !== wanted.name.toLowerCase()) return false;
  if (wanted.domain === null) return true;
  return member.domain !== null && sameDomain(member.domain, wanted.domain);
}

/**
 * Authorities that are not domains: their members are well-known or virtual accounts that can never contain a
 * domain computer or user account. Includes the names Windows shows in German, French and Dutch.
 */
const NON_DOMAIN_AUTHORITIES = new Set([
  'nt authority',
  'nt-autorität',
  'autorite nt',
  'nt instantie',
  'builtin',
  'vordefiniert',
  'integrado',
  'nt service',
  'nt virtual machine',
  'iis apppool',
  'application package authority',
  'azuread',
  'microsoftaccount',
  'window manager',
  'font driver host',
]);

/** Whether a member is from a domain (not local to `scpHost`, not a well-known authority, not Azure AD). */
export function isDomainPrincipal(p: Principal, scpHost: string): boolean {
  if (p.domain === null) return false;
  if (NON_DOMAIN_AUTHORITIES.has(p.domain.trim().toLowerCase())) return false;
  return !sameHost(p.domain, scpHost);
}

/** `CONTOSO\CM01$` as written back to users. */
export function principalText(p: Principal): string {
  return p.domain === null ? p.name : `${p.domain}\\${p.name}`;
}
