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
      if (match && !isParameter) out.push({ scheme: match[1]!, data: match[2] ? [match[2]] : [] });
      else if (out.length > 0 && piece.trim() !== '') out.at(-1)!.data.push(piece.trim());
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
