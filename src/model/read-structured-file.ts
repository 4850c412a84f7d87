import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { InputError } from './input-error.js';

/**
 * Reads a JSON or YAML file. `.json` files go through JSON.parse (its errors are the ones JSON authors expect);
 * anything else through the YAML parser, a superset of JSON that gives line numbers. Any read or syntax problem
 * becomes an InputError naming the file and line.
 */
export function readStructuredFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path`, { file, cause: error });
  }
  if (/\.json$/i.test(file)) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      // Node 20's JSON.parse names no position for most errors; the YAML parser (a JSON superset) finds the line.
      const line = parseDocument(text, { prettyErrors: true }).errors[0]?.linePos?.[0]?.line;
      const reason = (error as Error).message.split(/, "|\n/)[0];
      throw new InputError(`${line ? `line ${line}: ` : ''}not valid JSON: ${reason}`, { file });
    }
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new InputError(`${line ? `line ${line}: ` : ''}not valid YAML/JSON: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`, { file });
  }
  return doc.toJS({ maxAliasCount: 100 });
}
