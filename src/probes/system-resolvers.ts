import { readFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';
import { InputError } from '../model/input-error.js';

/** A DNS server as an address and a port. */
export interface ServerEndpoint {
  readonly address: string;
  readonly port: number;
}

/** Splits `ip`, `ip:port`, `ipv6`, `[ipv6]` or `[ipv6]:port`; `null` unless an IP address and a valid port. */
export function splitServer(value: string): ServerEndpoint | null {
  const text = value.trim();
  let address = text;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed !== null) {
    address = bracketed[1] ?? '';
    portText = bracketed[2];
    if (!net.isIPv6(address)) return null;
  } else if (net.isIPv6(text)) {
    address = text;
  } else {
    const colon = text.lastIndexOf(':');
    if (colon !== -1) {
      address = text.slice(0, colon);
      portText = text.slice(colon + 1);
    }
    if (!net.isIPv4(address)) return null;
  }
  let port = 53;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText)) return null;
    port = Number(portText);
    if (port < 1 || port > 65535) return null;
  }
  return { address, port };
}

/** `ip:port`, with brackets around IPv6 so the port stays unambiguous. */
export function formatServer(endpoint: ServerEndpoint): string {
  const host = net.isIPv6(endpoint.address) ? `[${endpoint.address}]` : endpoint.address;
  return `${host}:${endpoint.port}`;
}

/** Validates `--dns-server ip[:port]` and returns it as `ip:port`; throws InputError on anything else. */
export function parseDnsServerFlag(value: string): string {
  const endpoint = splitServer(value);
  if (endpoint === null) {
    throw new InputError(
      `--dns-server ${JSON.stringify(value)} is not an IP address with an optional port 1-65535; ` +
        'use e.g. 10.0.0.53, 10.0.0.53:5353, fd00::53 or [fd00::53]:5353',
    );
  }
  return formatServer(endpoint);
}

/**
 * The `nameserver` lines of a resolv.conf, as `ip:port`. Only the first three count, as in glibc (MAXNS = 3,
 * resolv.conf(5)); comments start with `#` or `;`; IPv6 zone ids (`fe80::1%eth0`) are kept because a link-local
 * resolver is unreachable without them. Lines that are not an IP address are skipped, as the C library does.
 */
export function parseResolvConf(text: string): string[] {
  const servers: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const [keyword, value] = line.split(/\s+/);
    if (keyword !== 'nameserver' || value === undefined) continue;
    const endpoint = net.isIP(value) === 0 ? null : splitServer(value);
    if (endpoint !== null) servers.push(formatServer(endpoint));
    if (servers.length === 3) break;
  }
  return servers;
}

/**
 * The resolvers this host uses, as `ip:port`. On Linux and macOS from /etc/resolv.conf (what the C library reads);
 * on Windows, or when that file is missing or empty, from `dns.getServers()`, which libuv/c-ares fills from the OS.
 */
export function systemResolvers(resolvConfPath = '/etc/resolv.conf'): string[] {
  if (process.platform !== 'win32') {
    try {
      const servers = parseResolvConf(readFileSync(resolvConfPath, 'utf8'));
      if (servers.length > 0) return servers;
    } catch {
      // No resolv.conf (containers, some macOS setups): fall through to what Node's resolver found.
    }
  }
  return dns
    .getServers()
    .map((server) => splitServer(server))
    .filter((endpoint): endpoint is ServerEndpoint => endpoint !== null)
    .map(formatServer);
}
