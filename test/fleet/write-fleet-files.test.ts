import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { buildFleet } from '../../src/fleet/build-fleet.js';
import { digestReport } from '../../src/fleet/digest.js';
import { writeFleetFiles } from '../../src/fleet/write-fleet-files.js';
import { InputError } from '../../src/model/input-error.js';
import { labReport } from '../fixtures/reports/lab-report.js';

const stamp = new Date(2025, 2, 15, 9, 30, 0);
const fleet = (createdAt: string) => buildFleet([digestReport(labReport, 'a.json')], { simulation: 'none', createdAt });

t.test('stamped names, -1 when taken, an earlier file never replaced, no temp files', async (t) => {
  const out = join(t.testdir(), 'fleet');
  const first = await writeFleetFiles(fleet('2025-03-15T08:30:00.000Z'), { outDir: out, formats: ['json', 'md'], stamp });
  t.same(
    first.map((f) => f.slice(out.length + 1)),
    ['scp-preflight-fleet-20250315-093000.json', 'scp-preflight-fleet-20250315-093000.md'],
  );
  const before = readFileSync(first[0]!, 'utf8');
  const second = await writeFleetFiles(fleet('2025-03-15T08:31:00.000Z'), { outDir: out, formats: ['json'], stamp });
  t.same(
    second.map((f) => f.slice(out.length + 1)),
    ['scp-preflight-fleet-20250315-093000-1.json'],
  );
  t.equal(readFileSync(first[0]!, 'utf8'), before, 'the first file is unchanged');
  t.match(readFileSync(second[0]!, 'utf8'), /"createdAt": "2025-03-15T08:31:00\.000Z"/);
  t.same(
    readdirSync(out).filter((f) => f.startsWith('.')),
    [],
    'no temp files left',
  );
});

t.test('an --out that cannot be a folder is bad input', async (t) => {
  const file = join(t.testdir(), 'a-file');
  writeFileSync(file, 'x');
  await t.rejects(writeFleetFiles(fleet('x'), { outDir: join(file, 'fleet'), formats: ['json'], stamp }), InputError);
});
