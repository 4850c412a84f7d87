import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { indexLines, lineOf, readStructuredSource } from '../../src/model/structured-source.js';

// A .json input is read by JSON.parse alone when it is valid and repeats no key (issue 10: the YAML parse of a
// 2,000-entry catalog allocated 102 MB); these tests hold that the fast path gives the same data, the same lines
// and the same errors as the YAML path.
const dir = mkdtempSync(join(tmpdir(), 'scp-structured-'));
let n = 0;
function file(extension: string, text: string): string {
  n += 1;
  const path = join(dir, `input-${n}.${extension}`);
  writeFileSync(path, text);
  return path;
}

const JSON_TEXT = `{
  "edition": "2018",
  "entries": [
    { "text": "a.example", "ports": [443] },
    { "text": "b.example", "note": "\\"quoted\\": not a key", "ports": [80, 443] }
  ],
  "__proto__": { "kept": true }
}
`;

t.test('a valid .json file: the same data and the same lines as the same text read as YAML', async (t) => {
  const fast = readStructuredSource(file('json', JSON_TEXT), 'the catalog');
  const slow = readStructuredSource(file('yaml', JSON_TEXT), 'the catalog');
  t.same(fast.data, slow.data);
  t.ok(Object.hasOwn(fast.data as object, '__proto__'), '"__proto__" is a plain key, as the YAML path reads it');
  t.equal(lineOf(fast, ['entries', 1, 'ports']), 5);
  t.equal(lineOf(fast, ['entries', 1, 'ports']), lineOf(slow, ['entries', 1, 'ports']));
  t.equal(lineOf(fast, ['entries', 0, 'missing']), 4, 'a missing key: the line of its parent');
  t.same(indexLines(fast), indexLines(slow));
  t.same(fast.text, slow.text);
});

t.test('a repeated key in a .json file is an error with its line, as before', async (t) => {
  const text = '{\n  "a": { "x": 1,\n    "y": "x: \\"z\\"",\n    "x": 2 }\n}\n';
  t.throws(() => readStructuredSource(file('json', text), 'the catalog'), {
    message: /: line 4: not valid YAML\/JSON: Map keys must be unique/,
  });
  // The same key in two objects is not a repeat.
  const twoObjects = readStructuredSource(file('json', '[{ "x": 1 }, { "x": 2, "y": { "x": 3 } }]'), 'the catalog');
  t.same(twoObjects.data, [{ x: 1 }, { x: 2, y: { x: 3 } }]);
});

t.test('invalid JSON is still refused by the YAML path', async (t) => {
  t.throws(() => readStructuredSource(file('json', '{\n  "a": 1,\n  "b": \n}\n'), 'the catalog'), {
    message: /: (line \d+: )?not valid JSON: /,
  });
  t.throws(() => readStructuredSource(file('json', 'a: 1\n'), 'the catalog'), { message: /not valid JSON/ }, 'YAML in a .json file');
});
