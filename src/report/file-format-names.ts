import { InputError } from '../model/input-error.js';

/**
 * The report file formats `--format` accepts, in `all`'s order, with their files' extensions (no dot; `junit.xml`
 * for JUnit). Apart from the renderers (file-formats.ts), so that `check --help` and the flag's validation load none
 * of them (issue 10). Adding a format is a line here and its renderer there; the compiler holds the two lists equal.
 */
export const FILE_EXTENSIONS = { json: 'json', html: 'html', csv: 'csv', junit: 'junit.xml', md: 'md' } as const;

export type FileFormatName = keyof typeof FILE_EXTENSIONS;

/** The names, in the order above (for CLI help and `all`). */
export const FILE_FORMAT_NAMES = Object.keys(FILE_EXTENSIONS) as FileFormatName[];

/**
 * Parses `--format json,html` (repeatable, comma-separated; `all` = every format); an unknown name is an InputError
 * listing the valid ones.
 */
export function parseFormats(values: string | readonly string[]): FileFormatName[] {
  const names = (typeof values === 'string' ? [values] : values)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v);
  const out: FileFormatName[] = [];
  for (const name of names) {
    // `all`: every format, in registry order (a firewall review usually wants html, md and csv together).
    if (name === 'all') {
      for (const every of FILE_FORMAT_NAMES) if (!out.includes(every)) out.push(every);
      continue;
    }
    if (!Object.hasOwn(FILE_EXTENSIONS, name)) {
      throw new InputError(`--format: unknown format "${name}"; choose from ${FILE_FORMAT_NAMES.join(', ')} or all`);
    }
    if (!out.includes(name as FileFormatName)) out.push(name as FileFormatName);
  }
  if (out.length === 0) throw new InputError(`--format: give at least one of ${FILE_FORMAT_NAMES.join(', ')}`);
  return out;
}
