import t from 'tap';
import { visibleWidth } from '../../src/report/console-wrap.js';
import { renderTextTable } from '../../src/report/text-table.js';
import { seededRandom } from '../helpers/seeded-random.js';

// cli-table3 is the oracle (a development dependency only): the console's tables must look exactly as they did.
// @colors/colors decides at load whether to colour (a terminal, or FORCE_COLOR), so it is loaded after this.
process.env.FORCE_COLOR = '1';
const { default: Table } = await import('cli-table3');

/** No line between rows, as the console and `endpoints` asked cli-table3 for. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function cliTable3(head: string[], rows: string[][], widths: number[], color: boolean): string {
  const style = { head: color ? ['bold'] : [], border: color ? ['grey'] : [] };
  const table = new Table({ head, chars: COMPACT, colWidths: widths, wordWrap: false, style });
  for (const row of rows) table.push(row);
  return table.toString();
}

const next = seededRandom(4122026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const WORDS = ['PASS', 'FAIL', 'host1.bench.test', '443', 'CONNECT_TIMEOUT', 'a', '→ b.example', 'Fix:', '×', ''];

/** A cell of up to three lines, each fitting `room` columns, sometimes coloured as the console colours a status. */
function randomCell(room: number): string {
  const lines = Array.from({ length: Math.floor(next() * 4) }, () => {
    let line = '';
    for (let i = Math.floor(next() * 4); i > 0; i -= 1) {
      const word = pick(WORDS);
      if (visibleWidth(`${line} ${word}`) <= room) line = line === '' ? word : `${line} ${word}`;
    }
    return line;
  });
  const text = lines.join('\n');
  return text !== '' && !text.includes('\n') && next() < 0.2 ? `\u001b[31m${text}\u001b[39m` : text;
}

// eslint-disable-next-line no-control-regex -- ESC starts the colour sequence taken out.
const plain = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

t.test("tables are cli-table3's, byte for byte, plain and coloured", async (t) => {
  let compared = 0;
  let wrong = 0;
  for (let i = 0; i < 2_000; i += 1) {
    const widths = Array.from({ length: 1 + Math.floor(next() * 5) }, () => 3 + Math.floor(next() * 20));
    // A header is one plain line (the console colours only body cells).
    const head = widths.map((w) => plain(randomCell(w - 2).split('\n')[0] ?? ''));
    const rows = Array.from({ length: Math.floor(next() * 5) }, () => widths.map((w) => randomCell(w - 2)));
    for (const color of [false, true]) {
      compared += 1;
      const expected = cliTable3(head, rows, widths, color);
      const actual = renderTextTable(head, rows, { widths, color });
      if (actual !== expected) {
        wrong += 1;
        if (wrong <= 3) t.equal(actual, expected, JSON.stringify({ head, rows, widths, color }));
      }
    }
  }
  t.equal(wrong, 0, `${compared} random tables drawn as cli-table3 draws them`);
});

t.test('the console widths of a real table: header, multi-line cells, an empty column', async (t) => {
  const head = ['Status', 'Entry (→ host probed)', 'Port', 'Reason'];
  const rows = [
    ['FAIL', 'host3.bench.test', '42249', 'TCP connection to host3.bench.test\n(127.0.0.1) port 42249 got no answer'],
    ['PASS', '*.manage.microsoft.com\n→ a.manage.microsoft.com', '443', ''],
  ];
  const widths = [8, 27, 7, 40];
  t.equal(renderTextTable(head, rows, { widths, color: false }), cliTable3(head, rows, widths, false));
  t.equal(renderTextTable(head, rows, { widths, color: true }), cliTable3(head, rows, widths, true));
  t.equal(renderTextTable(head, [], { widths, color: false }), cliTable3(head, [], widths, false), 'a header alone');
});

t.test('a line too long for its column is broken, never cut', async (t) => {
  const text = renderTextTable(['Host'], [['configmgrbits.azureedge.net']], { widths: [16], color: false });
  t.equal(text, ['┌────────────────┐', '│ Host           │', '│ configmgrbits. │', '│ azureedge.net  │', '└────────────────┘'].join('\n'));
  t.notMatch(text, /…/, 'no ellipsis');
});
