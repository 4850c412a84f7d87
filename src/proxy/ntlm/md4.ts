/**
 * MD4 (RFC 1320), needed only for NTLM's NT hash. Node 20's OpenSSL 3 keeps MD4 in the legacy provider, which is
 * not loaded by default, so `createHash('md4')` throws; this small version is checked against RFC 1320's test suite.
 */
export function md4(input: Uint8Array): Buffer {
  const bitLength = input.length * 8;
  const padded = Buffer.alloc(((input.length + 8) >> 6) * 64 + 64);
  padded.set(input);
  padded[input.length] = 0x80;
  // Length in bits, 64-bit little-endian; inputs here are passwords, far below 2^32 bits.
  padded.writeUInt32LE(bitLength >>> 0, padded.length - 8);
  padded.writeUInt32LE(Math.floor(bitLength / 2 ** 32), padded.length - 4);
  let a = 0x67452301;
  let b = 0xefcdab89;
  let c = 0x98badcfe;
  let d = 0x10325476;
  const rotl = (v: number, s: number): number => (v << s) | (v >>> (32 - s));
  const f = (p: number, q: number, r: number): number => (p & q) | (~p & r);
  const g = (p: number, q: number, r: number): number => (p & q) | (p & r) | (q & r);
  const h = (p: number, q: number, r: number): number => p ^ q ^ r;
  for (let block = 0; block < padded.length; block += 64) {
    const [aa, bb, cc, dd] = [a, b, c, d];
    // X[k], the block's k-th little-endian 32-bit word, read from the block itself (no copy to index).
    const word = (k: number): number => padded.readUInt32LE(block + k * 4);
    // Round 1: [abcd k s] a = (a + F(b,c,d) + X[k]) <<< s
    for (const i of [0, 4, 8, 12]) {
      a = rotl((a + f(b, c, d) + word(i)) | 0, 3);
      d = rotl((d + f(a, b, c) + word(i + 1)) | 0, 7);
      c = rotl((c + f(d, a, b) + word(i + 2)) | 0, 11);
      b = rotl((b + f(c, d, a) + word(i + 3)) | 0, 19);
    }
    // Round 2: a = (a + G(b,c,d) + X[k] + 5A827999) <<< s
    for (const i of [0, 1, 2, 3]) {
      a = rotl((a + g(b, c, d) + word(i) + 0x5a827999) | 0, 3);
      d = rotl((d + g(a, b, c) + word(i + 4) + 0x5a827999) | 0, 5);
      c = rotl((c + g(d, a, b) + word(i + 8) + 0x5a827999) | 0, 9);
      b = rotl((b + g(c, d, a) + word(i + 12) + 0x5a827999) | 0, 13);
    }
    // Round 3: a = (a + H(b,c,d) + X[k] + 6ED9EBA1) <<< s
    for (const i of [0, 2, 1, 3]) {
      a = rotl((a + h(b, c, d) + word(i) + 0x6ed9eba1) | 0, 3);
      d = rotl((d + h(a, b, c) + word(i + 8) + 0x6ed9eba1) | 0, 9);
      c = rotl((c + h(d, a, b) + word(i + 4) + 0x6ed9eba1) | 0, 11);
      b = rotl((b + h(c, d, a) + word(i + 12) + 0x6ed9eba1) | 0, 15);
    }
    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }
  const out = Buffer.alloc(16);
  [a, b, c, d].forEach((v, i) => out.writeInt32LE(v, i * 4));
  return out;
}
