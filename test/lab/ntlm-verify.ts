import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ntowfv2 } from '../../src/proxy/ntlm/ntlmv2.js';

/** A CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2) as a simulated proxy sends it, with NbDomainName and a timestamp. */
export function challengeMessage(domain: string): { message: Buffer; serverChallenge: Buffer } {
  const serverChallenge = randomBytes(8);
  const name = Buffer.from(domain, 'utf16le');
  const pair = (id: number, value: Buffer): Buffer => Buffer.concat([u16(id), u16(value.length), value]);
  const time = Buffer.alloc(8);
  time.writeBigUInt64LE((BigInt(Date.now()) + 11_644_473_600_000n) * 10_000n);
  const info = Buffer.concat([pair(2, name), pair(7, time), pair(0, Buffer.alloc(0))]);
  const header = Buffer.alloc(48);
  header.write('NTLMSSP\0', 0, 'latin1');
  header.writeUInt32LE(2, 8);
  header.writeUInt16LE(name.length, 12);
  header.writeUInt16LE(name.length, 14);
  header.writeUInt32LE(48, 16);
  header.writeUInt32LE(0xe2898215, 20); // UNICODE, REQUEST_TARGET, NTLM, ALWAYS_SIGN, TARGET_TYPE_DOMAIN, ESS, TARGET_INFO, 128, 56
  serverChallenge.copy(header, 24);
  header.writeUInt16LE(info.length, 40);
  header.writeUInt16LE(info.length, 42);
  header.writeUInt32LE(48 + name.length, 44);
  return { message: Buffer.concat([header, name, info]), serverChallenge };
}

/**
 * Checks an AUTHENTICATE_MESSAGE's NTLMv2 response against a known password, as a domain controller would
 * (MS-NLMP 3.3.2): recompute NTProofStr from the blob the client sent. Returns the `DOMAIN\user` it proved, or null.
 */
export function verifyAuthenticate(message: Buffer, serverChallenge: Buffer, password: string): string | null {
  if (message.length < 64 || message.toString('latin1', 0, 8) !== 'NTLMSSP\0' || message.readUInt32LE(8) !== 3) return null;
  const field = (at: number): Buffer =>
    message.subarray(message.readUInt32LE(at + 4), message.readUInt32LE(at + 4) + message.readUInt16LE(at));
  const unicode = (message.readUInt32LE(60) & 1) === 1;
  const text = (b: Buffer): string => b.toString(unicode ? 'utf16le' : 'latin1');
  const nt = field(20);
  const domain = text(field(28));
  const user = text(field(36));
  if (nt.length < 48) return null;
  const proof = createHmac('md5', ntowfv2(password, user, domain))
    .update(serverChallenge)
    .update(nt.subarray(16))
    .digest();
  return timingSafeEqual(proof, nt.subarray(0, 16)) ? (domain ? `${domain}\\${user}` : user) : null;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
