import { mapStrings } from '../model/bounded-text.js';
import type { Report } from '../model/report.js';

/**
 * Characters a terminal acts on instead of printing: C0 controls but tab and line feed (ESC starts the sequences that
 * retitle a window, move the cursor or recolour the screen; CR and backspace overwrite what was printed), DEL, C1
 * controls (U+009B is a one-character CSI), and the bidirectional overrides and isolates that reorder a line so it
 * reads differently from what it holds.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds.
const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text with every character a terminal would act on replaced by U+FFFD, so it is printed, never obeyed; a tab
 * becomes a space (it would move the cursor past the table's columns).
 */
export function terminalSafe(text: string): string {
  return text.replace(ACTIVE, '\uFFFD').replaceAll('\t', ' ');
}

/**
 * The report with every string terminal-safe, for the console views: status texts, headers, proxy answers and
 * certificate names come from the network, and a hostile server's escape sequence must not reach the admin's
 * terminal. The views add their own colour codes afterwards. Unchanged parts are shared, not copied.
 */
export function terminalSafeReport(report: Report): Report {
  return mapStrings(report, terminalSafe, Number.MAX_SAFE_INTEGER);
}
