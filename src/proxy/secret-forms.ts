import type { ProxyCredentials } from './types.js';

const REDACTED = '[redacted]';
/** A base64 fragment shorter than this is too common in ordinary text to be recognised as the password. */
const MIN_FRAGMENT = 6;
/** A partial form left just before an elision (`…(N bytes)`) is scrubbed from this many characters on. */
const MIN_PARTIAL = 3;
/**
 * Forms shorter than this are not scrubbed: a one- to three-letter password occurs in ordinary words ("x" in
 * "proxy"), so replacing it would wreck every message while protecting a password anyone can guess anyway.
 */
const MIN_FORM = 4;

const base64 = (bytes: Buffer): string[] => [bytes.toString('base64'), bytes.toString('base64url')];

/**
 * The characters of base64(filler + bytes) that depend only on `bytes`, for filler of 0, 1 and 2 bytes: the password
 * inside any longer base64 blob (a Basic header with any account before it, a proxy that base64-encodes the whole
 * request it echoes) shows up as one of these three, whatever came before it.
 */
function fragments(bytes: Buffer): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k += 1) {
    const start = Math.ceil((8 * k) / 6);
    const end = Math.floor((8 * (k + bytes.length)) / 6);
    for (const encoded of base64(Buffer.concat([Buffer.alloc(k), bytes]))) {
      const piece = encoded.slice(start, end);
      if (piece.length >= MIN_FRAGMENT) out.push(piece);
    }
  }
  return out;
}

/**
 * Every way the password (and what we derived from it on the wire) can come back from a hostile or echoing proxy in
 * a string we store: plain; URL-encoded (both hex cases, `+` for space); HTML- and JSON-escaped; its UTF-8 and
 * UTF-16LE bytes as read by a latin1 decoder (how raw proxy answers are decoded); hex; base64 and base64url of
 * `account:password` for each spelling of the account, and of the password at the three alignments; the NTLM
 * AUTHENTICATE messages sent (whole and at the three alignments). Longest first, so a longer form is replaced whole.
 */
export function secretForms(credentials: ProxyCredentials): string[] {
  const password = credentials.password.reveal();
  if (password === '') return [];
  const utf8 = Buffer.from(password, 'utf8');
  const encoded = encodeURIComponent(password);
  const accounts = new Set([credentials.account, credentials.ntlmUser, `${credentials.ntlmDomain}\\${credentials.ntlmUser}`]);
  const forms = new Set<string>([
    password,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
    encoded.replace(/%20/g, '+'),
    password.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
    password.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    JSON.stringify(password).slice(1, -1),
    utf8.toString('latin1'),
    Buffer.from(password, 'utf16le').toString('latin1'),
    utf8.toString('hex'),
    utf8.toString('hex').toUpperCase(),
    ...[...accounts].flatMap((account) => base64(Buffer.from(`${account}:${password}`, 'utf8'))),
    ...fragments(utf8),
  ]);
  for (const wire of credentials.password.wireForms) {
    forms.add(wire);
    forms.add(wire.replace(/^\S+\s+/, ''));
    for (const piece of fragments(Buffer.from(wire.replace(/^\S+\s+/, ''), 'base64'))) forms.add(piece);
  }
  return [...forms].filter((f) => f.length >= MIN_FORM).sort((a, b) => b.length - a.length);
}

/**
 * A function that removes every form of the secrets from a string: whole occurrences anywhere, and a partial form
 * left just before an elision mark, where bounding a string cut through one. The identity without credentials.
 */
export function secretScrubber(credentials: ProxyCredentials | null): (text: string) => string {
  if (credentials === null) return (text) => text;
  const forms = secretForms(credentials);
  if (forms.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out.includes('…(')
      ? out.replace(/([^]*?)(…\(\d+ bytes\))/g, (_all, before: string, mark: string) => `${trimPartial(before, forms)}${mark}`)
      : out;
  };
}

/** `text` without a trailing beginning of any form (what a cut at a length limit leaves of a secret). */
function trimPartial(text: string, forms: readonly string[]): string {
  for (const form of forms) {
    for (let n = Math.min(form.length - 1, text.length); n >= MIN_PARTIAL; n -= 1) {
      if (text.endsWith(form.slice(0, n))) return `${text.slice(0, text.length - n)}${REDACTED}`;
    }
  }
  return text;
}
