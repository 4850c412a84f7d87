import { readFileSync } from 'node:fs';
import t from 'tap';
import { CODES, FAILURE_CODES } from '../src/model/codes.js';

// The README's failure-code table is the contract users script against: it must list every code, with the
// status and stage the code really has, and nothing else.
t.test('README failure-code table matches the registry', async (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| (\w+) \| (\w+) \|/gm)].map((m) => [m[1], m[2], m[3]]);
  t.same(
    rows.map((r) => r[0]),
    FAILURE_CODES,
    'same codes, same order',
  );
  for (const [code, status, stage] of rows) {
    const info = CODES[code as keyof typeof CODES];
    t.same([status, stage], [info.status, info.stage], `${code}`);
  }
});

t.test('README starts with the two commands a newcomer types', async (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  t.match(firstBlock, /npm ci && npm start -- check/);
  t.match(firstBlock, /npm test/);
});
