import net from 'node:net';

/**
 * A CIDR range in one 128-bit space: IPv4 is placed at its IPv4-mapped position (`::ffff:a.b.c.d`, RFC 4291
 * §2.5.5.2), so `127.0.0.0/8` and `::ffff:127.0.0.0/104` are the same range and a mapped answer matches its IPv4 range.
 *
 * The matching is `net.BlockList`'s, and it only ever sees IPv6: the range as an IPv6 subnet, the address in its
 * mapped form (`mappedAddress`). Its own IPv4/IPv6 cross-matching is not relied on: it ignores IPv4-compatible
 * addresses (`::a.b.c.d`), and its IPv4 mask is `((1 << prefix) - 1) << (32 - prefix)` (src/node_sockaddr.cc,
 * `in_network_ipv4`), a shift by 32 for /0 and /32 that C++ leaves undefined, so the answer may depend on the
 * compiler that built Node. Its IPv6 subnet match compares bytes and is exact for every prefix.
 */
export interface AddressRange {
  /** As written, lower-cased, with the prefix length made explicit (`127.0.0.1` → `127.0.0.1/32`). */
  readonly text: string;
  /** The network in the IPv6 space (`::ffff:127.0.0.0` for `127.0.0.0/8`). */
  readonly network: string;
  /** Prefix length in the 128-bit space (an IPv4 `/8` is 104). */
  readonly prefix: number;
  /** The one subnet, as an IPv6 BlockList rule. */
  readonly list: net.BlockList;
}

const MAPPED = 0xffffn << 32n;

function v4Bits(address: string): bigint {
  return address.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n);
}

function v6Bits(address: string): bigint {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const four = v4Bits(dotted[0]);
    text = `${text.slice(0, dotted.index)}${(four >> 16n).toString(16)}:${(four & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const dottedQuad = (bits: bigint): string => [24n, 16n, 8n, 0n].map((s) => String((bits >> s) & 0xffn)).join('.');

/** The IPv4 address an IPv6 address carries, and how (RFC 4291 §2.5.5), or `null`; `::` and `::1` carry none. */
function embeddedIpv4(address: string): { form: 'IPv4-mapped' | 'IPv4-compatible'; ipv4: string } | null {
  if (!net.isIPv6(address) || address.includes('%')) return null;
  const bits = v6Bits(address.toLowerCase());
  if (bits >> 32n === 0xffffn) return { form: 'IPv4-mapped', ipv4: dottedQuad(bits) };
  return bits > 1n && bits < 1n << 32n ? { form: 'IPv4-compatible', ipv4: dottedQuad(bits) } : null;
}

/**
 * An IP address as the IPv6 address it is judged as, or `null` when it is not an IP address. IPv4, IPv4-mapped and
 * the deprecated IPv4-compatible form (`::a.b.c.d`, RFC 4291 §2.5.5.1) all become `::ffff:a.b.c.d`, so each is
 * judged as the IPv4 address it carries; `::` and `::1` stay themselves. Zone-scoped addresses (`fe80::1%eth0`) are
 * not judged.
 */
export function mappedAddress(address: string): string | null {
  if (net.isIPv4(address)) return `::ffff:${address}`;
  if (!net.isIPv6(address) || address.includes('%')) return null;
  const embedded = embeddedIpv4(address);
  return embedded === null ? address.toLowerCase() : `::ffff:${embedded.ipv4}`;
}

/** How an IPv6 answer carries an IPv4 address, for messages (`IPv4-mapped 127.0.0.1`), or `null`. */
export function embeddedForm(address: string): string | null {
  const embedded = embeddedIpv4(address);
  return embedded === null ? null : `${embedded.form} ${embedded.ipv4}`;
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
  const network = four ? `::ffff:${address}` : address;
  const list = new net.BlockList();
  list.addSubnet(network, prefix, 'ipv6');
  return { text: `${address}/${own}`, network, prefix, list };
}

function networkText(four: boolean, base: bigint): string {
  if (four) return dottedQuad(base);
  const groups = Array.from({ length: 8 }, (_, i) => ((base >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1); // the URL parser writes the canonical form
}

/** Whether an IP address (any form `mappedAddress` takes) lies inside a range; never for what is not an address. */
export function inRange(range: AddressRange, address: string): boolean {
  const mapped = mappedAddress(address);
  return mapped !== null && range.list.check(mapped, 'ipv6');
}
