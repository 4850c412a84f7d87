import { boundText, TEXT_LIMIT } from '../model/bounded-text.js';
import type { RouteCandidate } from './types.js';
import { PROXY_DEFAULT_PORT, proxyServer } from './proxy-url.js';
import type { ProxyKind } from './types.js';

// FindProxyForURL's keywords (Netscape PAC, as Chrome and Firefox read them): PROXY is an HTTP proxy, HTTPS one
// spoken to over TLS, SOCKS/SOCKS4 resolve locally, SOCKS5 hands the name to the proxy.
const KEYWORDS: Record<string, ProxyKind | 'direct'> = {
  PROXY: 'http',
  HTTP: 'http',
  HTTPS: 'https',
  SOCKS: 'socks4',
  SOCKS4: 'socks4',
  SOCKS5: 'socks5h',
  DIRECT: 'direct',
};

/** A longer answer is not a proxy list (a real one names a few proxies); it is refused, not cut and guessed at. */
export const PAC_RESULT_LIMIT = TEXT_LIMIT;
/** Candidates tried at most: each unreachable one costs up to a stage timeout. */
export const MAX_CANDIDATES = 16;

/**
 * Parses a PAC answer (`PROXY a:8080; PROXY b:8080; DIRECT`) into candidates in order, each with the reason
 * `PAC returned "…"`. Returns an error string for an empty, unreadable or oversized answer; `length` is the answer's
 * full length when only its start was taken out of the sandbox.
 */
export function parsePacResult(result: unknown, length = typeof result === 'string' ? result.length : 0): RouteCandidate[] | string {
  if (typeof result !== 'string' || result.trim() === '') {
    // JSON.stringify gives undefined for undefined, a function or a symbol, whatever lib.d.ts says.
    const shown = JSON.stringify(result) as string | undefined;
    return `FindProxyForURL returned ${boundText(shown ?? 'nothing', 200)}, not a proxy list`;
  }
  if (length > PAC_RESULT_LIMIT) return `FindProxyForURL returned ${length} characters ("${boundText(result, 100)}"), not a proxy list`;
  const reason = `PAC returned "${result.trim().slice(0, 200)}"`;
  const out: RouteCandidate[] = [];
  const parts = result
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length > MAX_CANDIDATES) return `FindProxyForURL returned ${parts.length} routes; at most ${MAX_CANDIDATES} are tried`;
  for (const part of parts) {
    const [word = '', where = ''] = part.split(/\s+/);
    const kind = KEYWORDS[word.toUpperCase()];
    if (kind === undefined)
      return `FindProxyForURL returned "${boundText(part, 200)}", which is not DIRECT, PROXY, HTTPS, SOCKS, SOCKS4 or SOCKS5`;
    if (kind === 'direct') {
      out.push({ route: { kind: 'direct', proxy: null, reason }, server: null });
      continue;
    }
    const match = /^(\[[^\]]+\]|[^:\s]+)(?::(\d{1,5}))?$/.exec(where);
    if (match === null) return `FindProxyForURL returned "${boundText(part, 200)}" without a host:port`;
    const [, host = '', portText] = match;
    const server = proxyServer(kind, host.replace(/^\[|\]$/g, ''), portText === undefined ? PROXY_DEFAULT_PORT[kind] : Number(portText));
    out.push({ route: { kind, proxy: server.url, reason }, server });
  }
  return out;
}
