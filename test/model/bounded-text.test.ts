import t from 'tap';
import { boundOptional, boundText, mapStrings, TEXT_LIMIT } from '../../src/model/bounded-text.js';

t.test('boundText keeps short strings and elides long ones with their size', async (t) => {
  const short = 'HTTP/1.1 200 OK';
  t.equal(boundText(short), short);
  t.equal(boundText('x'.repeat(TEXT_LIMIT)), 'x'.repeat(TEXT_LIMIT), 'exactly the limit is kept');
  const long = boundText('x'.repeat(1024 * 1024));
  t.equal(long, `${'x'.repeat(TEXT_LIMIT)}…(1048576 bytes)`);
  t.equal(boundText('é'.repeat(10), 4), 'éééé…(20 bytes)', 'the size is in UTF-8 bytes');
  t.equal(boundText(`${'a'.repeat(3)}😀tail`, 4), 'aaa…(11 bytes)', 'a surrogate pair is never split');
  t.equal(boundText('abc', 10, 5000), 'abc…(5000 bytes)', 'an already cut string names its original size');
  t.equal(boundOptional(null), null);
  t.equal(boundOptional(undefined), null);
});

t.test('mapStrings reaches every string and list, and returns the same object when nothing changed', async (t) => {
  const value = { a: 'short', nested: { list: ['x', 'y'], n: 3, none: null }, flag: true };
  t.equal(
    mapStrings(value, (s) => s),
    value,
    'unchanged: same object',
  );
  const upper = mapStrings(value, (s) => s.toUpperCase());
  t.same(upper, { a: 'SHORT', nested: { list: ['X', 'Y'], n: 3, none: null }, flag: true });
  t.equal(value.a, 'short', 'the input is not modified');
  const many = mapStrings({ list: Array.from({ length: 1000 }, (_, i) => i) }, (s) => s, 256);
  t.equal(many.list.length, 256, 'lists are cut');
});

t.test('mapStrings copies only what changed: untouched branches stay the same objects', async (t) => {
  const value = { kept: { list: ['a', 'b'] }, changed: { list: ['a', 'SECRET', 'c'], n: 1 } };
  const out = mapStrings(value, (s) => s.replace('SECRET', '***'));
  t.same(out, { kept: { list: ['a', 'b'] }, changed: { list: ['a', '***', 'c'], n: 1 } });
  t.equal(out.kept, value.kept, 'an unchanged branch is shared, not copied');
  t.not(out.changed, value.changed, 'a changed branch is a copy');
  t.same(value.changed.list, ['a', 'SECRET', 'c'], 'the input is not modified');
  const cut = mapStrings({ list: ['x', 'y', 'z'] }, (s) => s, 2);
  t.same(cut.list, ['x', 'y'], 'a cut list with no changed string is still cut');
});
