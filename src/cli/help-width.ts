import { visibleWidth, wrapText } from '../report/console-wrap.js';

/**
 * `--help` wrapped at word boundaries. yargs' ESM build lays its help out with cliui's ESM shim, whose `wrap` cuts a
 * line every N characters whatever is there (`NTLMv` / `2`, `socks4:/` / `/`), at any `.wrap()` width. So yargs is
 * told not to wrap (`.wrap(null)`: one line per option, the description at a fixed column) and its help text is
 * re-wrapped here: each long line breaks at spaces, continuation lines aligned under the description, the
 * `[type] [default: …]` tail kept together at the end.
 */

/** The help's width: the terminal's, within 60..120 (long lines are hard to read); 80 when not a terminal. */
export function helpWidth(columns: number | undefined): number {
  return columns !== undefined && columns > 0 ? Math.max(60, Math.min(120, Math.floor(columns))) : 80;
}

/** `check /?` (the Windows habit) and `-?` mean `--help`. */
export function normalizeHelpArgs(args: readonly string[]): string[] {
  return args.map((a) => (a === '/?' || a === '-?' ? '--help' : a));
}

/** The column a help line's text starts at after its flag (`  --proxy-user           Proxy…`), or 0. */
function descriptionColumn(line: string): number {
  const match = /^( +\S.*?\S? {2,})\S/.exec(line);
  return match?.[1]?.length ?? 0;
}

/** Re-wraps yargs' unwrapped help text to `width` columns without cutting a word. */
export function wrapHelp(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (visibleWidth(line) <= width) {
      out.push(line);
      continue;
    }
    const column = descriptionColumn(line);
    // A flag column wider than half the width (never in our commands) would leave too little room: indent by 4.
    const leading = line.length - line.replace(/^ +/, '').length;
    // A word longer than the description column would have to be cut: such a line moves its text under the flag.
    const longest = Math.max(0, ...line.slice(column).split(/\s+/).map(visibleWidth));
    const indent = column === 0 ? leading : column <= width / 2 && longest <= width - column ? column : leading + 4;
    const head = column > 0 ? line.slice(0, column) : '';
    const rest = column > 0 ? line.slice(column) : line;
    // yargs separates the tail (`[string] [default: "x"]`) from the description by two spaces.
    const tailAt = rest.search(/ {2}(?:\[(?:[^[\]]|\[[^\]]*\])*\] ?)+$/);
    const description = tailAt >= 0 ? rest.slice(0, tailAt) : rest;
    const tail = tailAt >= 0 ? rest.slice(tailAt).trim() : '';
    const pad = ' '.repeat(indent);
    // The flag keeps its line when its column is too wide to share; otherwise the description starts beside it.
    const beside = head !== '' && indent === column;
    if (head !== '' && !beside) out.push(...wrapText(head.trim(), width - leading, '  ').map((l) => `${' '.repeat(leading)}${l}`));
    const body = wrapText(description.trimStart(), width - indent).map((l, i) => (i === 0 && beside ? `${head}${l}` : `${pad}${l}`));
    if (tail !== '') {
      const last = body.at(-1);
      if (last !== undefined && visibleWidth(last) + 2 + visibleWidth(tail) <= width) body[body.length - 1] = `${last}  ${tail}`;
      else body.push(...tailLines(tail, width - indent).map((l) => l.padStart(width)));
    }
    out.push(...body);
  }
  return out.join('\n');
}

/** The `[type] [choices: …] [default: …]` tail on lines of at most `room` columns, broken between brackets. */
function tailLines(tail: string, room: number): string[] {
  const groups = tail.match(/\[(?:[^[\]]|\[[^\]]*\])*\]/g) ?? [tail];
  const lines: string[] = [];
  for (const group of groups) {
    const last = lines.at(-1);
    if (last !== undefined && visibleWidth(last) + 1 + visibleWidth(group) <= room) lines[lines.length - 1] = `${last} ${group}`;
    else lines.push(...wrapText(group, room));
  }
  return lines;
}
