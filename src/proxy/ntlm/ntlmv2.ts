import { createHmac } from 'node:crypto';
import { md4 } from './md4.js';

const hmacMd5 = (key: Uint8Array, ...data: Uint8Array[]): Buffer => {
  const mac = createHmac('md5', key);
  for (const d of data) mac.update(d);
  return mac.digest();
};

/** MS-NLMP 3.3.2: NTOWFv2(Passwd, User, UserDom) = HMAC_MD5(MD4(UNICODE(Passwd)), UNICODE(Uppercase(User) + UserDom)). */
export function ntowfv2(password: string, user: string, domain: string): Buffer {
  return hmacMd5(md4(Buffer.from(password, 'utf16le')), Buffer.from(user.toUpperCase() + domain, 'utf16le'));
}

export interface Ntlmv2Input {
  /** NTOWFv2 of the account (also LMOWFv2, which MS-NLMP defines as the same value). */
  readonly responseKey: Buffer;
  readonly serverChallenge: Buffer;
  readonly clientChallenge: Buffer;
  /** FILETIME, 100 ns ticks since 1601-01-01, as 8 little-endian bytes. */
  readonly timestamp: Buffer;
  /** The AV pairs from the CHALLENGE_MESSAGE, sent back unchanged. */
  readonly targetInfo: Buffer;
  /** MS-NLMP 3.1.5.1.2: when the challenge carries MsvAvTimestamp the client SHOULD send Z(24) as the LM response. */
  readonly omitLmResponse: boolean;
}

export interface Ntlmv2Responses {
  readonly ntChallengeResponse: Buffer;
  readonly lmChallengeResponse: Buffer;
  readonly sessionBaseKey: Buffer;
}

/** MS-NLMP 3.3.2 ComputeResponse for NTLMv2; checked against the section 4.2.4 example. */
export function ntlmv2Responses(input: Ntlmv2Input): Ntlmv2Responses {
  const temp = Buffer.concat([
    Buffer.from([1, 1, 0, 0, 0, 0, 0, 0]), // Responserversion, HiResponserversion, Z(6)
    input.timestamp,
    input.clientChallenge,
    Buffer.alloc(4),
    input.targetInfo,
    Buffer.alloc(4),
  ]);
  const ntProofStr = hmacMd5(input.responseKey, input.serverChallenge, temp);
  const lm = input.omitLmResponse
    ? Buffer.alloc(24)
    : Buffer.concat([hmacMd5(input.responseKey, input.serverChallenge, input.clientChallenge), input.clientChallenge]);
  return {
    ntChallengeResponse: Buffer.concat([ntProofStr, temp]),
    lmChallengeResponse: lm,
    sessionBaseKey: hmacMd5(input.responseKey, ntProofStr),
  };
}

/** The current time as a FILETIME (8 bytes little-endian). */
export function fileTimeNow(now = Date.now()): Buffer {
  const ticks = (BigInt(now) + 11_644_473_600_000n) * 10_000n;
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(ticks);
  return out;
}
