/**
 * The most characters of one network-taken string (status text, a header, a PAC answer, a DNS name, an error that
 * quotes one) that may enter evidence. Enough for any honest value; a hostile proxy's megabyte header is elided.
 */
export const TEXT_LIMIT = 2048;

/**
 * `text` cut to `limit` characters, elided as `…(N bytes)` with N the original UTF-8 size, so a report says how much
 * was dropped. A surrogate pair is never split. Short strings come back unchanged (same object). `originalBytes`
 * names the size of the string `text` was taken from, when the caller already cut or rewrote it.
 */
export function boundText(text: string, limit = TEXT_LIMIT, originalBytes?: number): string {
  if (text.length <= limit && originalBytes === undefined) return text;
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…(${originalBytes ?? Buffer.byteLength(text, 'utf8')} bytes)`;
}

/** `boundText` for a value that may be absent. */
export function boundOptional(text: string | null | undefined, limit = TEXT_LIMIT): string | null {
  return text === null || text === undefined ? null : boundText(text, limit);
}

/**
 * Every string in a plain-data value (objects, arrays, strings; what probes return) passed through `each`, and
 * every array cut to `maxItems` entries: the final guarantee over evidence before it enters a report. Returns the
 * same object when nothing changed, so the common case allocates nothing.
 */
export function mapStrings<T>(value: T, each: (text: string) => string, maxItems = 256): T {
  // Copies are made only from the first change on: this walks every outcome of a run, and copying each object
  // and list whether or not it changed was 5 % of a 2,000-endpoint run's allocations (issue 10).
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return each(v);
    if (Array.isArray(v)) {
      // A cut list is already a fresh array: it is the copy.
      let out: unknown[] | null = v.length > maxItems ? v.slice(0, maxItems) : null;
      const items: readonly unknown[] = out ?? v;
      items.forEach((item, i) => {
        const next = walk(item);
        if (next !== item) (out ??= [...items])[i] = next;
      });
      return out ?? v;
    }
    if (v !== null && typeof v === 'object') {
      const source = v as Record<string, unknown>;
      let out: Record<string, unknown> | null = null;
      for (const key of Object.keys(source)) {
        const item = source[key];
        const next = walk(item);
        if (next !== item) (out ??= { ...source })[key] = next;
      }
      return out ?? v;
    }
    return v;
  };
  return walk(value) as T;
}
