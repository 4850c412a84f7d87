import net from 'node:net';

/**
 * A CIDR range in one 128-bit space: IPv4 is placed at its IPv4-mapped position (`::ffff:a.b.c.d`, RFC 4291
 * §2.5.5.2), so `127.0.0.0/8` and `::ffff:127.0.0.0/104` are the same range and a mapped answer matches its IPv4 range.
 */
export interface AddressRange {
  /** As written, lower-cased, with the prefix length made explicit (`127.0.0.1` → `127.0.0.1/32`). */
  readonly text: string;
  readonly base: bigint;
  /** Prefix length in the 128-bit space (an IPv4 `/8` is 104). */
  readonly prefix: number;
}

const MAPPED = 0xffffn << 32n;

function v4Bits(address: string): bigint {
  return address.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n);
}

function v6Bits(address: string): bigint {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  const quad = dotted?.[1];
  if (dotted && quad !== undefined) {
    const four = v4Bits(quad);
    text = `${text.slice(0, dotted.index)}${(four >> 16n).toString(16)}:${(four & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

/**
 * An IP address as a number in the shared 128-bit space, or `null` when it is not an IP address. IPv4, IPv4-mapped
 * and the deprecated IPv4-compatible form (`::a.b.c.d`, RFC 4291 §2.5.5.1) all land on the mapped position, so each
 * is judged as the IPv4 address it carries; `::` and `::1` stay themselves.
 */
export function addressBits(address: string): bigint | null {
  if (net.isIPv4(address)) return MAPPED | v4Bits(address);
  if (!net.isIPv6(address) || address.includes('%')) return null;
  const bits = v6Bits(address.toLowerCase());
  return bits > 1n && bits < 1n << 32n ? MAPPED | bits : bits;
}

/** How an IPv6 answer carries an IPv4 address, for messages (`IPv4-mapped 127.0.0.1`), or `null`. */
export function embeddedForm(address: string): string | null {
  if (!net.isIPv6(address) || address.includes('%')) return null;
  const bits = v6Bits(address.toLowerCase());
  const form = bits >> 32n === 0xffffn ? 'IPv4-mapped' : bits > 1n && bits < 1n << 32n ? 'IPv4-compatible' : null;
  if (form === null) return null;
  return `${form} ${[24n, 16n, 8n, 0n].map((s) => String((bits >> s) & 0xffn)).join('.')}`;
}

/** Parses `a.b.c.d/n`, `x:y::/n` or a bare address (a single-address range); a reason string when it is not one. */
export function parseRange(input: string): AddressRange | string {
  const text = input.trim().toLowerCase();
  const [address = '', length, extra] = text.split('/');
  const four = net.isIPv4(address);
  const bits = four || (net.isIPv6(address) && !address.includes('%')) ? (four ? MAPPED | v4Bits(address) : v6Bits(address)) : null;
  if (bits === null || extra !== undefined) return `"${input}" is not an address range (expected e.g. 127.0.0.0/8 or fd00::/8)`;
  const max = four ? 32 : 128;
  if (length !== undefined && !/^\d{1,3}$/.test(length)) return `"${input}": the prefix length must be a number from 0 to ${max}`;
  const own = length === undefined ? max : Number(length);
  if (own > max) return `"${input}": the prefix length must be a number from 0 to ${max}`;
  const prefix = four ? 96 + own : own;
  const shift = BigInt(128 - prefix);
  const base = (bits >> shift) << shift;
  if (base !== bits) return `"${input}" has bits set after the /${own} prefix (did you mean ${networkText(four, base)}/${own}?)`;
  return { text: `${address}/${own}`, base, prefix };
}

function networkText(four: boolean, base: bigint): string {
  if (four) return [24n, 16n, 8n, 0n].map((s) => String((base >> s) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((base >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1); // the URL parser writes the canonical form
}

/** Whether an address (as `addressBits` gives it) lies inside a range. */
export function inRange(range: AddressRange, bits: bigint): boolean {
  const shift = BigInt(128 - range.prefix);
  return bits >> shift === range.base >> shift;
}
