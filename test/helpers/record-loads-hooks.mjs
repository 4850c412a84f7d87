// Module resolution hook for record-loads.mjs: appends each file: URL resolved, ESM and CommonJS imported from ESM.
import { appendFileSync } from 'node:fs';

/**
 * @param {string} specifier
 * @param {object} context
 * @param {(specifier: string, context: object) => Promise<{ url: string }>} nextResolve
 */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const file = process.env.RECORD_LOADS_FILE;
  if (file && resolved.url.startsWith('file:')) appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
