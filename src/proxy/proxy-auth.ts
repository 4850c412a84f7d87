import { hostname } from 'node:os';
import { authenticateMessage, negotiateMessage, parseChallenge } from './ntlm/messages.js';
import type { ProxyCredentials } from './types.js';

/** The schemes we can answer, best first, as WinHTTP orders them (Negotiate/Kerberos is not among them). */
export const SUPPORTED_SCHEMES = ['NTLM', 'Basic'] as const;
export type SupportedScheme = (typeof SUPPORTED_SCHEMES)[number];

/** `Proxy-Authorization: Basic …` (RFC 7617): the account as typed, UTF-8. */
export function basicAuthorization(credentials: ProxyCredentials): string {
  return `Basic ${Buffer.from(`${credentials.account}:${credentials.password.reveal()}`, 'utf8').toString('base64')}`;
}

/** The first NTLM leg: `Proxy-Authorization: NTLM <NEGOTIATE_MESSAGE>`. */
export function ntlmNegotiate(): string {
  return `NTLM ${negotiateMessage().toString('base64')}`;
}

/** The third NTLM leg from the proxy's challenge token, or `null` when the token is not a CHALLENGE_MESSAGE. */
export function ntlmAuthenticate(credentials: ProxyCredentials, token: string): string | null {
  const challenge = parseChallenge(Buffer.from(token.trim(), 'base64'));
  if (challenge === null) return null;
  const [machine = ''] = hostname().split('.');
  const message = authenticateMessage({
    challenge,
    user: credentials.ntlmUser,
    domain: credentials.ntlmDomain,
    password: credentials.password.reveal(),
    workstation: machine.toUpperCase().slice(0, 15),
  });
  const answer = `NTLM ${message.toString('base64')}`;
  // The NTLMv2 response inside can be cracked offline: a proxy that echoes it must be scrubbed like the password.
  credentials.password.remember(answer);
  return answer;
}
