import net from 'node:net';

/** One NO_PROXY entry, parsed. */
type Entry =
  | { readonly kind: 'all'; readonly raw: string }
  | { readonly kind: 'name'; readonly name: string; readonly port: number | null; readonly raw: string }
  | {
      readonly kind: 'cidr';
      readonly network: string;
      readonly bits: number;
      readonly family: 4 | 6;
      readonly port: number | null;
      readonly raw: string;
    };

/** Returns the entry that matches (host, port), or `null` when the proxy applies. */
export type NoProxyMatcher = (host: string, port: number) => string | null;

/**
 * NO_PROXY as curl documents it (CURLOPT_NOPROXY, curl 7.86+): a comma- or space-separated list; `*` alone matches
 * every host; a name matches itself and any subdomain on a label boundary (`contoso.com` and `.contoso.com` both
 * match `contoso.com` and `www.contoso.com`, never `notcontoso.com`); IP addresses and CIDR ranges match IP-literal
 * hosts only (no name is resolved to check them); case and a trailing dot are ignored. Beyond curl, an entry may
 * carry `:port` (as Go and Python read it), then matching only that port.
 */
export function parseNoProxy(value: string): NoProxyMatcher {
  const entries = value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseEntry);
  return (host, port) => {
    const name = host
      .replace(/^\[|\]$/g, '')
      .replace(/\.$/, '')
      .toLowerCase();
    for (const entry of entries) if (matches(entry, name, port)) return entry.raw;
    return null;
  };
}

function parseEntry(raw: string): Entry {
  if (raw === '*') return { kind: 'all', raw };
  let text = raw.toLowerCase();
  let port: number | null = null;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?(?:\/(\d+))?$/.exec(text);
  if (bracketed) {
    const [, inside = '', portText, bitsText] = bracketed;
    text = bitsText === undefined ? inside : `${inside}/${bitsText}`;
    port = portText === undefined ? null : Number(portText);
  } else if (!net.isIPv6(text.split('/')[0] ?? '')) {
    const [, host, portText] = /^(.*):(\d+)$/.exec(text) ?? [];
    if (host !== undefined) [text, port] = [host, Number(portText)];
  }
  const [address = '', bits] = text.split('/');
  const family = net.isIP(address);
  if (family === 4 || family === 6) {
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    return {
      kind: 'cidr',
      network: address,
      bits: Number.isInteger(prefix) && prefix >= 0 && prefix <= max ? prefix : max,
      family,
      port,
      raw,
    };
  }
  return { kind: 'name', name: text.replace(/^\*?\./, '').replace(/\.$/, ''), port, raw };
}

function matches(entry: Entry, host: string, port: number): boolean {
  if (entry.kind === 'all') return true;
  if (entry.port !== null && entry.port !== port) return false;
  if (entry.kind === 'name') return entry.name !== '' && (host === entry.name || host.endsWith(`.${entry.name}`));
  const family = net.isIP(host);
  if (family !== entry.family) return false;
  return prefixEqual(bytes(host, family), bytes(entry.network, family), entry.bits);
}

function bytes(ip: string, family: number): number[] {
  if (family === 4) return ip.split('.').map(Number);
  const [head = '', tail = ''] = ip.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const h = groups(head);
  const t = groups(tail);
  const all = ip.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  return all.flatMap((g) => [Number.parseInt(g, 16) >> 8, Number.parseInt(g, 16) & 0xff]);
}

function prefixEqual(a: number[], b: number[], bits: number): boolean {
  for (let i = 0; i < bits; i += 1) {
    const byte = i >> 3;
    const mask = 0x80 >> (i & 7);
    if (((a[byte] ?? 0) & mask) !== ((b[byte] ?? 0) & mask)) return false;
  }
  return true;
}
