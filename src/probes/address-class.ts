import { embeddedForm, inRange, parseRange, type AddressRange } from './address-range.js';

/** What kind of address a DNS answer gave, as far as reaching an internet endpoint goes. */
export type AddressKind =
  'unspecified' | 'loopback' | 'link-local' | 'multicast' | 'reserved' | 'private' | 'carrier-grade' | 'unique-local' | 'public';

/** The kinds no internet endpoint can have: a DNS answer with one of them is a filter's sinkhole. */
export const SINKHOLE_KINDS: ReadonlySet<AddressKind> = new Set(['unspecified', 'loopback', 'link-local', 'multicast', 'reserved']);

/** The kinds that are reachable but inside a network, not on the internet: split-horizon DNS or a private endpoint. */
export const INTERNAL_KINDS: ReadonlySet<AddressKind> = new Set(['private', 'carrier-grade', 'unique-local']);

/**
 * The special ranges (IANA IPv4 and IPv6 Special-Purpose Address Registries). IPv4-mapped and -compatible IPv6
 * answers fall into their IPv4 rows (see address-range.ts). 240.0.0.0/4 is "reserved for future use" (RFC 1112 §4)
 * and holds the limited broadcast 255.255.255.255 (RFC 919): no endpoint has such an address and some filters
 * answer with it, so it counts as a sinkhole rather than leaving a misleading connect error that blames a firewall.
 */
const TABLE: readonly (readonly [cidr: string, kind: AddressKind, words: string])[] = [
  ['0.0.0.0/8', 'unspecified', 'the unspecified address, "this network" (RFC 1122)'],
  ['::/128', 'unspecified', 'the unspecified address (RFC 4291)'],
  ['127.0.0.0/8', 'loopback', 'loopback, this host itself'],
  ['::1/128', 'loopback', 'loopback, this host itself'],
  ['169.254.0.0/16', 'link-local', 'link-local'],
  ['fe80::/10', 'link-local', 'link-local'],
  ['224.0.0.0/4', 'multicast', 'multicast'],
  ['ff00::/8', 'multicast', 'multicast'],
  ['240.0.0.0/4', 'reserved', 'reserved (240.0.0.0/4, with the broadcast address 255.255.255.255)'],
  ['10.0.0.0/8', 'private', 'private, RFC 1918'],
  ['172.16.0.0/12', 'private', 'private, RFC 1918'],
  ['192.168.0.0/16', 'private', 'private, RFC 1918'],
  ['100.64.0.0/10', 'carrier-grade', 'carrier-grade NAT shared space, RFC 6598'],
  ['fc00::/7', 'unique-local', 'unique local IPv6, RFC 4193'],
];

const RANGES: readonly (readonly [AddressRange, AddressKind, string])[] = TABLE.map(([cidr, kind, words]) => {
  const range = parseRange(cidr);
  if (typeof range === 'string') throw new Error(`address-class table: ${range}`);
  return [range, kind, words];
});

/** An address's kind and the words that explain it in a message (`loopback, this host itself, IPv4-mapped`). */
export interface ClassifiedAddress {
  readonly kind: AddressKind;
  readonly words: string;
}

/** Classifies an IP address; a string that is not one is `public` (nothing special is known about it). */
export function classifyAddress(address: string): ClassifiedAddress {
  const row = RANGES.find(([range]) => inRange(range, address));
  if (row === undefined) return { kind: 'public', words: 'public' };
  const form = embeddedForm(address);
  return { kind: row[1], words: form === null ? row[2] : `${row[2]}, ${form}` };
}
