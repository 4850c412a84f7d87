/**
 * A seeded random number generator (xorshift32) for property tests: the same inputs on every run, so a failure
 * found once is found again.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0 || 1;
  return (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
