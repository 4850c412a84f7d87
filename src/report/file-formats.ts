import { randomUUID } from 'node:crypto';
import { FILE_EXTENSIONS, type FileFormatName } from './file-format-names.js';
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

/** How each format of file-format-names.ts is rendered; the record's type makes the compiler hold both lists equal. */
export const fileFormats: Readonly<Record<FileFormatName, FileFormat>> = {
  json: { extension: FILE_EXTENSIONS.json, render: renderJson, stream: (report) => streamOf(jsonPieces(report)) },
  html: { extension: FILE_EXTENSIONS.html, render: renderHtml, stream: (report) => (take) => htmlStream(report, take) },
  csv: { extension: FILE_EXTENSIONS.csv, render: renderCsv },
  junit: { extension: FILE_EXTENSIONS.junit, render: renderJunit },
  md: { extension: FILE_EXTENSIONS.md, render: renderMarkdown },
};
