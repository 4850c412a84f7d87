import type { CheckArgs } from './check-options.js';
import { proxyOptions } from './proxy-options.js';

/** A route flag: a proxy option other than `--compare-direct`, which the demo honours (it probes direct too). */
type RouteFlag = Exclude<keyof typeof proxyOptions, 'compare-direct'>;

/** A flag `demo` replaces with its simulated site's own. */
export type ReplacedByDemo = 'dns-server' | 'public-roots' | RouteFlag;

const isRouteFlag = (name: string): name is RouteFlag => name in proxyOptions && name !== 'compare-direct';

/**
 * The flags `demo` replaces with its simulated site's own: its DNS server, its roots, and its whole route (a PAC
 * file sending some names through its proxy and account), so every route flag of the registry. Given by the user,
 * they are ignored, and the demo says so instead of ignoring them silently. demo.ts sets each of them
 * (`Pick<CheckArgs, ReplacedByDemo>`), so this list and what the demo replaces cannot drift apart.
 */
export const REPLACED_BY_DEMO: readonly ReplacedByDemo[] = ['dns-server', 'public-roots', ...Object.keys(proxyOptions).filter(isRouteFlag)];

/** The replaced flags the user gave (`--no-proxy` counts), as `--name`; empty when none. */
export function ignoredByDemo(args: CheckArgs): string[] {
  return REPLACED_BY_DEMO.filter((name) => {
    const value: unknown = args[name];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  }).map((name) => `--${name}`);
}

/** The note for stderr, or null when nothing was ignored. */
export function ignoredByDemoNote(args: CheckArgs): string | null {
  const ignored = ignoredByDemo(args);
  if (ignored.length === 0) return null;
  return (
    `note: demo ignores ${ignored.join(', ')}: the simulated site uses its own DNS server, roots, PAC file and proxy account ` +
    'on loopback (run check to use yours).'
  );
}
