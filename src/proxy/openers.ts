import { openDirect } from '../probes/direct.js';
import type { Opener } from '../probes/opener.js';
import type { Route } from '../probes/types.js';
import { httpProxyOpener } from './http-proxy-opener.js';
import { socksOpener } from './socks-opener.js';
import type { ProxyCredentials, ProxyKind, ProxyServer, RouteCandidate } from './types.js';

type OpenerFactory = (server: ProxyServer, route: Route, credentials: ProxyCredentials | null) => Opener;

/** The opener for each kind of proxy; adding a kind is one line here. */
export const proxyOpeners = {
  http: httpProxyOpener,
  https: httpProxyOpener,
  socks4: socksOpener,
  socks4a: socksOpener,
  socks5: socksOpener,
  socks5h: socksOpener,
} satisfies Record<ProxyKind, OpenerFactory>;

/** The opener for one candidate route; direct candidates use the core's own opener and keep their reason. */
export function openerFor(candidate: RouteCandidate, credentials: ProxyCredentials | null): Opener {
  if (candidate.server === null) {
    return async (destination, context, signal) => ({ ...(await openDirect(destination, context, signal)), route: candidate.route });
  }
  return proxyOpeners[candidate.server.kind](candidate.server, candidate.route, credentials);
}
