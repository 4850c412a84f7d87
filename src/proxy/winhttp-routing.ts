import type { Destination } from '../probes/opener.js';
import type { WinHttpSettings } from '../rules/evidence/parse-winhttp-proxy.js';
import { winHttpProxyFor } from '../rules/evidence/parse-winhttp-proxy.js';
import { proxyServer } from './proxy-url.js';
import type { RouteCandidate } from './types.js';

/**
 * Whether a WinHTTP bypass entry matches a host, as WinHTTP reads the list: `<local>` is any name without a dot,
 * `*` is a wildcard (`*.contoso.com`, `10.*`), other entries match the whole name (no implicit subdomains), case
 * aside; an entry may carry a scheme (`https://host`) and a port.
 */
export function bypassMatches(entry: string, destination: Destination): boolean {
  const host = destination.host.toLowerCase();
  if (entry.toLowerCase() === '<local>') return !host.includes('.') && !host.includes(':');
  let text = entry.toLowerCase();
  const scheme = /^([a-z]+):\/\//.exec(text);
  if (scheme) {
    if (scheme[1] !== destination.scheme) return false;
    text = text.slice(scheme[0].length);
  }
  const port = /^(.*?):(\d+|\*)$/.exec(text);
  if (port) {
    if (port[2] !== '*' && Number(port[2]) !== destination.port) return false;
    text = port[1]!;
  }
  const pattern = new RegExp(`^${text.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pattern.test(host);
}

/**
 * The route WinHTTP would take from saved `netsh winhttp show proxy` output: direct access, a bypass match, or the
 * per-scheme proxy (`https=host:port`) else the unscoped one. WinHTTP proxies are HTTP proxies; an entry without a
 * port means port 80.
 */
export function winHttpCandidate(settings: WinHttpSettings, destination: Destination): RouteCandidate {
  const source = `WinHTTP settings in ${settings.file}`;
  if (settings.direct) return { route: { kind: 'direct', proxy: null, reason: `${source}: direct access` }, server: null };
  const bypass = settings.bypass.find((entry) => bypassMatches(entry, destination));
  if (bypass !== undefined) return { route: { kind: 'direct', proxy: null, reason: `WinHTTP bypass list matched ${bypass}` }, server: null };
  const entry = winHttpProxyFor(settings, destination.scheme);
  if (entry === null) return { route: { kind: 'direct', proxy: null, reason: `${source}: no proxy for ${destination.scheme}` }, server: null };
  const server = proxyServer('http', entry.host, entry.port ?? 80);
  return { route: { kind: 'http', proxy: server.url, reason: `${source}: ${entry.raw}` }, server };
}
