/**
 * The text of capture group `n` of a successful match. A group that is not optional always takes part in a match,
 * but `noUncheckedIndexedAccess` types every group as possibly missing; this names the broken invariant (a pattern
 * edited without its caller) instead of asserting it away.
 */
export function group(match: RegExpExecArray, n: number): string {
  const text = match[n];
  if (text === undefined)
    throw new Error(`capture group ${n} did not take part in a match of ${JSON.stringify(match[0])}: the pattern and its caller disagree`);
  return text;
}
