import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * A password that cannot leak by accident: string conversion, JSON, `util.inspect` (console.log, debuglog, error
 * causes) all print `[redacted]`. Only `reveal()` gives the value, and only the auth code that hashes or encodes it
 * calls it.
 */
export class Secret {
  readonly #value: string;
  readonly #wire = new Set<string>();

  constructor(value: string) {
    this.#value = value;
  }

  /** The password itself: call it only where it is hashed or encoded for the wire. */
  reveal(): string {
    return this.#value;
  }

  /**
   * Records a value derived from the password that went on the wire (an NTLM AUTHENTICATE message, which carries
   * the crackable NTLMv2 response), so that a proxy echoing it back is scrubbed from evidence like the password.
   */
  remember(wireForm: string): void {
    this.#wire.add(wireForm);
  }

  /** The wire forms recorded so far (see `remember`); only the secret scrubber reads them. */
  get wireForms(): readonly string[] {
    return [...this.#wire];
  }

  /** True when no password was given (an empty secret). */
  get empty(): boolean {
    return this.#value === '';
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
