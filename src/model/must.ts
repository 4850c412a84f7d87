/**
 * A value an invariant guarantees (an index inside the array it came from, a key the code just set), checked
 * instead of asserted with `!`: if the invariant ever breaks, the error names it rather than failing later as
 * "cannot read properties of undefined". A bug, not bad input, so a plain Error (see input-error.ts).
 */
export function must<T>(value: T | null | undefined, why: string): T {
  if (value === undefined || value === null) throw new Error(`internal error: ${why}`);
  return value;
}
