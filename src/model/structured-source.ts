import { isMap, isNode, isPair, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from './input-error.js';
import { readInputText } from './read-input-file.js';

/** A step into a structured file: a key of a map or an index of a list. */
export type PathPart = string | number;

/** A parsed input file (plan, catalog, waivers) with what is needed to name the line of any key or value. */
export interface StructuredSource {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The file's content as plain data. */
  readonly data: unknown;
  readonly text: readonly string[];
}

/** `site.type`, `hierarchy[1].roles[0]`. */
export function pathText(path: readonly PathPart[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'the top level';
}

/**
 * Reads and parses a JSON or YAML input file. One YAML parser gives line numbers for both (YAML 1.2 is a
 * superset of JSON); a `.json` file must also be strict JSON, and its syntax errors are JSON's, with the line.
 * Duplicate keys and several documents in one file are errors too. `what` names the file in the unreadable-file
 * message ("the plan; check the --plan path").
 *
 * A `.json` file that JSON.parse accepts and that repeats no key is read by JSON.parse alone, and the YAML parse
 * that names lines is done only when a line is asked for (an error, or a plan's line index): for the 2,000-entry
 * catalog of the benchmark the YAML parse allocated 102 MB and took 0.2 s before the first probe (issue 10).
 */
export function readStructuredSource(file: string, what: string): StructuredSource {
  const text = readInputText(file, { what, hint: 'check the path' });
  if (/\.json$/i.test(file)) {
    const data = parseStrictJson(text);
    if (data.ok && !repeatsAKey(text, data.value)) return lazySource(file, text, data.value);
  }
  const { doc, lines } = parseYaml(text);
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(text);
    } catch (error) {
      // Node 20's JSON.parse names no position for most errors; the YAML parse above finds the line.
      const first = doc.errors[0];
      const line = first ? lines.linePos(first.pos[0]).line : null;
      const reason = (error as Error).message.split(/, "|\n/)[0];
      throw new InputError(`${line === null ? '' : `line ${line}: `}not valid JSON: ${reason}`, { file });
    }
  }
  const first = doc.errors[0];
  if (first) {
    const line = lines.linePos(first.pos[0]).line;
    throw new InputError(`line ${line}: not valid YAML/JSON: ${first.message.split('\n')[0]}`, { file });
  }
  return { file, doc, lines, data: doc.toJS({ maxAliasCount: 100 }), text: splitLines(text) };
}

function parseYaml(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  return { doc, lines };
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function parseStrictJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A source whose YAML document (for line numbers) and split lines are built on first use, once. */
function lazySource(file: string, text: string, data: unknown): StructuredSource {
  let parsed: { doc: Document; lines: LineCounter } | null = null;
  let split: string[] | null = null;
  const yaml = (): { doc: Document; lines: LineCounter } => (parsed ??= parseYaml(text));
  return {
    file,
    data,
    get doc() {
      return yaml().doc;
    },
    get lines() {
      return yaml().lines;
    },
    get text() {
      return (split ??= splitLines(text));
    },
  };
}

/**
 * Whether valid JSON `text` names a key twice in one object, which JSON.parse silently resolves to the last. Every
 * key of the text is a string followed by `:`; the parsed value holds one own key per distinct key of each object,
 * so the two counts differ exactly when some object repeats a key.
 */
function repeatsAKey(text: string, value: unknown): boolean {
  return keysInText(text) !== keysInValue(value);
}

function keysInText(text: string): number {
  let keys = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) !== QUOTE) continue;
    i += 1;
    // Bounded by the text's length as well: the text parsed as JSON, so every string ends, but a scan never relies on it.
    while (i < text.length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
    let next = i + 1;
    while (JSON_SPACE.has(text.charCodeAt(next))) next += 1;
    if (text.charCodeAt(next) === COLON) keys += 1;
  }
  return keys;
}

function keysInValue(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keysInValue(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  const own = Object.values(value);
  return own.length + own.reduce((sum: number, item) => sum + keysInValue(item), 0);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
/** JSON's four whitespace characters: space, tab, line feed, carriage return. */
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The line of the value at `path` (or of its key, when `key` is set). For a path that does not exist (a missing
 * required key) it is the line of the nearest ancestor's key: `scp:` for a missing `scp.server`.
 */
export function lineOf(src: StructuredSource, path: readonly PathPart[], key = false): number {
  const exact = key ? (keyLine(src, path) ?? valueLine(src, path)) : valueLine(src, path);
  if (exact !== null) return exact;
  for (let n = path.length - 1; n >= 1; n -= 1) {
    const line = keyLine(src, path.slice(0, n)) ?? valueLine(src, path.slice(0, n));
    if (line !== null) return line;
  }
  return valueLine(src, []) ?? 1;
}

function valueLine(src: StructuredSource, path: readonly PathPart[]): number | null {
  const node = path.length === 0 ? src.doc.contents : src.doc.getIn(path, true);
  return isNode(node) && node.range ? src.lines.linePos(node.range[0]).line : null;
}

function keyLine(src: StructuredSource, path: readonly PathPart[]): number | null {
  if (path.length === 0 || typeof path[path.length - 1] === 'number') return null;
  const parent = path.length > 1 ? src.doc.getIn(path.slice(0, -1), true) : src.doc.contents;
  if (!isMap(parent)) return null;
  const name = String(path[path.length - 1]);
  const pair = parent.items.find((p) => isPair(p) && isNode(p.key) && String((p.key as { value?: unknown }).value) === name);
  const range = pair && isNode(pair.key) ? pair.key.range : undefined;
  return range ? src.lines.linePos(range[0]).line : null;
}

/** An InputError in the house style: `plan.yaml: line 7: site.type: "tertiary" is not one of cas | primary | secondary`. */
export function sourceError(src: StructuredSource, path: readonly PathPart[], what: string, key = false): InputError {
  return new InputError(`line ${lineOf(src, path, key)}: ${pathText(path)}: ${what}`, { file: src.file });
}

/** The line of every key and list item, by path text, for quoting plan lines in findings. */
export function indexLines(src: StructuredSource): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (node: unknown, path: PathPart[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isNode(pair.key) || !pair.key.range) continue;
        const p = [...path, String((pair.key as { value?: unknown }).value)];
        out[pathText(p)] = src.lines.linePos(pair.key.range[0]).line;
        walk(pair.value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = [...path, i];
        if (isNode(item) && item.range) out[pathText(p)] = src.lines.linePos(item.range[0]).line;
        walk(item, p);
      });
    }
  };
  walk(src.doc.contents, []);
  return out;
}
