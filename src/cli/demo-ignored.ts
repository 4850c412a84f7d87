import type { CheckArgs } from './check-options.js';

/**
 * The flags `demo` replaces with its simulated site's own (its DNS server, its roots, its PAC-routed proxy and
 * account): given by the user, they are ignored, and the demo says so instead of ignoring them silently.
 */
const REPLACED = ['dns-server', 'public-roots', 'proxy', 'winhttp', 'pac', 'proxy-user', 'proxy-password-file'] as const;

/** The replaced flags the user gave (`--no-proxy` counts), as `--name`; empty when none. */
export function ignoredByDemo(args: CheckArgs): string[] {
  return REPLACED.filter((name) => {
    const value: unknown = args[name];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  }).map((name) => `--${name}`);
}

/** The note for stderr, or null when nothing was ignored. */
export function ignoredByDemoNote(args: CheckArgs): string | null {
  const ignored = ignoredByDemo(args);
  if (ignored.length === 0) return null;
  return `note: demo ignores ${ignored.join(', ')}: the simulated site uses its own DNS server, roots, PAC file and proxy account on loopback (run check to use yours).`;
}
