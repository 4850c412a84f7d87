import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** schema/summary.schema.json, compiled strictly once. */
const schema = JSON.parse(readFileSync(new URL('../../schema/summary.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true }).compile(schema);

/** Problems of a summary (or wrapper error line) against the schema, as `path: message` lines; none when valid. */
export function summarySchemaErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
