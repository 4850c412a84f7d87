// A real report from the bench (npm run bench -- --keep-reports DIR) grown to N endpoints: its endpoints repeated
// with distinct names, so every view renders N rows (report-files.mjs, html-walk.mjs).
import { readFileSync } from 'node:fs';

/** The report in `file` with `n` endpoints. */
export function scaledReport(file, n) {
  const source = JSON.parse(readFileSync(file, 'utf8'));
  const endpoints = Array.from({ length: n }, (_, i) => {
    const e = source.endpoints[i % source.endpoints.length];
    const host = `copy${i}.${e.host}`;
    return { ...e, host, entry: host, pattern: host, probeId: `https://${host}:${e.port}/` };
  });
  return { ...source, endpoints };
}
