import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { zip } from '../../scripts/package/zip.mjs';
import { haveProgram } from '../helpers/real-programs.js';

const WHEN = new Date('2026-03-04T05:06:08Z');
const entries = () => [
  { name: 'scp-preflight.exe', data: randomFill(200_000) }, // incompressible: stored
  { name: 'README-windows.txt', data: Buffer.from('line\r\n'.repeat(500)) }, // deflated
  { name: 'empty.txt', data: Buffer.alloc(0) },
  { name: 'Prüfung/ä.yaml', data: Buffer.from('site: CAS\n') }, // UTF-8 name in a folder
];
let seed: Buffer | null = null;
function randomFill(size: number): Buffer {
  seed ??= randomBytes(size);
  return seed;
}

t.test('the same entries and date give the same bytes', async (t) => {
  t.ok(zip(entries(), WHEN).equals(zip(entries(), WHEN)));
  t.notOk(zip(entries(), WHEN).equals(zip(entries(), new Date('2026-03-04T05:06:10Z'))), 'the date is in the archive');
});

t.test("Python's zipfile reads every entry back: names, order, contents, CRCs, date", async (t) => {
  if (!haveProgram(t, '/usr/bin/python3', 'python3')) return;
  const file = join(mkdtempSync(join(tmpdir(), 'scp-preflight-zip-')), 'a.zip');
  writeFileSync(file, zip(entries(), WHEN));
  const script = [
    'import sys, zipfile, hashlib, json',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    'print(json.dumps([[i.filename, i.compress_type, list(i.date_time), hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]))',
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  t.equal(run.status, 0, run.stderr);
  const { createHash } = await import('node:crypto');
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  t.same(
    JSON.parse(run.stdout),
    entries().map((e, i) => [e.name, i === 1 ? 8 : 0, [2026, 3, 4, 5, 6, 8], sha(e.data)]),
  );
});
