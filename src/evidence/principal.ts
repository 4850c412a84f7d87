/** An account name split into its parts: `CONTOSO\CM01$` → domain `CONTOSO`, name `CM01$`. */
export interface Principal {
  /** NetBIOS name or FQDN of the domain (or the computer, for a local account); `null` when written bare. */
  readonly domain: string | null;
  readonly name: string;
}

/** Splits `DOMAIN\name`, `name@domain.fqdn` or a bare `name`. */
export function parsePrincipal(text: string): Principal {
  const t = text.trim();
  const slash = t.lastIndexOf('\\');
  if (slash > 0) return { domain: t.slice(0, slash), name: t.slice(slash + 1) };
  const at = t.lastIndexOf('@');
  if (at > 0 && at < t.length - 1) return { domain: t.slice(at + 1), name: t.slice(0, at) };
  return { domain: null, name: t };
}
