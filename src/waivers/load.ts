import { readFileSync } from 'node:fs';
import { LineCounter, isSeq, parseDocument } from 'yaml';
import { InputError } from '../model/input-error.js';
import { readStructuredFile } from '../model/read-structured-file.js';
import type { Waiver, WaiverMatch, WaiverSource } from './types.js';

const KEYS = new Set(['entry', 'host', 'port', 'id', 'reason', 'ticket', 'expires']);
const EXAMPLE = 'e.g. "- host: sccm.manage.microsoft.com, port: 443, reason: …, ticket: CHG-1042, expires: 2025-06-30"';

/**
 * Reads a waivers file (YAML or JSON): a list whose items each name `entry` or `host` (optionally with `port`),
 * or a rule `id`, plus `reason`, `ticket` and `expires` (YYYY-MM-DD). Anything else is an InputError naming the
 * file, the item and its line, and what to write instead.
 */
export function loadWaivers(file: string): Waiver[] {
  const data = readStructuredFile(file);
  if (!Array.isArray(data)) {
    throw new InputError(`expected a list of waivers at the top level (${EXAMPLE})`, { file });
  }
  const lines = itemLines(file);
  return data.map((item: unknown, index) => parseWaiver(item, { file, index, line: lines[index] ?? null }));
}

/** The line each top-level list item starts on; the syntax was already checked by readStructuredFile. */
function itemLines(file: string): (number | null)[] {
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { lineCounter: counter });
  if (!isSeq(doc.contents)) return [];
  return doc.contents.items.map((node) => {
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
    return offset === undefined ? null : counter.linePos(offset).line;
  });
}

/** Validates one list item; `source` says where it is for messages and for the report. */
export function parseWaiver(item: unknown, source: WaiverSource): Waiver {
  const where = `item ${source.index + 1}${source.line === null ? '' : ` (line ${source.line})`}`;
  const fail = (what: string): never => {
    throw new InputError(`${where}: ${what}`, source.file === null ? {} : { file: source.file });
  };
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return fail(`each waiver must be a mapping (${EXAMPLE})`);
  }
  const record = item as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KEYS.has(key)) fail(`unknown key "${key}"; a waiver has: ${[...KEYS].join(', ')}`);
  }
  const named = (['entry', 'host', 'id'] as const).filter((k) => record[k] !== undefined);
  if (named.length !== 1) {
    fail(named.length === 0
      ? 'name what is waived: "entry" (documented text), "host" (probed host) or "id" (rule id)'
      : `name only one of "entry", "host" or "id" (found ${named.join(' and ')}); write one waiver per item`);
  }
  const text = (key: string): string => {
    const value = record[key];
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string' || value.trim() === '') return fail(`"${key}" must be a non-empty text`);
    return value.trim();
  };
  const port = record.port === undefined ? null : record.port;
  if (port !== null && (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)) {
    fail(`"port" must be a TCP port number 1-65535, got ${JSON.stringify(port)}`);
  }
  const kind = named[0];
  if (kind === 'id' && port !== null) fail('"port" applies to "entry" or "host" waivers, not to a rule "id"');
  const match: WaiverMatch = kind === 'id'
    ? { kind: 'rule', id: text('id') }
    : kind === 'entry'
      ? { kind: 'entry', entry: text('entry'), port: port as number | null }
      : { kind: 'host', host: text('host').toLowerCase(), port: port as number | null };
  const expires = record.expires instanceof Date ? record.expires.toISOString().slice(0, 10) : text('expires');
  if (!isCalendarDate(expires)) fail(`"expires" must be a date YYYY-MM-DD, got "${expires}"; write e.g. expires: 2025-06-30`);
  return { match, reason: text('reason'), ticket: text('ticket'), expires, source };
}

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
