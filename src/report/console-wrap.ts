/**
 * Line wrapping for the console view. Every cell is wrapped here to its column's width, so a table never truncates
 * (cli-table3, which drew our tables before, cut what did not fit: `download.visualstudio.m…`): host names break
 * after a dot, URLs after a `/`, `?` or `&`, prose at spaces.
 */

/** What makes a text's width differ from its length: ESC (a colour sequence) or half of a surrogate pair. */
// eslint-disable-next-line no-control-regex -- ESC is the point.
const MAY_DIFFER = /[\u001b\ud800-\udfff]/;

/** Visible width: ANSI colour sequences take no column. */
export function visibleWidth(text: string): number {
  // Most texts have no ESC and no surrogate pair: their length is their width, without the copy and the array of
  // code points (wrapping a command's help measured every line and word that way, a twentieth of its start-up).
  if (!MAY_DIFFER.test(text)) return text.length;
  // eslint-disable-next-line no-control-regex -- ESC starts the ANSI colour sequences this strips before measuring.
  return Array.from(text.replace(/\u001b\[[0-9;]*m/g, '')).length;
}

/** Characters after which a long token may break: DNS label dots first, then URL and list separators. */
const BREAK_AFTER = /[./?&=,;:-]/;

/**
 * Splits one space-free token into pieces of at most `width` characters, breaking after a dot (or another separator)
 * when one lies in the piece, and mid-token only when a single label is longer than the width.
 */
export function breakToken(token: string, width: number): string[] {
  // Code points, not UTF-16 units: a piece never splits a surrogate pair, and each counts one column.
  const chars = Array.from(token);
  const pieces: string[] = [];
  const preferred = token.includes('://') ? '/' : '.';
  let start = 0;
  while (chars.length - start > width) {
    let cut = -1;
    // Prefer a dot in a host (`configmgrbits.cdn.manage.` / `microsoft.com` keeps labels whole), a slash in a URL.
    for (let i = start + width - 1; i > start; i -= 1)
      if (chars[i] === preferred) {
        cut = i + 1;
        break;
      }
    if (cut === -1)
      for (let i = start + width - 1; i > start; i -= 1)
        if (BREAK_AFTER.test(chars[i] ?? '')) {
          cut = i + 1;
          break;
        }
    if (cut === -1) cut = start + width;
    pieces.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  pieces.push(chars.slice(start).join(''));
  return pieces;
}

/**
 * Wraps text to `width` columns: existing line breaks are kept, lines break at spaces, and a word longer than the
 * width is broken by breakToken. Continuation lines get `indent` (counted in the width).
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  const room = Math.max(1, width - visibleWidth(indent));
  for (const paragraph of text.split('\n')) {
    let line = '';
    const flush = (): void => {
      out.push(line);
      line = '';
    };
    const limit = (): number => (out.length === 0 ? width : room);
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (visibleWidth(candidate) <= limit()) {
        line = candidate;
        continue;
      }
      if (line !== '') flush();
      // Pieces are cut to the narrower continuation width: all but the first land on continuation lines.
      const pieces = visibleWidth(word) <= limit() ? [word] : breakToken(word, room);
      // The last piece starts the next line; breakToken always returns at least one piece.
      const lastPiece = pieces.pop() ?? '';
      for (const piece of pieces) {
        line = piece;
        flush();
      }
      line = lastPiece;
    }
    flush();
  }
  return out.map((l, i) => (i === 0 || l === '' ? l : `${indent}${l}`));
}
