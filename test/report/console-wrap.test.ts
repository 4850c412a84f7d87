import t from 'tap';
import { visibleWidth } from '../../src/report/console-wrap.js';
import { seededRandom } from '../helpers/seeded-random.js';

/** The rule visibleWidth keeps, without its shortcut: colour sequences out, then one column per code point. */
// eslint-disable-next-line no-control-regex -- ESC starts the colour sequences.
const byCodePoints = (text: string): number => Array.from(text.replace(/\u001b\[[0-9;]*m/g, '')).length;

t.test('visibleWidth counts columns: colour sequences take none, a surrogate pair takes one', async (t) => {
  const cases: [string, number][] = [
    ['', 0],
    ['--proxy-password-file  File whose first line', 44],
    ['\u001b[31mFAIL\u001b[0m', 4],
    ['\u001b[1;32mPASS\u001b[39;22m host', 9],
    ['host × endpoint', 15],
    ['\u{1F512} TLS', 5],
    ['\ud800 lone', 6],
    ['ESC alone \u001b', 11],
  ];
  for (const [text, width] of cases) {
    t.equal(visibleWidth(text), width, JSON.stringify(text));
    t.equal(visibleWidth(text), byCodePoints(text), `${JSON.stringify(text)}: the rule`);
  }
});

t.test('visibleWidth keeps the rule on random texts of ASCII, colour sequences, pairs and lone halves', async (t) => {
  const parts = ['a', ' ', '-', '\u001b[31m', '\u001b[0m', '\u001b', '\u{1F512}', '\ud83d', '\ude00', '×', 'é', '['];
  const next = seededRandom(20261204);
  let wrong = 0;
  for (let i = 0; i < 20_000; i += 1) {
    let text = '';
    const length = Math.floor(next() * 12);
    for (let j = 0; j < length; j += 1) text += parts[Math.floor(next() * parts.length)] ?? '';
    if (visibleWidth(text) !== byCodePoints(text)) wrong += 1;
  }
  t.equal(wrong, 0, '20,000 texts measured as the rule measures them');
});
