import { visibleWidth, wrapText } from './console-wrap.js';

/**
 * A box-drawn table for the console, laid out as cli-table3 0.6 lays out the tables we gave it (`chars` without
 * row separators, `wordWrap: false`, one space of padding each side), without its cost: cli-table3 measured each
 * drawn line with string-width, which compiles a new regular expression per call, and truncated every cell's whole
 * text for a debug message nobody sees. The console table of 2,000 endpoints took 5.6–6.3 s that way (issue 10), more
 * than the run's probes. Cells arrive wrapped to their column (console-wrap.ts); a line that still does not fit is
 * broken, never cut. test/report/text-table.test.ts holds the text byte-equal to cli-table3's.
 */
export interface TextTableOptions {
  /** Each column's width, padding included (cli-table3's `colWidths`). */
  readonly widths: readonly number[];
  /** Grey borders and a bold header, as cli-table3 styled them on a terminal. */
  readonly color: boolean;
}

const GREY: readonly [string, string] = ['\u001b[90m', '\u001b[39m'];
const BOLD: readonly [string, string] = ['\u001b[1m', '\u001b[22m'];

/** The table's lines joined by `\n`: top border, header, rows (no line between them), bottom border. */
export function renderTextTable(head: readonly string[], rows: readonly (readonly string[])[], options: TextTableOptions): string {
  const { widths, color } = options;
  const style = (codes: readonly [string, string], text: string): string => (color && text !== '' ? `${codes[0]}${text}${codes[1]}` : text);
  // cli-table3 styles each cell's piece of a border on its own, the right edge with the last cell.
  const border = (first: string, middle: string, last: string): string =>
    widths.map((w, x) => style(GREY, `${x === 0 ? first : middle}${'─'.repeat(w)}${x === widths.length - 1 ? last : ''}`)).join('');
  const lines = [border('┌', '┬', '┐')];
  for (const [y, row] of [head, ...rows].entries()) {
    const cells = widths.map((w, x) => cellLines(row[x] ?? '', Math.max(1, w - 2)));
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let line = 0; line < height; line += 1) {
      let text = '';
      for (const [x, w] of widths.entries()) {
        const content = cells[x]?.[line] ?? '';
        const padded = ` ${content}${' '.repeat(Math.max(0, w - 2 - visibleWidth(content)))} `;
        text += `${style(GREY, '│')}${y === 0 ? style(BOLD, padded) : padded}${x === widths.length - 1 ? style(GREY, '│') : ''}`;
      }
      lines.push(text);
    }
  }
  lines.push(border('└', '┴', '┘'));
  return lines.join('\n');
}

/** A cell's lines, each at most `room` columns: one the caller's wrapping left too long is broken, not cut. */
function cellLines(text: string, room: number): string[] {
  // A coloured line is left whole: breaking it could split a colour sequence (the callers colour short words only).
  return text.split('\n').flatMap((line) => (visibleWidth(line) <= room || line.includes('\u001b') ? [line] : wrapText(line, room)));
}
