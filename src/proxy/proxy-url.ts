import net from 'node:net';
import { InputError } from '../model/input-error.js';
import type { ProxyKind, ProxyServer } from './types.js';

const KINDS: Record<string, ProxyKind> = {
  'http:': 'http',
  'https:': 'https',
  'socks4:': 'socks4',
  'socks4a:': 'socks4a',
  'socks5:': 'socks5',
  'socks5h:': 'socks5h',
};
/**
 * A proxy's port when its URL or PAC answer names none. WinHTTP and the SCP's proxy tab default to port 80 for an
 * HTTP proxy; SOCKS servers conventionally listen on 1080.
 */
export const PROXY_DEFAULT_PORT: Readonly<Record<ProxyKind, number>> = {
  http: 80,
  https: 443,
  socks4: 1080,
  socks4a: 1080,
  socks5: 1080,
  socks5h: 1080,
};

/** A parsed proxy URL: the server, and any credentials written inside it (the caller warns about those). */
export interface ParsedProxyUrl {
  readonly server: ProxyServer;
  readonly user: string | null;
  readonly password: string | null;
}

/** `kind://host:port` with IPv6 hosts in brackets. */
export function proxyServer(kind: ProxyKind, host: string, port: number): ProxyServer {
  const shown = net.isIPv6(host) ? `[${host}]` : host.toLowerCase();
  return { kind, host: net.isIPv6(host) ? host : host.toLowerCase(), port, url: `${kind}://${shown}:${port}` };
}

/**
 * Parses a proxy URL as curl does: `http://`, `https://` (TLS to the proxy), `socks4://`, `socks4a://`, `socks5://`,
 * `socks5h://`, or a bare `host:port` meaning HTTP. `source` names the flag or variable in errors. The error message
 * never repeats the value, which may hold a password.
 */
export function parseProxyUrl(value: string, source: string): ParsedProxyUrl {
  const text = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new InputError(`${source}: not a proxy URL; expected e.g. http://proxy.contoso.com:8080 or socks5h://127.0.0.1:1080`);
  }
  const kind = KINDS[url.protocol];
  if (kind === undefined) {
    throw new InputError(
      `${source}: unsupported proxy scheme "${url.protocol.replace(/:$/, '')}"; use ${Object.keys(KINDS)
        .map((k) => k.replace(/:$/, ''))
        .join(', ')}`,
    );
  }
  if (url.hostname === '') throw new InputError(`${source}: the proxy URL names no host`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new InputError(`${source}: a proxy URL is scheme://host:port only (found a path or query after the port)`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port === '' ? PROXY_DEFAULT_PORT[kind] : Number(url.port);
  return {
    server: proxyServer(kind, host, port),
    user: url.username === '' ? null : safeDecode(url.username),
    password: url.password === '' ? null : safeDecode(url.password),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
