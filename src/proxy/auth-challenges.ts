/** One challenge from a `Proxy-Authenticate` header: the scheme and what follows it (an NTLM token, `realm=…`). */
export interface AuthChallenge {
  readonly scheme: string;
  readonly data: string;
}

/**
 * Splits `Proxy-Authenticate` values into challenges (RFC 9110 11.6.1): several headers, or several challenges in one
 * header separated by commas, where commas inside quoted parameters do not count.
 */
export function parseChallenges(values: readonly string[]): AuthChallenge[] {
  const out: { scheme: string; data: string[] }[] = [];
  for (const value of values) {
    for (const piece of value.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
      const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s+(.*?))?\s*$/.exec(piece);
      const isParameter = /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*=/.test(piece);
      const [, scheme, data] = match ?? [];
      const last = out.at(-1);
      if (scheme !== undefined && !isParameter) out.push({ scheme, data: data ? [data] : [] });
      else if (last !== undefined && piece.trim() !== '') last.data.push(piece.trim());
    }
  }
  return out.map((c) => ({ scheme: c.scheme, data: c.data.join(', ') }));
}

/** The scheme names offered, in the proxy's order, as the proxy spelled them. */
export function schemeNames(challenges: readonly AuthChallenge[]): string[] {
  return [...new Set(challenges.map((c) => c.scheme))];
}

/** Finds a challenge by scheme, case-insensitively. */
export function challengeFor(challenges: readonly AuthChallenge[], scheme: string): AuthChallenge | undefined {
  return challenges.find((c) => c.scheme.toLowerCase() === scheme.toLowerCase());
}
