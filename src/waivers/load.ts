import { InputError } from '../model/input-error.js';
import { firstSchemaProblem, inputSchema, type SchemaProblem } from '../model/schema-check.js';
import { lineOf, readStructuredSource } from '../model/structured-source.js';
import type { Waiver, WaiverMatch, WaiverSource } from '../model/waivers.js';
import WAIVERS_SCHEMA from './waivers-schema.cjs';

/** schema/waivers.schema.json: what a `--waivers` file may hold, for this loader and for editors. */
export { WAIVERS_SCHEMA };

const validateWaivers = inputSchema(WAIVERS_SCHEMA);
const KEYS = Object.keys((WAIVERS_SCHEMA as { items: { properties: object } }).items.properties);
const EXAMPLE = 'e.g. "- host: sccm.manage.microsoft.com, port: 443, reason: …, ticket: CHG-1042, expires: 2025-06-30"';
const NAMES = ['entry', 'host', 'id'] as const;

/**
 * Reads a waivers file (YAML or JSON; its shape is schema/waivers.schema.json): a list whose items each name
 * `entry` or `host` (optionally with `port`), or a rule `id`, plus `reason`, `ticket` and `expires` (YYYY-MM-DD).
 * Anything else is an InputError naming the file, the item and its line, and what to write instead.
 */
export function loadWaivers(file: string): Waiver[] {
  const src = readStructuredSource(file, 'the waivers file');
  if (!Array.isArray(src.data)) {
    throw new InputError(`expected a list of waivers at the top level (${EXAMPLE})`, { file });
  }
  const items = src.data as unknown[];
  const sourceOf = (index: number): WaiverSource => ({ file, index, line: lineOf(src, [index]) });
  // What is waived is checked first: the schema's oneOf cannot tell "nothing named" from "two named".
  items.forEach((item, index) => checkNamed(item, sourceOf(index)));
  const problem = firstSchemaProblem(src, validateWaivers(), {});
  if (problem) throw failure(sourceOf(Number(problem.path[0])), explain(problem));
  return items.map((item, index) => parseWaiver(item, sourceOf(index)));
}

/** The schema's problem in this file's words: `"port" must be a TCP port number 1-65535 (got number 70000)`. */
function explain(problem: SchemaProblem): string {
  const key = problem.path[1];
  if (key === undefined) return `each waiver must be a mapping (${EXAMPLE})`;
  if (problem.keyword === 'additionalProperties') return `unknown key "${String(key)}"; a waiver has: ${KEYS.join(', ')}`;
  return `"${String(key)}" ${problem.message}`;
}

function failure(source: WaiverSource, what: string): InputError {
  const where = `item ${source.index + 1}${source.line === null ? '' : ` (line ${source.line})`}`;
  return new InputError(`${where}: ${what}`, source.file === null ? {} : { file: source.file });
}

function checkNamed(item: unknown, source: WaiverSource): void {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
  const named = NAMES.filter((k) => (item as Record<string, unknown>)[k] !== undefined);
  if (named.length === 0) throw failure(source, 'name what is waived: "entry" (documented text), "host" (probed host) or "id" (rule id)');
  if (named.length > 1)
    throw failure(source, `name only one of "entry", "host" or "id" (found ${named.join(' and ')}); write one waiver per item`);
}

/** Turns one item the schema accepted into a waiver; `source` says where it is for messages and for the report. */
export function parseWaiver(item: unknown, source: WaiverSource): Waiver {
  const record = item as Record<string, unknown>;
  const text = (key: string): string => String(record[key]).trim();
  const port = (record.port ?? null) as number | null;
  const kind = NAMES.find((k) => record[k] !== undefined);
  if (kind === 'id' && port !== null) throw failure(source, '"port" applies to "entry" or "host" waivers, not to a rule "id"');
  const match: WaiverMatch =
    kind === 'id'
      ? { kind: 'rule', id: text('id') }
      : kind === 'entry'
        ? { kind: 'entry', entry: text('entry'), port }
        : { kind: 'host', host: text('host').toLowerCase(), port };
  const expires = text('expires');
  if (!isCalendarDate(expires))
    throw failure(source, `"expires" must be a date YYYY-MM-DD, got "${expires}"; write e.g. expires: 2025-06-30`);
  return { match, reason: text('reason'), ticket: text('ticket'), expires, source };
}

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
