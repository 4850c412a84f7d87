import { group } from '../model/match-group.js';

/** What a documented entry's text says about where to connect, before any edition rule is applied. */
export interface ParsedEntry {
  /** Host as documented, lower-case; may contain `*`. */
  readonly host: string;
  readonly wildcard: boolean;
  /** `null` for a bare host: the edition decides the ports. */
  readonly scheme: 'https' | 'http' | null;
  /** The URL's explicit or default port; `null` for a bare host. */
  readonly port: number | null;
  /** Path and query as documented (placeholders such as `{TenantID}` still in place). */
  readonly path: string;
}

const URL_FORM = /^(https?):\/\/([^/:?#]+)(?::(\d{1,5}))?([/?#].*)?$/i;
const HOST_FORM = /^(?=.{1,253}$)(?:[a-z0-9*](?:[a-z0-9*-]{0,61}[a-z0-9*])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * Parses `host`, `*.host`, `*host`, `*-label.host` or `http(s)://host[:port][/path]`. Returns a reason string
 * for text that is neither, so a catalog loader can name what is wrong.
 */
export function parseEntry(text: string): ParsedEntry | string {
  const trimmed = text.trim();
  if (trimmed !== text || trimmed === '') return 'has leading/trailing space or is empty';
  const url = URL_FORM.exec(trimmed);
  if (url) {
    const scheme = group(url, 1).toLowerCase() as 'https' | 'http';
    const host = group(url, 2).toLowerCase();
    const hostProblem = checkHost(host);
    if (hostProblem) return hostProblem;
    const port = url[3] === undefined ? (scheme === 'https' ? 443 : 80) : Number(url[3]);
    if (port < 1 || port > 65535) return `port ${port} is out of range 1-65535`;
    const path = url[4] === undefined || url[4].startsWith('#') ? '/' : url[4].startsWith('?') ? `/${url[4]}` : url[4];
    return { host, wildcard: host.includes('*'), scheme, port, path: path.replace(/#.*/s, '') };
  }
  if (/[/:?#\s]/.test(trimmed)) return 'is neither a host name nor an http(s):// URL';
  const host = trimmed.toLowerCase();
  const hostProblem = checkHost(host);
  if (hostProblem) return hostProblem;
  return { host, wildcard: host.includes('*'), scheme: null, port: null, path: '/' };
}

function checkHost(host: string): string | null {
  if (!HOST_FORM.test(host)) return `"${host}" is not a valid host name`;
  if ((host.match(/\*/g) ?? []).length > 1) return `"${host}" has more than one "*"`;
  if (host.includes('*') && !host.includes('.')) return `"${host}" is a wildcard with no domain`;
  return null;
}

/** Whether a concrete host matches a documented host pattern; `*` matches one or more characters within labels. */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.includes('*')) return p === h;
  const [prefix, suffix] = p.split('*') as [string, string];
  // `*` stands for at least one character, except in the 2018 Intune line `*manage.microsoft.com`, where the star
  // is glued to a label: a firewall's substring wildcard then also matches `manage.microsoft.com` itself.
  const allowEmpty = prefix === '' && /^[a-z0-9]/.test(suffix);
  return h.length >= prefix.length + suffix.length + (allowEmpty ? 0 : 1) && h.startsWith(prefix) && h.endsWith(suffix);
}
