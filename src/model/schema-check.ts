import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { lineOf, type PathPart, type StructuredSource } from './structured-source.js';

/**
 * Checks an input file (plan, catalog, waivers) against its JSON Schema and turns the first problem into the
 * sentence an admin can act on, with the path and the line. The schemas carry three annotation keywords that
 * editors ignore and this module reads:
 * - `x-expected`: what the value must be, for type and range errors ("a port number 1-65535");
 * - `x-message`: the whole sentence for a wrong type, when "must be …" would not help ("write the proxy as a map");
 * - `x-format`: the name of an explainer for a `pattern` error, which says what is wrong with the value
 *   ("… is a URL; write the host name only").
 * `x-quote` lists an enum's values in quotes (`"2018" | "current"`, where YAML would read 2018 as a number).
 */
export interface SchemaProblem {
  readonly path: readonly PathPart[];
  /** The JSON Schema keyword that failed (`additionalProperties`, `required`, `type`, …). */
  readonly keyword: string;
  readonly message: string;
  /** The line of the problem: the key's line for an unknown key, otherwise the value's. */
  readonly line: number;
}

/** Explains why a string does not match its pattern; the key is the schema's `x-format`. */
export type FormatExplainers = Readonly<Record<string, (value: string) => string>>;

/**
 * An input schema's validator, compiled on first use (with the annotation keywords registered; strict mode stays
 * on for everything else): a run without a plan, catalog or waivers file never pays for compiling their schemas.
 */
export function inputSchema(schema: object): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => (compiled ??= compileInputSchema(schema));
}

/** Compiles an input schema with the annotation keywords registered. */
export function compileInputSchema(schema: object): ValidateFunction {
  // validateSchema off: the schemas are ours and fixed, and checking them against the draft 2020-12 meta-schema
  // compiled that meta-schema on every run, a tenth of a check's start-up (issue 10). test/model/input-schemas
  // checks each one against the meta-schema instead.
  const ajv = new Ajv2020({
    allErrors: true,
    allowUnionTypes: true,
    strict: true,
    strictRequired: false,
    verbose: true,
    validateSchema: false,
  });
  // strictRequired is off for the idiom `oneOf: [{ required: [entry] }, …]`, whose keys are defined one level up.
  for (const keyword of ['x-expected', 'x-message', 'x-format', 'x-quote']) ajv.addKeyword(keyword);
  return ajv.compile(schema);
}

/** The first problem in file order, or `null` when the data matches the schema. */
export function firstSchemaProblem(src: StructuredSource, validate: ValidateFunction, explain: FormatExplainers): SchemaProblem | null {
  if (validate(src.data)) return null;
  const root = validate.schema as object;
  const problems = withoutBranchNoise(validate.errors ?? []).map((e) => describe(src, root, e, explain));
  // Report what comes first in the file, as a reader fixing it top to bottom meets it; on one line, an unknown
  // key before a missing one before a bad value.
  problems.sort((a, b) => a.line - b.line || a.rank - b.rank);
  const first = problems[0];
  return first ? { path: first.path, keyword: first.keyword, message: first.message, line: first.line } : null;
}

/** An `anyOf`/`oneOf` (an enum with its case-insensitive spelling, say) reports each branch too; keep only itself. */
function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  return errors.filter((e) => !anyOfs.some((prefix) => e.schemaPath.startsWith(prefix)));
}

const RANK: Readonly<Record<string, number>> = { additionalProperties: 0, required: 1, oneOf: 3 };

interface Described extends SchemaProblem {
  readonly rank: number;
}

function describe(src: StructuredSource, root: object, e: ErrorObject, explain: FormatExplainers): Described {
  const at = pointerPath(e.instancePath);
  const schema = (e.parentSchema ?? {}) as Record<string, unknown>;
  const value = e.data;
  const rank = RANK[e.keyword] ?? 2;
  const result = (path: readonly PathPart[], message: string, key = false): Described => ({
    path,
    keyword: e.keyword,
    message,
    line: lineOf(src, path, key),
    rank,
  });
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      const hint = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
      return result([...at, key], `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`, true);
    }
    case 'required':
      return result([...at, String(e.params.missingProperty)], 'is required');
    case 'oneOf':
      return result(at, typeof schema['x-message'] === 'string' ? schema['x-message'] : mustBe(schema, value));
    case 'enum':
    case 'anyOf':
    case 'const':
      return result(at, `${JSON.stringify(value)} is not one of ${enumValues(schema).join(' | ')}`);
    case 'pattern': {
      const format = schema['x-format'];
      const explainer = typeof format === 'string' ? explain[format] : undefined;
      if (explainer && typeof value === 'string') return result(at, explainer(value.trim()));
      return result(at, mustBe(schema, value));
    }
    case 'type':
      // A required key written as `server: null` is as missing as no key at all.
      if (value === null && isRequiredKey(root, e.schemaPath)) return result(at, 'is required');
      if (typeof schema['x-message'] === 'string') return result(at, `${schema['x-message']}${got(value)}`);
      return result(at, mustBe(schema, value));
    default:
      return result(at, mustBe(schema, value));
  }
}

function mustBe(schema: Record<string, unknown>, value: unknown): string {
  return `must be ${expected(schema)}${got(value)}`;
}

function expected(schema: Record<string, unknown>): string {
  if (typeof schema['x-expected'] === 'string') return schema['x-expected'];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('object')) return `a map with keys ${Object.keys(schema.properties ?? {}).join(', ')}`;
  if (types.includes('array')) return 'a list';
  if (types.includes('boolean')) return 'true or false';
  if (types.includes('integer')) return 'a whole number';
  return 'a non-empty string';
}

function enumValues(schema: Record<string, unknown>): string[] {
  const branches = Array.isArray(schema.anyOf) ? (schema.anyOf as Record<string, unknown>[]) : [schema];
  const values = branches.flatMap((b) => (Array.isArray(b.enum) ? (b.enum as unknown[]) : []));
  // `edition: 2018` may be written as a number too; the list names each value once, as text.
  return [...new Set(values.map(String))].map((v) => (schema['x-quote'] === true ? JSON.stringify(v) : v));
}

/** Whether the property whose `type` failed (`#/properties/scp/properties/server/type`) is required by its map. */
function isRequiredKey(root: object, schemaPath: string): boolean {
  const steps = schemaPath.replace(/^#\//, '').split('/');
  if (steps.length < 3 || steps[steps.length - 3] !== 'properties') return false;
  const key = steps[steps.length - 2];
  if (key === undefined) return false;
  let node: unknown = root;
  for (const step of steps.slice(0, -3)) node = (node as Record<string, unknown> | undefined)?.[step];
  const required = (node as { required?: unknown } | undefined)?.required;
  return Array.isArray(required) && required.includes(key);
}

/** ` (got string "yes")`, ` (got a list)`; nothing for a missing value. */
export function got(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return ' (got null)';
  if (Array.isArray(v)) return v.length === 0 ? ' (got an empty list)' : ' (got a list)';
  if (v instanceof Date) return ` (got date ${v.toISOString().slice(0, 10)})`;
  if (typeof v === 'object') return ' (got a map)';
  return ` (got ${typeof v} ${JSON.stringify(v)})`;
}

/** `/hierarchy/1/roles` → ['hierarchy', 1, 'roles'] (RFC 6901 escapes undone). */
function pointerPath(pointer: string): PathPart[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
