import t from 'tap';
import { authenticateMessage, negotiateMessage, parseChallenge } from '../../src/proxy/ntlm/messages.js';
import { ntlmv2Responses, ntowfv2 } from '../../src/proxy/ntlm/ntlmv2.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// MS-NLMP 4.2.4.3: the CHALLENGE_MESSAGE of the NTLMv2 example (target info: NbDomainName "Domain", NbComputerName "Server").
const CHALLENGE = hex(`4e544c4d53535000 02000000 0c000c00 38000000 33828ae2 0123456789abcdef 0000000000000000
  24002400 44000000 060070170000000f 530065007200760065007200
  02000c0044006f006d00610069006e0001000c0053006500720076006500720000000000`);
const TARGET_INFO = hex('02000c0044006f006d00610069006e0001000c0053006500720076006500720000000000');

t.test('MS-NLMP 4.2.4 NTLMv2 example', async (t) => {
  t.equal(ntowfv2('Password', 'User', 'Domain').toString('hex'), '0c868a403bfd7a93a3001ef22ef02e3f', '4.2.4.1.1 NTOWFv2');
  const r = ntlmv2Responses({
    responseKey: ntowfv2('Password', 'User', 'Domain'),
    serverChallenge: hex('0123456789abcdef'),
    clientChallenge: hex('aaaaaaaaaaaaaaaa'),
    timestamp: Buffer.alloc(8),
    targetInfo: TARGET_INFO,
    omitLmResponse: false,
  });
  t.equal(r.lmChallengeResponse.toString('hex'), '86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa', '4.2.4.2.1 LMv2 response');
  t.equal(r.ntChallengeResponse.subarray(0, 16).toString('hex'), '68cd0ab851e51c96aabc927bebef6a1c', '4.2.4.2.2 NTProofStr');
  t.equal(
    r.ntChallengeResponse.subarray(16).toString('hex'),
    `01010000000000000000000000000000aaaaaaaaaaaaaaaa00000000${TARGET_INFO.toString('hex')}00000000`,
    '4.2.4.2.2 temp',
  );
  t.equal(r.sessionBaseKey.toString('hex'), '8de40ccadbc14a82f15cb0ad0de95ca3', '4.2.4.1.2 session base key');
});

t.test('the challenge message parses and the authenticate message carries the example responses', async (t) => {
  const challenge = parseChallenge(CHALLENGE);
  if (!challenge) return t.fail('challenge did not parse');
  t.equal(challenge.serverChallenge.toString('hex'), '0123456789abcdef');
  t.equal(challenge.targetName, 'Server');
  t.same(challenge.targetInfo, TARGET_INFO);
  t.equal(challenge.timestamp, null);
  const message = authenticateMessage({
    challenge,
    user: 'User',
    domain: 'Domain',
    password: 'Password',
    workstation: 'COMPUTER',
    clientChallenge: hex('aaaaaaaaaaaaaaaa'),
    timestamp: Buffer.alloc(8),
  });
  const field = (at: number): Buffer =>
    message.subarray(message.readUInt32LE(at + 4), message.readUInt32LE(at + 4) + message.readUInt16LE(at));
  t.equal(message.subarray(0, 12).toString('hex'), '4e544c4d5353500003000000');
  t.equal(field(12).toString('hex'), '86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa', 'LM field');
  t.equal(field(20).subarray(0, 16).toString('hex'), '68cd0ab851e51c96aabc927bebef6a1c', 'NT field');
  t.equal(field(28).toString('utf16le'), 'Domain');
  t.equal(field(36).toString('utf16le'), 'User');
  t.equal(field(44).toString('utf16le'), 'COMPUTER');
  t.ok(message.readUInt32LE(60) & 0x1, 'unicode flag');
});

t.test('a server timestamp is echoed and the LM response is zeroed (MS-NLMP 3.1.5.1.2)', async (t) => {
  const info = Buffer.concat([hex('0700 0800 0102030405060708'), hex('00000000')]);
  const base = parseChallenge(CHALLENGE)!;
  const message = authenticateMessage({
    challenge: { ...base, targetInfo: info, timestamp: hex('0102030405060708') },
    user: 'u',
    domain: '',
    password: 'p',
    workstation: '',
  });
  const lm = message.subarray(message.readUInt32LE(16), message.readUInt32LE(16) + 24);
  t.same(lm, Buffer.alloc(24));
  const nt = message.subarray(message.readUInt32LE(24), message.readUInt32LE(24) + message.readUInt16LE(20));
  t.equal(nt.subarray(24, 32).toString('hex'), '0102030405060708', 'timestamp inside the blob');
});

t.test('negotiate message and malformed challenges', async (t) => {
  const n = negotiateMessage();
  t.equal(n.length, 32);
  t.equal(n.readUInt32LE(8), 1);
  t.equal(parseChallenge(Buffer.from('not ntlm')), null);
  t.equal(parseChallenge(n), null, 'a type 1 is not a challenge');
  const truncated = Buffer.from(CHALLENGE.subarray(0, 60));
  t.equal(parseChallenge(truncated), null, 'payload offsets past the end');
});

t.test("squid's ntlm_fake_auth challenge: 40-byte header, bogus name offset, no TargetInfo", async (t) => {
  const challenge = parseChallenge(
    hex('4e544c4d535350000200000009000900aeaaaaaa078208a00dbbff717ccc3d000000000000003a00574f524b47524f5550'),
  );
  if (!challenge) return t.fail('did not parse');
  t.equal(challenge.serverChallenge.toString('hex'), '0dbbff717ccc3d00');
  t.equal(challenge.targetInfo.length, 0);
  t.equal(challenge.timestamp, null);
  const message = authenticateMessage({ challenge, user: 'scp', domain: 'CONTOSO', password: 'p', workstation: 'W' });
  t.equal(message.readUInt32LE(8), 3);
});
