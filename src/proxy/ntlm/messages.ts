import { randomBytes } from 'node:crypto';
import { fileTimeNow, ntlmv2Responses, ntowfv2 } from './ntlmv2.js';

const SIGNATURE = Buffer.from('NTLMSSP\0', 'latin1');

// MS-NLMP 2.2.2.5 NegotiateFlags.
const FLAG = {
  UNICODE: 0x00000001,
  OEM: 0x00000002,
  REQUEST_TARGET: 0x00000004,
  NTLM: 0x00000200,
  ALWAYS_SIGN: 0x00008000,
  EXTENDED_SESSIONSECURITY: 0x00080000,
  TARGET_INFO: 0x00800000,
  N128: 0x20000000,
  N56: 0x80000000,
} as const;
const NEGOTIATE =
  FLAG.UNICODE | FLAG.OEM | FLAG.REQUEST_TARGET | FLAG.NTLM | FLAG.ALWAYS_SIGN | FLAG.EXTENDED_SESSIONSECURITY | FLAG.N128 | FLAG.N56;
// MS-NLMP 2.2.2.1 AvId values used here.
const AV_EOL = 0;
const AV_TIMESTAMP = 7;

/** What the proxy's CHALLENGE_MESSAGE (type 2) holds that the answer needs. */
export interface NtlmChallenge {
  readonly flags: number;
  readonly serverChallenge: Buffer;
  readonly targetName: string;
  readonly targetInfo: Buffer;
  /** The MsvAvTimestamp AV pair's value, when present. */
  readonly timestamp: Buffer | null;
}

/** MS-NLMP 2.2.1.1 NEGOTIATE_MESSAGE with no domain or workstation (the payload offsets point at the end). */
export function negotiateMessage(): Buffer {
  const out = Buffer.alloc(32);
  SIGNATURE.copy(out, 0);
  out.writeUInt32LE(1, 8);
  out.writeUInt32LE(NEGOTIATE >>> 0, 12);
  out.writeUInt32LE(32, 20); // DomainNameFields: len 0, offset 32
  out.writeUInt32LE(32, 28); // WorkstationFields: len 0, offset 32
  return out;
}

/** Parses a CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2); `null` when the bytes are not one. */
export function parseChallenge(message: Buffer): NtlmChallenge | null {
  if (message.length < 32 || !message.subarray(0, 8).equals(SIGNATURE) || message.readUInt32LE(8) !== 2) return null;
  const field = (at: number): Buffer | null => {
    if (message.length < at + 8) return Buffer.alloc(0);
    const length = message.readUInt16LE(at);
    const offset = message.readUInt32LE(at + 4);
    return offset + length > message.length ? null : message.subarray(offset, offset + length);
  };
  const flags = message.readUInt32LE(20);
  // Like curl, read TargetInfo only when the flag says it is there, and never fail on the target name: older
  // servers (squid's ntlm_fake_auth among them) send a 40-byte message with a bogus name offset and no TargetInfo.
  const name = field(12) ?? Buffer.alloc(0);
  const targetInfo = flags & FLAG.TARGET_INFO ? field(40) : Buffer.alloc(0);
  if (targetInfo === null) return null;
  let timestamp: Buffer | null = null;
  for (let at = 0; at + 4 <= targetInfo.length;) {
    const id = targetInfo.readUInt16LE(at);
    const length = targetInfo.readUInt16LE(at + 2);
    if (id === AV_EOL) break;
    if (id === AV_TIMESTAMP && length === 8) timestamp = Buffer.from(targetInfo.subarray(at + 4, at + 12));
    at += 4 + length;
  }
  return {
    flags,
    serverChallenge: Buffer.from(message.subarray(24, 32)),
    timestamp,
    targetInfo: Buffer.from(targetInfo),
    targetName: name.toString(flags & FLAG.UNICODE ? 'utf16le' : 'latin1'),
  };
}

export interface AuthenticateInput {
  readonly challenge: NtlmChallenge;
  readonly user: string;
  readonly domain: string;
  readonly password: string;
  readonly workstation: string;
  /** Fixed values for test vectors; random/now otherwise. */
  readonly clientChallenge?: Buffer;
  readonly timestamp?: Buffer;
}

/**
 * MS-NLMP 2.2.1.3 AUTHENTICATE_MESSAGE with an NTLMv2 response. No MIC and no version field: like curl, we do not
 * set MsvAvFlags, so the server does not expect a MIC; and no session key exchange, since nothing is signed or sealed.
 */
export function authenticateMessage(input: AuthenticateInput): Buffer {
  const { challenge } = input;
  const unicode = (challenge.flags & FLAG.UNICODE) !== 0;
  const text = (s: string): Buffer => Buffer.from(s, unicode ? 'utf16le' : 'latin1');
  const responses = ntlmv2Responses({
    responseKey: ntowfv2(input.password, input.user, input.domain),
    serverChallenge: challenge.serverChallenge,
    clientChallenge: input.clientChallenge ?? randomBytes(8),
    timestamp: input.timestamp ?? challenge.timestamp ?? fileTimeNow(),
    targetInfo: challenge.targetInfo,
    omitLmResponse: challenge.timestamp !== null,
  });
  const payload = [
    responses.lmChallengeResponse,
    responses.ntChallengeResponse,
    text(input.domain),
    text(input.user),
    text(input.workstation),
    Buffer.alloc(0),
  ];
  const header = Buffer.alloc(64);
  SIGNATURE.copy(header, 0);
  header.writeUInt32LE(3, 8);
  let offset = header.length;
  payload.forEach((part, i) => {
    const at = 12 + i * 8;
    header.writeUInt16LE(part.length, at);
    header.writeUInt16LE(part.length, at + 2);
    header.writeUInt32LE(offset, at + 4);
    offset += part.length;
  });
  const flags = (challenge.flags & NEGOTIATE) | (unicode ? FLAG.UNICODE : FLAG.OEM) | FLAG.NTLM;
  header.writeUInt32LE(flags >>> 0, 60);
  return Buffer.concat([header, ...payload]);
}
