import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import yargs from 'yargs';
import { renderCommand } from '../../src/cli/commands/render.js';
import { parseFormats } from '../../src/report/file-format-names.js';
import { prepareOutDir, stampName, writeReportFiles, writeTemp } from '../../src/report/write-report-files.js';
import { labReport } from '../fixtures/reports/lab-report.js';

const stamp = new Date(2025, 2, 14, 9, 26, 53); // local time, as file names are

t.test('stamped names in local time', (t) => {
  t.equal(stampName(stamp), 'scp-preflight-20250314-092653');
  t.end();
});

t.test('writes each format plus latest.*, and never overwrites an earlier file', async (t) => {
  const dir = t.testdir();
  const first = await writeReportFiles(labReport, { outDir: dir, formats: ['json', 'html', 'csv', 'junit', 'md'], stamp });
  t.same(
    first.map((f) => f.slice(dir.length + 1)),
    [
      'scp-preflight-20250314-092653.json',
      'latest.json',
      'scp-preflight-20250314-092653.html',
      'latest.html',
      'scp-preflight-20250314-092653.csv',
      'latest.csv',
      'scp-preflight-20250314-092653.junit.xml',
      'latest.junit.xml',
      'scp-preflight-20250314-092653.md',
      'latest.md',
    ],
  );
  t.same(JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')), labReport);
  const earlier = join(dir, 'scp-preflight-20250314-092653.html');
  writeFileSync(earlier, 'an earlier run');
  const second = await writeReportFiles(labReport, { outDir: dir, formats: ['html'], stamp });
  const third = await writeReportFiles(labReport, { outDir: dir, formats: ['html'], stamp });
  t.equal(second[0], join(dir, 'scp-preflight-20250314-092653-1.html'));
  t.equal(third[0], join(dir, 'scp-preflight-20250314-092653-2.html'));
  t.equal(readFileSync(earlier, 'utf8'), 'an earlier run', 'the earlier file is untouched');
  t.match(readFileSync(join(dir, 'latest.html'), 'utf8'), /^<!DOCTYPE html>/, 'latest is replaced');
  t.same(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
    'no temp files left',
  );
  t.end();
});

t.test('concurrent writers with the same stamp each get their own file', async (t) => {
  const dir = t.testdir();
  const results = await Promise.all(
    Array.from({ length: 8 }, () => writeReportFiles(labReport, { outDir: dir, formats: ['md'], stamp, latest: false })),
  );
  const names = results.map((r) => r[0]);
  t.equal(new Set(names).size, 8, 'eight distinct files');
  t.end();
});

t.test('the default stamp is the report start; the folder is created', async (t) => {
  const dir = join(t.testdir(), 'nested', 'out');
  const [file] = await writeReportFiles(labReport, { outDir: dir, formats: ['csv'], latest: false });
  t.equal(file, join(dir, `${stampName(new Date(labReport.startedAt))}.csv`));
  t.end();
});

t.test('parseFormats', (t) => {
  t.same(parseFormats(['json,html', 'md', 'HTML']), ['json', 'html', 'md']);
  t.throws(() => parseFormats('html,pdf'), { name: 'InputError', message: /unknown format "pdf"; choose from json, html, csv, junit, md/ });
  t.throws(() => parseFormats(','), { name: 'InputError' });
  t.end();
});

t.test('the render command re-renders a saved report next to it', async (t) => {
  const dir = t.testdir();
  const saved = join(dir, 'scp-preflight-run.json');
  writeFileSync(saved, JSON.stringify(labReport));
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string) => {
    stdout += chunk;
    return true;
  };
  try {
    await yargs(['render', saved, '--format', 'html,junit', '--format', 'md'])
      .command(renderCommand)
      .strict()
      .exitProcess(false)
      .parseAsync();
    await yargs(['render', saved, '--out', join(dir, 'out')])
      .command(renderCommand)
      .strict()
      .exitProcess(false)
      .parseAsync();
  } finally {
    process.stdout.write = write;
  }
  const base = stampName(new Date(labReport.startedAt));
  t.match(stdout, new RegExp(`wrote .*${base}\\.html\\n`));
  t.ok(readdirSync(dir).includes(`${base}.junit.xml`));
  t.ok(readdirSync(dir).includes('latest.md'));
  t.same(readdirSync(join(dir, 'out')).sort(), ['latest.html', `${base}.html`]);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"tool":{"name":"scp-preflight"},"schemaVersion":1}');
  await t.rejects(
    yargs(['render', bad])
      .command(renderCommand)
      .exitProcess(false)
      // yargs types `e` as Error, but calls fail() without one for its own validation messages.
      .fail((m: string, e: Error | undefined) => {
        throw e ?? new Error(m);
      })
      .parseAsync(),
    { name: 'InputError', message: /does not match schema/ },
  );
  await t.rejects(
    yargs(['render', saved, '--format', 'pdf'])
      .command(renderCommand)
      .exitProcess(false)
      // yargs types `e` as Error, but calls fail() without one for its own validation messages.
      .fail((m: string, e: Error | undefined) => {
        throw e ?? new Error(m);
      })
      .parseAsync(),
    { name: 'InputError', message: /unknown format "pdf"/ },
  );
});

t.test('prepareOutDir creates nested folders, accepts an existing one, and refuses a file or /proc child', async (t) => {
  const root = t.testdir();
  await prepareOutDir(join(root, 'a', 'b', 'c'));
  t.ok(statSync(join(root, 'a', 'b', 'c')).isDirectory());
  await prepareOutDir(join(root, 'a', 'b', 'c'));
  writeFileSync(join(root, 'file'), 'x');
  await t.rejects(prepareOutDir(join(root, 'file')), /ENOTDIR/);
  await t.rejects(prepareOutDir(join(root, 'file', 'sub')), /ENOTDIR/);
  if (process.platform === 'linux') await t.rejects(prepareOutDir('/proc/x/y'), /--out: cannot write reports into \/proc\/x\/y \(ENOENT\)/);
});

t.test('a report written in pieces is exactly their text, whatever their sizes and characters', async (t) => {
  const dir = t.testdir();
  // Small pieces, characters of 2, 3 and 4 UTF-8 bytes, a piece that fills the write buffer almost to the byte,
  // and one larger than it: each path of the buffered writer.
  const pieces = [
    'é→😀 ',
    ...Array.from({ length: 5000 }, (_, i) => `<tr><td>row ${i} · ✓</td></tr>\n`),
    'x'.repeat(Math.floor((1 << 20) / 3) - 7),
    '→'.repeat(400_000),
    '😀'.repeat(300_000),
    'end\n',
  ];
  const temp = await writeTemp(dir, 'html', pieces);
  t.equal(readFileSync(temp, 'utf8'), pieces.join(''), 'the file holds the pieces in order, byte for byte');
  const empty = await writeTemp(dir, 'html', []);
  t.equal(readFileSync(empty, 'utf8'), '', 'no pieces, an empty file');
  const few = await writeTemp(dir, 'html', ['<p>', 'é', '</p>\n']);
  t.equal(readFileSync(few, 'utf8'), '<p>é</p>\n', 'pieces that never fill what is gathered before encoding are written too');
  // A stream hands every piece over itself and pauses only when the buffer is full: the same bytes.
  let pauses = 0;
  const streamed = await writeTemp(dir, 'html', function* (take) {
    for (const piece of pieces) {
      if (!take(piece)) continue;
      pauses += 1;
      yield;
    }
  });
  t.equal(readFileSync(streamed, 'utf8'), pieces.join(''), 'a stream: the pieces in order, byte for byte');
  t.ok(pauses > 1 && pauses < pieces.length, 'it paused for each full buffer, not for each piece');
});

t.test('a large piece after small ones, when the buffer is full, comes after them', async (t) => {
  const dir = t.testdir();
  // 349,000 three-byte characters fill the 1 MB buffer to 1,047,000 bytes; the small pieces gathered after them no
  // longer fit, and the large piece behind them (encoded on its own, not joined) must wait behind them.
  const pieces = ['→'.repeat(349_000), ...Array.from({ length: 200 }, (_, i) => `<i>${i}</i>`), 'y'.repeat(2000), 'tail'];
  const file = await writeTemp(dir, 'html', pieces);
  t.equal(readFileSync(file, 'utf8'), pieces.join(''), 'in order, byte for byte');
});

t.test('pieces of every size in every order are written byte for byte', async (t) => {
  const dir = t.testdir();
  // A fixed pseudo-random sequence (the same every run): lengths around each threshold of the writer (joined text
  // encoded at 8,192 characters, the 1 MB buffer), with 1- to 4-byte UTF-8 characters.
  let seed = 20261203;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const alphabet = ['a', '<', 'é', '→', '😀', '\n'];
  const lengths = [0, 1, 255, 256, 257, 8191, 8192, 40_000, 340_000, 349_000];
  for (let round = 0; round < 4; round += 1) {
    const pieces = Array.from({ length: 3000 }, () => {
      const length = next(10) < 8 ? next(300) : (lengths[next(lengths.length)] as number);
      const unit = alphabet[next(alphabet.length)] as string;
      return unit.repeat(Math.ceil(length / unit.length));
    });
    const file = await writeTemp(dir, 'html', pieces);
    t.equal(readFileSync(file, 'utf8'), pieces.join(''), `round ${round}: ${pieces.join('').length} characters`);
  }
});
