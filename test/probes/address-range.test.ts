import t from 'tap';
import { inRange, parseRange, type AddressRange } from '../../src/probes/address-range.js';
import { parseLabAddresses } from '../../src/cli/lab-addresses.js';

const range = (text: string): AddressRange => {
  const parsed = parseRange(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};
const has = (cidr: string, address: string): boolean => inRange(range(cidr), address);

t.test('ranges: parsing, canonical text and membership at the edges', async (t) => {
  t.equal(range('127.0.0.0/8').text, '127.0.0.0/8');
  t.equal(range(' 127.0.0.1 ').text, '127.0.0.1/32', 'a bare address is a single-address range');
  t.equal(range('FD00::/8').text, 'fd00::/8');
  t.equal(range('::1').text, '::1/128');
  const rows: [string, string, boolean][] = [
    ['127.0.0.0/8', '127.0.0.0', true],
    ['127.0.0.0/8', '127.255.255.255', true],
    ['127.0.0.0/8', '128.0.0.0', false],
    ['127.0.0.0/8', '126.255.255.255', false],
    ['127.0.0.0/8', '::ffff:127.0.0.1', true],
    ['127.0.0.0/8', '::127.0.0.1', true],
    ['127.0.0.0/8', '::1', false],
    ['::ffff:127.0.0.0/104', '127.9.9.9', true],
    ['127.0.0.1/32', '127.0.0.1', true],
    ['127.0.0.1/32', '127.0.0.2', false],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['0.0.0.0/0', '2001:db8::1', false],
    ['::/0', '2001:db8::1', true],
    ['::/0', '10.0.0.1', true],
    ['fd00::/8', 'fd12::1', true],
    ['fd00::/8', 'fc00::1', false],
    ['::1/128', '::1', true],
    ['::1/128', '127.0.0.1', false],
    ['172.16.0.0/12', '172.31.255.255', true],
    ['172.16.0.0/12', '172.32.0.0', false],
  ];
  for (const [cidr, address, expected] of rows) t.equal(has(cidr, address), expected, `${address} in ${cidr}`);
});

t.test('bad ranges say what is wrong', async (t) => {
  const bad: [string, RegExp][] = [
    ['127.0.0.0/33', /prefix length must be a number from 0 to 32/],
    ['fd00::/129', /from 0 to 128/],
    ['127.0.0.0/x', /prefix length/],
    ['127.0.0.0/-1', /prefix length/],
    ['127.0.0.0/8/8', /is not an address range/],
    ['localhost', /is not an address range \(expected e\.g\. 127\.0\.0\.0\/8 or fd00::\/8\)/],
    ['256.0.0.0/8', /is not an address range/],
    ['fe80::1%eth0/64', /is not an address range/],
    ['', /is not an address range/],
    ['127.0.0.1/8', /bits set after the \/8 prefix \(did you mean 127\.0\.0\.0\/8\?\)/],
    ['fd00::1/8', /did you mean fd00::\/8\?/],
  ];
  for (const [text, reason] of bad) {
    const parsed = parseRange(text);
    t.type(parsed, 'string', text);
    t.match(parsed, reason, text);
  }
});

t.test('--lab-addresses: comma-separated and repeatable; a bad range is one InputError line', async (t) => {
  t.same(
    parseLabAddresses(['127.0.0.0/8,::1', ' 10.0.0.0/8 ']).map((r) => r.text),
    ['127.0.0.0/8', '::1/128', '10.0.0.0/8'],
  );
  t.same(parseLabAddresses([]), []);
  t.throws(() => parseLabAddresses(['127.0.0.0/8,127.0.0.0/40']), {
    code: 'BAD_INPUT',
    message: /^--lab-addresses: "127\.0\.0\.0\/40": the prefix length/,
  });
});

t.test('IPv4-mapped IPv6 both ways: a mapped address in an IPv4 range, an IPv4 address in a ::ffff:0:0/96 range', async (t) => {
  const rows: [string, string, boolean][] = [
    // a mapped address, in every spelling, against IPv4 ranges
    ['10.0.0.0/8', '::ffff:10.1.2.3', true],
    ['10.0.0.0/8', '::FFFF:a01:203', true],
    ['10.0.0.0/8', '0:0:0:0:0:ffff:10.1.2.3', true],
    ['10.0.0.0/8', '::ffff:11.0.0.0', false],
    ['10.0.0.0/8', '::10.1.2.3', true],
    ['10.1.2.3/32', '::ffff:10.1.2.3', true],
    ['10.1.2.3/32', '::ffff:10.1.2.4', false],
    ['0.0.0.0/0', '::ffff:8.8.8.8', true],
    ['0.0.0.0/0', '::2:0:0', false],
    // an IPv4 address against IPv6 ranges over the mapped space
    ['::ffff:0:0/96', '10.0.0.1', true],
    ['::ffff:0:0/96', '255.255.255.255', true],
    ['::ffff:0:0/96', '::ffff:10.0.0.1', true],
    ['::ffff:0:0/96', '::1', false],
    ['::ffff:0:0/96', '2001:db8::1', false],
    ['::ffff:10.0.0.0/104', '10.200.0.1', true],
    ['::ffff:10.0.0.0/104', '11.0.0.1', false],
    ['::ffff:10.1.2.3/128', '10.1.2.3', true],
    ['::ffff:10.1.2.3/128', '10.1.2.4', false],
    ['::/96', '10.0.0.1', false],
    // the edges of the single-address and everything ranges, in both families
    ['10.1.2.3/32', '10.1.2.3', true],
    ['10.1.2.3/32', '10.1.2.2', false],
    ['10.1.2.3/32', '10.1.2.4', false],
    ['2001:db8::1/128', '2001:db8::1', true],
    ['2001:db8::1/128', '2001:db8::2', false],
    ['0.0.0.0/0', '255.255.255.255', true],
    ['::/0', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', true],
  ];
  for (const [cidr, address, expected] of rows) t.equal(has(cidr, address), expected, `${address} in ${cidr}`);
});

t.test('what is not an IP address is in no range', async (t) => {
  for (const address of ['', 'localhost', '10.0.0.1.nip.io', 'fe80::1%eth0', '10.0.0.256'])
    t.notOk(has('::/0', address) || has('0.0.0.0/0', address), JSON.stringify(address));
});
