/**
 * Bad input from the user: a flag, a catalog, a plan, an evidence file. The CLI prints `message` as one line and
 * exits 2 before anything is written. Network findings are never an InputError: they are evidence.
 */
export class InputError extends Error {
  readonly code = 'BAD_INPUT';
  /** The file at fault, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, options: { file?: string; cause?: unknown } = {}) {
    super(options.file === undefined ? message : `${options.file}: ${message}`, { cause: options.cause });
    this.name = 'InputError';
    this.file = options.file;
  }
}
