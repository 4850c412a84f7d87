import { randomUUID } from 'node:crypto';
import { InputError } from '../model/input-error.js';
import { renderCsv } from './csv.js';
import { htmlStream, renderHtml } from './html/index.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { type PieceStream, streamOf } from './piece-stream.js';
import type { Report } from '../model/report.js';

/** A report view that is written to a file. */
export interface FileFormat {
  /** File name extension without the dot (`junit.xml` for JUnit). */
  readonly extension: string;
  readonly render: (report: Report) => string;
  /** The same text as a stream of pieces, for views whose size grows with the endpoints (written as they come). */
  readonly stream?: (report: Report) => PieceStream;
}

/** The canonical JSON record; the schema in schema/report.schema.json describes exactly this. */
export function renderJson(report: Report): string {
  return [...jsonPieces(report)].join('');
}

/**
 * renderJson's text, character for character, in pieces: everything but the endpoints, then one endpoint at a
 * time. A report of 10,000 endpoints is 35 MB of JSON; built as one string it cost more memory than the probes.
 * The endpoints' place is held by a value no report can contain (a fresh random name), then filled element by
 * element, indented as JSON.stringify indents them at that depth.
 */
export function* jsonPieces(report: Report): Generator<string> {
  if (report.endpoints.length === 0) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  const hole = `endpoints-${randomUUID()}`;
  const [before, after] = JSON.stringify({ ...report, endpoints: hole }, null, 2).split(`"${hole}"`) as [string, string];
  yield `${before}[`;
  for (const [i, endpoint] of report.endpoints.entries()) {
    // Inside two arrays, JSON.stringify indents an element by 4 spaces, as at its place in the report; the
    // brackets around it are cut off (cheaper than indenting each line afterwards).
    const nested = JSON.stringify([[endpoint]], null, 2);
    // The separator is a piece of its own: joined to the endpoint's text it would make a concatenation that
    // writing copies once more, a whole extra copy of the file (issue 10).
    yield i === 0 ? '\n' : ',\n';
    yield nested.slice(NESTED_OPEN.length, -NESTED_CLOSE.length);
  }
  yield `\n  ]${after}\n`;
}

const NESTED_OPEN = '[\n  [\n';
const NESTED_CLOSE = '\n  ]\n]';

/** Every file format `--format` accepts; adding a format is one line here. */
export const fileFormats = {
  json: { extension: 'json', render: renderJson, stream: (report) => streamOf(jsonPieces(report)) },
  html: { extension: 'html', render: renderHtml, stream: (report) => (take) => htmlStream(report, take) },
  csv: { extension: 'csv', render: renderCsv },
  junit: { extension: 'junit.xml', render: renderJunit },
  md: { extension: 'md', render: renderMarkdown },
} as const satisfies Record<string, FileFormat>;

export type FileFormatName = keyof typeof fileFormats;

/** The names, in the order above (for CLI help). */
export const FILE_FORMAT_NAMES = Object.keys(fileFormats) as FileFormatName[];

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
    if (!Object.hasOwn(fileFormats, name)) {
      throw new InputError(`--format: unknown format "${name}"; choose from ${FILE_FORMAT_NAMES.join(', ')} or all`);
    }
    if (!out.includes(name as FileFormatName)) out.push(name as FileFormatName);
  }
  if (out.length === 0) throw new InputError(`--format: give at least one of ${FILE_FORMAT_NAMES.join(', ')}`);
  return out;
}
