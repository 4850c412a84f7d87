import type { Destination } from '../probes/opener.js';
import type { WinHttpSettings } from '../evidence/parse-winhttp-proxy.js';
import { winHttpProxyFor } from '../evidence/parse-winhttp-proxy.js';
import { proxyServer } from './proxy-url.js';
import { bypassEntryFor } from '../evidence/winhttp-bypass.js';
import type { RouteCandidate } from './types.js';

/**
 * The route WinHTTP would take from saved `netsh winhttp show proxy` output: direct access, a bypass match, or the
 * per-scheme proxy (`https=host:port`) else the unscoped one. WinHTTP proxies are HTTP proxies; an entry without a
 * port means port 80.
 */
export function winHttpCandidate(settings: WinHttpSettings, destination: Destination): RouteCandidate {
  const source = `WinHTTP settings in ${settings.file}`;
  if (settings.direct) return { route: { kind: 'direct', proxy: null, reason: `${source}: direct access` }, server: null };
  const bypass = bypassEntryFor(settings.bypass, destination);
  if (bypass !== undefined)
    return { route: { kind: 'direct', proxy: null, reason: `WinHTTP bypass list matched ${bypass}` }, server: null };
  const entry = winHttpProxyFor(settings, destination.scheme);
  if (entry === null)
    return { route: { kind: 'direct', proxy: null, reason: `${source}: no proxy for ${destination.scheme}` }, server: null };
  const server = proxyServer('http', entry.host, entry.port ?? 80);
  return { route: { kind: 'http', proxy: server.url, reason: `${source}: ${entry.raw}` }, server };
}
