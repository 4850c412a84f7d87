import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `catalog.json` into `dir`: one "core" group holding `urls` (each a catalog entry), and returns its path. */
export function writeLabCatalog(dir: string, urls: readonly string[]): string {
  const file = join(dir, 'catalog.json');
  writeFileSync(
    file,
    JSON.stringify({
      edition: 'lab',
      provenance: { title: 'Lab', url: 'https://lab.invalid/', date: '2026-01-01' },
      groups: [{ id: 'core', title: 'Core' }],
      entries: urls.map((text) => ({ text, group: 'core' })),
    }),
  );
  return file;
}
