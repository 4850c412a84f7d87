import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { sandbox as builtins } from 'pac-resolver';

/** How much of each string argument the host-side PAC helpers see: names are at most 253 bytes. */
const ARGUMENT_LIMIT = 1024;

/** Resolves a name for the sandbox: the first IPv4 address, or null. */
export type Lookup = (host: string) => Promise<string | null>;

/**
 * The PAC functions that wait on the network, run on the host: degenerator turns their calls into `await`s. Name
 * lookups use our own resolver (`--dns-server`) and `myIpAddress()` reads the local interfaces: pac-resolver's
 * defaults would use the OS resolver and open a socket to 8.8.8.8, traffic this tool must not send on its own.
 */
export function waitingFunctions(resolve: Lookup): Record<string, (...args: unknown[]) => Promise<unknown>> {
  // An address is its own answer: isInNet(dnsResolve(host), …) hands the address back in.
  const lookup = (host: string): Promise<string | null> => (net.isIP(host) ? Promise.resolve(host) : resolve(host));
  return {
    dnsResolve: async (host) => lookup(String(host)),
    isResolvable: async (host) => (await lookup(String(host))) !== null,
    isInNet: async (host, pattern, mask) => {
      const ip = await lookup(String(host));
      return ip !== null && net.isIPv4(ip) && inNet(ip, String(pattern), String(mask));
    },
    // Settles like an async function (a throw rejects), without one: there is nothing to await.
    myIpAddress: () => new Promise((resolve) => resolve(localAddress())),
  };
}

type HostFunction = (...args: unknown[]) => unknown;

const WAITING = new Set(['dnsResolve', 'isResolvable', 'isInNet', 'myIpAddress']);

/**
 * pac-resolver's pure helpers (dnsDomainIs, timeRange, …), run on the host with each string argument cut to 1 KiB:
 * a script passing a 60 MB string to dnsDomainLevels would otherwise have the host split it into 60 million parts.
 * `alert` does nothing (it would write to our stdout). shExpMatch is not here: it runs inside QuickJS (SCRIPT_PRELUDE).
 */
export const hostFunctions: Record<string, HostFunction> = Object.fromEntries<HostFunction>([
  ...Object.entries(builtins as unknown as Record<string, HostFunction>)
    .filter(([name]) => !WAITING.has(name) && name !== 'shExpMatch' && name !== 'alert')
    .map(([name, fn]): [string, HostFunction] => [
      name,
      (...args: unknown[]) => fn(...args.map((a) => (typeof a === 'string' ? a.slice(0, ARGUMENT_LIMIT) : a))),
    ]),
  ['alert', () => undefined],
]);

/**
 * Defined in the script itself, before the PAC's own code (which may still redefine it): the Netscape definition of
 * shExpMatch, as pac-resolver, Chrome and WinHTTP have it, turns the pattern into a regular expression. Run on the
 * host, `shExpMatch(s, "*a*a*a*a*a*a*a*a*b")` backtracks for hours out of reach of any timeout; inside QuickJS the
 * interrupt handler stops it.
 */
export const SCRIPT_PRELUDE =
  'function shExpMatch(str, shexp) { return new RegExp("^" + ' +
  'String(shexp).replace(/\\./g, "\\\\.").replace(/\\?/g, ".").replace(/\\*/g, ".*") + "$").test(str); }\n';

/** The first non-internal IPv4 address, as browsers' myIpAddress() reports it; 127.0.0.1 when there is none. */
function localAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    const found = list?.find((i) => i.family === 'IPv4' && !i.internal);
    if (found) return found.address;
  }
  return '127.0.0.1';
}

function inNet(ip: string, pattern: string, mask: string): boolean {
  const n = (s: string): number => s.split('.').reduce((acc, o) => (acc << 8) + (Number(o) & 255), 0) >>> 0;
  if (!net.isIPv4(pattern) || !net.isIPv4(mask)) return false;
  return (n(ip) & n(mask)) >>> 0 === (n(pattern) & n(mask)) >>> 0;
}
