import t from 'tap';
import { classifyAddress, type AddressKind } from '../../src/probes/address-class.js';

// Every range, at its first and last address and just outside on both sides, plus the IPv4-mapped
// (::ffff:a.b.c.d, in dotted and hex spelling) and IPv4-compatible (::a.b.c.d) forms of each IPv4 range.
const CASES: readonly (readonly [string, AddressKind])[] = [
  // unspecified: 0.0.0.0/8 and ::
  ['0.0.0.0', 'unspecified'],
  ['0.255.255.255', 'unspecified'],
  ['1.0.0.0', 'public'],
  ['::', 'unspecified'],
  ['0:0:0:0:0:0:0:0', 'unspecified'],
  ['::ffff:0.0.0.0', 'unspecified'],
  ['::ffff:0:0', 'unspecified'],
  ['::ffff:0.255.255.255', 'unspecified'],
  ['::0.0.0.2', 'unspecified'],
  // loopback: 127.0.0.0/8 and ::1
  ['126.255.255.255', 'public'],
  ['127.0.0.0', 'loopback'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.255', 'loopback'],
  ['128.0.0.0', 'public'],
  ['::1', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['::2', 'unspecified'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::FFFF:7F00:1', 'loopback'],
  ['::ffff:127.255.255.255', 'loopback'],
  ['::ffff:128.0.0.0', 'public'],
  ['::127.0.0.1', 'loopback'],
  ['::7f00:1', 'loopback'],
  // link-local: 169.254.0.0/16 and fe80::/10
  ['169.253.255.255', 'public'],
  ['169.254.0.0', 'link-local'],
  ['169.254.169.254', 'link-local'],
  ['169.254.255.255', 'link-local'],
  ['169.255.0.0', 'public'],
  ['::ffff:169.254.1.1', 'link-local'],
  ['::169.254.1.1', 'link-local'],
  ['fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'public'],
  ['fe80::', 'link-local'],
  ['fe80::1', 'link-local'],
  ['febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'link-local'],
  ['fec0::', 'public'],
  // multicast: 224.0.0.0/4 and ff00::/8
  ['223.255.255.255', 'public'],
  ['224.0.0.0', 'multicast'],
  ['239.255.255.255', 'multicast'],
  ['::ffff:224.0.0.1', 'multicast'],
  ['::224.0.0.1', 'multicast'],
  ['feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'public'],
  ['ff00::', 'multicast'],
  ['ff02::1', 'multicast'],
  ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'multicast'],
  // reserved: 240.0.0.0/4, with the limited broadcast
  ['240.0.0.0', 'reserved'],
  ['255.255.255.254', 'reserved'],
  ['255.255.255.255', 'reserved'],
  ['::ffff:255.255.255.255', 'reserved'],
  // private: 10/8, 172.16/12, 192.168/16
  ['9.255.255.255', 'public'],
  ['10.0.0.0', 'private'],
  ['10.255.255.255', 'private'],
  ['11.0.0.0', 'public'],
  ['172.15.255.255', 'public'],
  ['172.16.0.0', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.0', 'public'],
  ['192.167.255.255', 'public'],
  ['192.168.0.0', 'private'],
  ['192.168.255.255', 'private'],
  ['192.169.0.0', 'public'],
  ['::ffff:10.1.2.3', 'private'],
  ['::ffff:172.20.0.1', 'private'],
  ['::ffff:192.168.1.1', 'private'],
  ['::10.1.2.3', 'private'],
  // carrier-grade NAT: 100.64.0.0/10
  ['100.63.255.255', 'public'],
  ['100.64.0.0', 'carrier-grade'],
  ['100.127.255.255', 'carrier-grade'],
  ['100.128.0.0', 'public'],
  ['::ffff:100.64.0.1', 'carrier-grade'],
  // unique local: fc00::/7
  ['fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'public'],
  ['fc00::', 'unique-local'],
  ['fd00::10', 'unique-local'],
  ['fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'unique-local'],
  ['fe00::', 'public'],
  // public, and strings that are not addresses
  ['20.190.128.1', 'public'],
  ['2603:1030::1', 'public'],
  ['::ffff:20.1.2.3', 'public'],
  ['64:ff9b::7f00:1', 'public'],
  ['login.microsoftonline.com', 'public'],
  ['127.0.0.1.nip.io', 'public'],
  ['', 'public'],
];

t.test('address classes: every range, its edges, mapped and compatible forms', async (t) => {
  for (const [address, kind] of CASES) t.equal(classifyAddress(address).kind, kind, address);
});

t.test('the words name the kind and say when IPv4 rides inside IPv6', async (t) => {
  t.equal(classifyAddress('127.0.0.1').words, 'loopback, this host itself');
  t.equal(classifyAddress('::ffff:127.0.0.1').words, 'loopback, this host itself, IPv4-mapped 127.0.0.1');
  t.equal(classifyAddress('::ffff:7f00:1').words, 'loopback, this host itself, IPv4-mapped 127.0.0.1');
  t.equal(classifyAddress('::7f00:1').words, 'loopback, this host itself, IPv4-compatible 127.0.0.1');
  t.match(classifyAddress('0.0.0.0').words, /^the unspecified address/);
  t.match(classifyAddress('10.0.0.1').words, /RFC 1918/);
  t.match(classifyAddress('100.64.0.1').words, /RFC 6598/);
  t.match(classifyAddress('fd00::1').words, /RFC 4193/);
  t.match(classifyAddress('255.255.255.255').words, /broadcast/);
});
