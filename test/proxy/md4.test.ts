import t from 'tap';
import { md4 } from '../../src/proxy/ntlm/md4.js';

// RFC 1320 appendix A.5, the MD4 test suite.
const SUITE: [string, string][] = [
  ['', '31d6cfe0d16ae931b73c59d7e0c089c0'],
  ['a', 'bde52cb31de33e46245e05fbdbd6fb24'],
  ['abc', 'a448017aaf21d8525fc10ae87aa6729d'],
  ['message digest', 'd9130a8164549fe818874806e1c7014b'],
  ['abcdefghijklmnopqrstuvwxyz', 'd79e1c308aa5bbcdeea8ed63df412da9'],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', '043f8582f241db351ce627e153e7f0e4'],
  ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', 'e33b4ddc9c38f2199c3e7b164fcc0536'],
];

t.test('RFC 1320 test suite', async (t) => {
  for (const [input, digest] of SUITE) t.equal(md4(Buffer.from(input, 'latin1')).toString('hex'), digest, JSON.stringify(input));
});

t.test('the NT hash of MS-NLMP 4.2.2.1.2, and padding around the 56- and 64-byte block edges', async (t) => {
  // MS-NLMP 4.2.2.1.2: NTOWFv1("Password") = MD4(UNICODE("Password")).
  t.equal(md4(Buffer.from('Password', 'utf16le')).toString('hex'), 'a4f49c406510bdcab6824ee7c30fd852');
  for (const n of [55, 56, 63, 64, 65, 119, 120]) t.equal(md4(Buffer.alloc(n, 0x61)).length, 16, `${n} bytes`);
});
