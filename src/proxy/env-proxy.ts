import type { Destination } from '../probes/opener.js';
import type { Route } from '../probes/types.js';
import { parseNoProxy, type NoProxyMatcher } from './no-proxy.js';
import { parseProxyUrl, type ParsedProxyUrl } from './proxy-url.js';
import type { RouteCandidate } from './types.js';

/** The proxy environment as read once at start-up, with the variable each value came from. */
export interface EnvProxies {
  readonly https: { readonly name: string; readonly parsed: ParsedProxyUrl } | null;
  readonly http: { readonly name: string; readonly parsed: ParsedProxyUrl } | null;
  readonly all: { readonly name: string; readonly parsed: ParsedProxyUrl } | null;
  readonly noProxy: { readonly name: string; readonly matches: NoProxyMatcher } | null;
}

/** The first set, non-empty variable of `names` (lower case first, as curl reads them). */
function pick(env: NodeJS.ProcessEnv, names: readonly string[]): { name: string; value: string } | null {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return { name, value };
  }
  return null;
}

/**
 * Reads https_proxy/HTTPS_PROXY, http_proxy/HTTP_PROXY, all_proxy/ALL_PROXY and no_proxy/NO_PROXY, lower case
 * winning as in curl. Unlike curl we also honour upper-case HTTP_PROXY: curl ignores it only to protect CGI scripts
 * (httpoxy), which a command-line check is not. A malformed value is an InputError naming the variable.
 */
export function readEnvProxies(env: NodeJS.ProcessEnv): EnvProxies {
  const url = (names: readonly string[]) => {
    const found = pick(env, names);
    return found === null ? null : { name: found.name, parsed: parseProxyUrl(found.value, found.name) };
  };
  const no = pick(env, ['no_proxy', 'NO_PROXY']);
  return {
    https: url(['https_proxy', 'HTTPS_PROXY']),
    http: url(['http_proxy', 'HTTP_PROXY']),
    all: url(['all_proxy', 'ALL_PROXY']),
    noProxy: no === null ? null : { name: no.name, matches: parseNoProxy(no.value) },
  };
}

/** Whether any proxy variable is set. */
export function hasEnvProxy(proxies: EnvProxies): boolean {
  return proxies.https !== null || proxies.http !== null || proxies.all !== null;
}

/** The route the environment gives a destination: NO_PROXY first, then the scheme's variable, then ALL_PROXY. */
export function envCandidate(proxies: EnvProxies, destination: Destination): RouteCandidate {
  const { noProxy } = proxies;
  const bypass = noProxy?.matches(destination.host, destination.port) ?? null;
  if (noProxy !== null && bypass !== null) {
    return { route: { kind: 'direct', proxy: null, reason: `${noProxy.name} matched ${bypass}` }, server: null };
  }
  const chosen = (destination.scheme === 'https' ? proxies.https : proxies.http) ?? proxies.all;
  if (chosen === null) {
    return { route: { kind: 'direct', proxy: null, reason: `no ${destination.scheme}_proxy or all_proxy variable is set` }, server: null };
  }
  const route: Route = { kind: chosen.parsed.server.kind, proxy: chosen.parsed.server.url, reason: chosen.name };
  return { route, server: chosen.parsed.server };
}
