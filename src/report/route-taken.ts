import { must } from '../model/must.js';
import type { Route } from '../probes/types.js';
import type { EndpointResult, Report } from '../model/report.js';

/**
 * The route a probe really took, in a reviewer's words. The run's route in `settings.route` is only where routes
 * come from: with a PAC file it is a placeholder (`kind: http`, no proxy, "chosen per endpoint") that reads as
 * "direct", while each endpoint went wherever FindProxyForURL sent it. So every view shows the endpoint's own route.
 */

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * `http://proxy:8080` → `PROXY proxy:8080`, `socks5h://127.0.0.1:1080` → `SOCKS5 127.0.0.1:1080` in PAC's words
 * (its SOCKS5 hands the name to the proxy); outside PAC the `socks5h` of `--proxy` stays `SOCKS5H`, since it says
 * where names are resolved. The port is always shown, the default one too.
 */
function proxyWords(route: Route, pac: boolean): string {
  let where = route.proxy ?? '';
  try {
    const url = new URL(where);
    where = `${url.hostname}:${url.port || (DEFAULT_PORT[url.protocol] ?? '1080')}`;
  } catch {
    // Not a URL: shown as recorded (route URLs carry no credentials).
  }
  const word = {
    http: 'PROXY',
    https: 'HTTPS',
    socks4: 'SOCKS4',
    socks4a: 'SOCKS4A',
    socks5: 'SOCKS5',
    socks5h: pac ? 'SOCKS5' : 'SOCKS5H',
    direct: 'DIRECT',
  }[route.kind];
  return `${word} ${where}`;
}

/** The fallback a route selector recorded (`…; http://a:8080 unreachable, so DIRECT was used`), if any. */
function fallbackOf(reason: string): string | null {
  const match = /^PAC returned ".*"; (.+ unreachable), so .+ was used$/.exec(reason);
  return match ? `after ${match[1]}` : null;
}

/** Whether a route is the placeholder of a per-endpoint source (PAC) that was never evaluated for this endpoint. */
export function isUnchosen(route: Route): boolean {
  return route.kind !== 'direct' && route.proxy === null;
}

/**
 * One endpoint's route: `PAC → PROXY 127.0.0.1:8080`, `PAC → DIRECT`, `SOCKS5 127.0.0.1:1080 (--proxy)`,
 * `direct (no proxy configured)`, or `not chosen (…)` when nothing was probed (an untested wildcard under PAC).
 */
export function routeTaken(route: Route): string {
  if (isUnchosen(route)) return `not chosen: nothing was probed (${route.reason})`;
  const pac = route.reason.startsWith('PAC returned');
  const target = route.kind === 'direct' ? 'DIRECT' : proxyWords(route, pac);
  if (pac) {
    const fallback = fallbackOf(route.reason);
    return `PAC → ${target}${fallback === null ? '' : ` (${fallback})`}`;
  }
  return route.kind === 'direct' ? `direct (${route.reason})` : `${target} (${route.reason})`;
}

/** The distinct routes the probed endpoints took, most used first, with how many endpoint results took each. */
export function routesTaken(endpoints: readonly EndpointResult[]): { route: string; results: number }[] {
  const counts = new Map<string, number>();
  for (const e of endpoints) {
    if (e.probeId === null) continue;
    const words = routeTaken(e.route);
    counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  return [...counts.entries()].map(([route, results]) => ({ route, results })).sort((a, b) => b.results - a.results);
}

/**
 * The run's route for a report header. One route for every endpoint: that route. Several (PAC, NO_PROXY, a WinHTTP
 * bypass list): each route taken with its count of endpoint results, after the PAC source when there is one.
 */
export function runRouteText(report: Report): string {
  const route = report.settings.route;
  const taken = routesTaken(report.endpoints);
  const plural = (n: number): string => `${n} endpoint result${n === 1 ? '' : 's'}`;
  const list = taken.map((t) => `${t.route} (${plural(t.results)})`).join(', ');
  if (isUnchosen(route)) return taken.length === 0 ? route.reason : `${route.reason}: ${list}`;
  if (taken.length > 1) return list;
  if (taken.length === 0) return routeTaken(route);
  // One route taken: it is the route of every probed result, and routesTaken counted at least one.
  return routeTaken(
    must(
      report.endpoints.find((e) => e.probeId !== null),
      'a route taken has a probed result',
    ).route,
  );
}
