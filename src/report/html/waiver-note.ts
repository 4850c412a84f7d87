import type { AppliedWaiver } from '../../model/waivers.js';
import { type Html, html } from './escape.js';

/** The ticket, what the waiver matched, and its reason. */
const why = (w: AppliedWaiver): string => `(${w.ticket}, ${w.matchedBy}): ${w.reason}`;

/** The waiver box under a waived (or formerly waived) result or finding. */
export function waiverNote(w: AppliedWaiver): Html {
  return w.expired
    ? html`<div class="waiver expired"><b>Waiver expired on ${w.expires}</b> ${why(w)} — this counts as a failure again.</div>`
    : html`<div class="waiver"><b>Waived</b> until ${w.expires} · ticket ${w.ticket} (${w.matchedBy}): ${w.reason}</div>`;
}
