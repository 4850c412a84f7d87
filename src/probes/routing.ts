import { openDirect } from './direct.js';
import type { Opener, ProbeContext } from './opener.js';
import type { Route } from './types.js';

/** The route every probe takes when no proxy is configured. */
export const DIRECT_ROUTE: Route = { kind: 'direct', proxy: null, reason: 'no proxy configured' };

/** Picks route + opener per destination; the proxy options replace this with their own selector. */
export type RouteSelector = ProbeContext['routeFor'];

/** Every destination goes direct. */
export function directRouting(route: Route = DIRECT_ROUTE): RouteSelector {
  const opener: Opener = openDirect;
  return () => ({ route, opener });
}
