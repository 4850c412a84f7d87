import { CODES, isFailureCode } from '../../model/codes.js';
import { type DisplayStatus, STATUS_LABEL } from '../labels.js';
import { type Html, html } from './escape.js';

/** A status badge: symbol and word as well as colour. */
export function badge(status: DisplayStatus): Html {
  return html`<span class="badge badge-${status}">${STATUS_LABEL[status]}</span>`;
}

/** A failure code chip; the code's meaning is in the title for screen readers and hover. */
export function codeChip(code: string | null): Html {
  if (code === null) return html``;
  const title = isFailureCode(code) ? CODES[code].meaning : '';
  // Never split (styles.ts: nowrap): PROXY_UPSTREAM_FAILED is one word a reader searches the README for.
  return html`<span class="code" title="${title}">${code}</span>`;
}

/** One code chip per line, as the Observed and Direct cells list a result's codes. */
export function codeLines(codes: readonly string[]): Html[] {
  return codes.map((c) => html`<div>${codeChip(c)}</div>`);
}
