import { InputError } from '../model/input-error.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/index.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './types.js';

/** A report view that is written to a file. */
export interface FileFormat {
  /** File name extension without the dot (`junit.xml` for JUnit). */
  readonly extension: string;
  readonly render: (report: Report) => string;
}

/** The canonical JSON record; the schema in schema/report.schema.json describes exactly this. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Every file format `--format` accepts; adding a format is one line here. */
export const fileFormats = {
  json: { extension: 'json', render: renderJson },
  html: { extension: 'html', render: renderHtml },
  csv: { extension: 'csv', render: renderCsv },
  junit: { extension: 'junit.xml', render: renderJunit },
  md: { extension: 'md', render: renderMarkdown },
} as const satisfies Record<string, FileFormat>;

export type FileFormatName = keyof typeof fileFormats;

/** The names, in the order above (for CLI help). */
export const FILE_FORMAT_NAMES = Object.keys(fileFormats) as FileFormatName[];

/** Parses `--format json,html` (repeatable, comma-separated; `all` = every format); an unknown name is an InputError listing the valid ones. */
export function parseFormats(values: string | readonly string[]): FileFormatName[] {
  const names = (typeof values === 'string' ? [values] : values).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter((v) => v);
  const out: FileFormatName[] = [];
  for (const name of names) {
    // `all`: every format, in registry order (a firewall review usually wants html, md and csv together).
    if (name === 'all') {
      for (const every of FILE_FORMAT_NAMES) if (!out.includes(every)) out.push(every);
      continue;
    }
    if (!Object.hasOwn(fileFormats, name)) {
      throw new InputError(`--format: unknown format "${name}"; choose from ${FILE_FORMAT_NAMES.join(', ')} or all`);
    }
    if (!out.includes(name as FileFormatName)) out.push(name as FileFormatName);
  }
  if (out.length === 0) throw new InputError(`--format: give at least one of ${FILE_FORMAT_NAMES.join(', ')}`);
  return out;
}
