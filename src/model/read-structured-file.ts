import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { InputError } from './input-error.js';

/**
 * Reads a JSON or YAML file (YAML is a superset of JSON, so one parser serves both and gives line numbers).
 * Any read or syntax problem becomes an InputError naming the file and line.
 */
export function readStructuredFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path`, { file, cause: error });
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new InputError(`${line ? `line ${line}: ` : ''}not valid YAML/JSON: ${first.message.split('\n')[0]}`, { file });
  }
  return doc.toJS({ maxAliasCount: 100 });
}
