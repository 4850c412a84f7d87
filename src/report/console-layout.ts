/**
 * Column widths of the console tables for a terminal width. A text table is the sum of its column widths
 * (padding included) plus one border per column and one more, so the widths below add up to exactly `width`.
 */

/** The console is read at 80 columns at the least (the classic terminal); narrower terminals get 80-column lines. */
export const MIN_WIDTH = 80;
/** When stdout is not a terminal (a pipe, a file, a Run Scripts capture): the Windows console's default width. */
export const DEFAULT_WIDTH = 120;
/** Below this width the Code column folds into the Reason column (its first line), so entries keep room. */
const CODE_COLUMN_FROM = 110;

/** The terminal width a view renders at: the real one, at least MIN_WIDTH; DEFAULT_WIDTH when unknown. */
export function consoleWidth(columns: number | undefined): number {
  return Math.max(MIN_WIDTH, columns !== undefined && columns > 0 ? Math.floor(columns) : DEFAULT_WIDTH);
}

export interface EndpointColumns {
  /** Whether the code has its own column (wide terminals) or opens the Reason cell. */
  readonly codeColumn: boolean;
  /** Each column's width, padding included (renderTextTable's `widths`). */
  readonly widths: readonly number[];
}

const STATUS = 8;
const PORT = 7;
/** PROXY_AUTH_UNSUPPORTED and REVOCATION_UNREACHABLE, the longest codes, are 22 characters. */
const CODE = 24;

/** The endpoint table: Status | Entry | Port | [Code |] Reason, exactly `width` columns wide. */
export function endpointColumns(width: number): EndpointColumns {
  const codeColumn = width >= CODE_COLUMN_FROM;
  const borders = codeColumn ? 6 : 5;
  const fixed = STATUS + PORT + (codeColumn ? CODE : 0);
  const flexible = width - borders - fixed;
  const entry = Math.max(20, Math.min(42, Math.floor(flexible * 0.45)));
  const reason = flexible - entry;
  return { codeColumn, widths: codeColumn ? [STATUS, entry, PORT, CODE, reason] : [STATUS, entry, PORT, reason] };
}

/** The rules table: Status | Rule | Finding, exactly `width` columns wide. */
export function ruleColumns(width: number): readonly number[] {
  const rule = Math.min(30, Math.max(22, Math.floor((width - 4 - STATUS) * 0.3)));
  return [STATUS, rule, width - 4 - STATUS - rule];
}

/** What fits in a cell of a column: its width less the one-space padding on each side. */
export const contentWidth = (column: number): number => column - 2;

/**
 * Widths for a table of fixed columns (`number`: width with padding) and flexible ones (`{ weight }`) sharing what
 * is left of `width`, each at least 8 columns; the widths add up to exactly `width` with the borders.
 */
export function fitColumns(width: number, columns: readonly (number | { readonly weight: number })[]): number[] {
  const borders = columns.length + 1;
  const fixed = columns.reduce<number>((sum, c) => sum + (typeof c === 'number' ? c : 0), 0);
  const weights = columns.reduce<number>((sum, c) => sum + (typeof c === 'number' ? 0 : c.weight), 0);
  const room = width - borders - fixed;
  const widths = columns.map((c) => (typeof c === 'number' ? c : Math.max(8, Math.floor((room * c.weight) / weights))));
  // Rounding leaves a few columns over: the last flexible column takes them, so the table is exactly `width` wide.
  const last = columns.map((c) => typeof c !== 'number').lastIndexOf(true);
  const lastWidth = widths[last];
  if (lastWidth !== undefined) widths[last] = lastWidth + width - borders - widths.reduce((a, b) => a + b, 0);
  return widths;
}
