import net from 'node:net';
import { group } from '../model/match-group.js';
/** Where a request goes, as the bypass list sees it (the probes' `Destination` has this shape). */
export interface BypassDestination {
  readonly host: string;
  readonly port: number;
  readonly scheme: 'https' | 'http';
}

/**
 * The WinHTTP proxy bypass list, read the way WinHTTP reads it; the one matcher behind both the route the probes take
 * (`--winhttp`, src/proxy/winhttp-routing.ts) and the SCP-WINHTTP-PROXY rule, so the two can never disagree on a list.
 *
 * Microsoft, WINHTTP_PROXY_INFO (learn.microsoft.com/windows/win32/api/winhttp/ns-winhttp-winhttp_proxy_info): "The
 * proxy bypass list contains one or more server names separated by semicolons or whitespace. The proxy bypass list
 * can also contain the string "<local>" to indicate that all local intranet sites are bypassed. Local intranet sites
 * are considered to be all servers that do not contain a period in their name." ProxyCfg.exe / netsh winhttp
 * (learn.microsoft.com/windows/win32/winhttp/proxycfg-exe--a-proxy-configuration-tool): the list holds "locally known
 * host names or IP addresses" and "can contain wildcards, such as "*" … for example, "*.microsoft.com" or "*.org"".
 *
 * So: entries are case-insensitive; `<local>` is a name without a period (an IP literal is an address, not an
 * intranet name); `*` matches any run of characters (`*.contoso.com` does not match `contoso.com` itself); any other
 * entry is the whole name, never its subdomains; an IP entry matches that IP literal in any spelling (`::1`,
 * `[0:0::1]`), and no name is resolved to compare it. An entry may carry a scheme (`https://host`, that scheme
 * only) and a port (`host:8443`, `[fe80::1]:443`, `host:*`); without them it covers every scheme and port.
 */
export function bypassMatches(entry: string, destination: BypassDestination): boolean {
  const host = normalHost(destination.host);
  let text = entry.trim().toLowerCase();
  if (text === '<local>') return !host.includes('.') && net.isIP(host) === 0;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(text);
  if (scheme) {
    if (scheme[1] !== destination.scheme) return false;
    text = text.slice(scheme[0].length);
  }
  // A port follows the host; an unbracketed IPv6 entry (two or more colons) has none.
  const port = /^(\[[^\]]*\]|[^:]*):(\d{1,5}|\*)$/.exec(text);
  if (port) {
    if (port[2] !== '*' && Number(port[2]) !== destination.port) return false;
    text = group(port, 1);
  }
  const pattern = normalHost(text);
  if (pattern === '') return false;
  if (!pattern.includes('*')) return net.isIP(pattern) !== 0 && net.isIP(host) !== 0 ? sameAddress(pattern, host) : pattern === host;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(host);
}

/** The first entry of a bypass list that sends this destination direct, or `undefined`. */
export function bypassEntryFor(bypass: readonly string[], destination: BypassDestination): string | undefined {
  return bypass.find((entry) => bypassMatches(entry, destination));
}

/** Lower case, without IPv6 brackets or a trailing dot (`Contoso.com.` is `contoso.com`). */
function normalHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

/** Two IP literals naming the same address (IPv6 in any compression). */
function sameAddress(a: string, b: string): boolean {
  if (net.isIP(a) !== net.isIP(b)) return false;
  if (net.isIPv4(a)) return a === b;
  const canonical = (ip: string): string => new URL(`http://[${ip}]/`).hostname;
  return canonical(a) === canonical(b);
}
