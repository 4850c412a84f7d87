import { boundText, mapStrings, TEXT_LIMIT } from '../model/bounded-text.js';
import type { ProbeOutcome } from '../probes/types.js';
import { secretScrubber } from '../proxy/secret-forms.js';
import type { ProxyCredentials } from '../proxy/types.js';

/**
 * The most characters of any one string in a probe outcome. Network strings are cut to TEXT_LIMIT where they are
 * read; a message that quotes one may be longer by its own words, hence twice that.
 */
export const OUTCOME_TEXT_LIMIT = 2 * TEXT_LIMIT;
/** Only this much of an unbounded string is searched for secrets: everything after it is cut anyway. */
const SCAN_LIMIT = 64 * 1024;

/**
 * The last guarantee before probe outcomes become the report: every string in every outcome (messages, routes,
 * stage details, whatever a probe recorded) has the proxy password removed in all its forms, then is cut to
 * OUTCOME_TEXT_LIMIT; every list to 256 items. Sources bound what they read; this pass holds even where one did not.
 * The scrubber is built now, after the probes, so it knows every NTLM message they sent.
 */
export function guardOutcomes(
  outcomes: ReadonlyMap<string, ProbeOutcome>,
  credentials: ProxyCredentials | null,
): Map<string, ProbeOutcome> {
  const each = guardText(credentials);
  return new Map([...outcomes].map(([id, outcome]) => [id, mapStrings(outcome, each)]));
}

/** The same guarantee for any other record the network wrote into (the revocation checks). */
export function guardRecords<T>(records: T, credentials: ProxyCredentials | null): T {
  return mapStrings(records, guardText(credentials));
}

function guardText(credentials: ProxyCredentials | null): (text: string) => string {
  const scrub = secretScrubber(credentials);
  return (text: string): string => {
    // Scrubbed before it is cut, so a cut never leaves the start of a password behind; the cut after scrubbing
    // falls where no whole form remains.
    const head = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
    const clean = scrub(head);
    if (head === text && clean.length <= OUTCOME_TEXT_LIMIT) return clean;
    return boundText(clean, OUTCOME_TEXT_LIMIT, head === text ? Buffer.byteLength(clean, 'utf8') : Buffer.byteLength(text, 'utf8'));
  };
}
