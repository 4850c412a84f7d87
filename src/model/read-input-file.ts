import { readFileSync } from 'node:fs';
import { InputError } from './input-error.js';

/**
 * How an unreadable input file is named in its one-line error: after the flag that gave it
 * (`--pac: cannot read proxy.pac (ENOENT)`), or as the file itself (`plan.yaml: cannot read the plan (ENOENT); …`).
 * `hint` says what to give instead.
 */
export type Unreadable = { readonly flag: string; readonly hint?: string } | { readonly what: string; readonly hint?: string };

/** Reads an input file the user named; any read error (missing, a folder, no permission) is an InputError. */
export function readInputFile(file: string, unreadable: Unreadable): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const hint = unreadable.hint === undefined ? '' : `; ${unreadable.hint}`;
    if ('flag' in unreadable) throw new InputError(`${unreadable.flag}: cannot read ${file} (${code})${hint}`, { cause: error });
    throw new InputError(`cannot read ${unreadable.what} (${code})${hint}`, { file, cause: error });
  }
}

/** `readInputFile` as UTF-8 text, without a byte order mark (Windows editors write one). */
export function readInputText(file: string, unreadable: Unreadable): string {
  return readInputFile(file, unreadable)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
