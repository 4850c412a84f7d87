/**
 * Table heads built from lists: a `<thead>` row or a `<colgroup>` written out in one template line is longer than
 * a source line may be, and a line break inside the template would be output.
 */
import { type Html, html } from './escape.js';

/** `<thead><tr><th scope="col">…</th>…</tr></thead>`, one cell per title (titles are escaped). */
export function headRow(titles: readonly string[]): Html {
  return html`<thead><tr>${titles.map((title) => html`<th scope="col">${title}</th>`)}</tr></thead>`;
}

/** `<colgroup>` with one `<col>` per width (a CSS width such as `21%`; `null` leaves that column to the browser). */
export function colgroup(widths: readonly (string | null)[]): Html {
  return html`<colgroup>${widths.map((w) => (w === null ? html`<col>` : html`<col style="width:${w}">`))}</colgroup>`;
}
