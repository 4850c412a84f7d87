import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import t from 'tap';
import { asciiOnly, bundle } from '../../scripts/package/bundle.mjs';

// Issue 10: the executable holds its bundle's text for as long as it runs, and one character above U+007F makes V8
// hold all of it as UTF-16. asciiOnly escapes them; what the code means must not change.

const NON_ASCII = /[^\0-\x7f]/;

t.test('escaped to ASCII, the code gives the same values: strings, templates, regular expressions, names', (t) => {
  const source = [
    'const tag = (strings, ...values) => strings.join("|") + values.join("|");',
    'const café = "naïve → ok";',
    'const tagged = tag`<span class="arrow">→</span>${1} · ${2} — fin`;',
    'const plain = `${café} ✓ 😀`;',
    'const punct = /[.。]$/.test("end。");',
    'const emoji = /^[😀]$/u.test("😀");',
    '({ café, tagged, plain, punct, emoji, length: plain.length })',
  ].join('\n');
  const escaped = asciiOnly(source);
  t.notOk(NON_ASCII.test(escaped), 'nothing above U+007F is left');
  t.same(vm.runInNewContext(escaped), vm.runInNewContext(source), 'the same values as the original code');
  t.equal(asciiOnly('const a = "plain";'), 'const a = "plain";', 'ASCII code comes back as it was');
  t.end();
});

t.test('refuses the two places where an escape would change the meaning', (t) => {
  t.throws(() => asciiOnly('const a = "\\→";'), /after a backslash/, 'an escaped non-ASCII character');
  t.throws(() => asciiOnly('const a = String.raw`→`;'), /String\.raw/, 'a String.raw template, taken as written');
  t.end();
});

t.test('the bundle the executables run is ASCII only and runs', async (t) => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out = join(t.testdir(), 'bundle.cjs');
  await bundle(root, 'src/cli/main.ts', out);
  const text = readFileSync(out, 'utf8');
  const at = text.search(NON_ASCII);
  t.equal(at, -1, at === -1 ? 'ASCII only' : `a non-ASCII character at ${at}: ${text.slice(at - 40, at + 10)}`);
  const version = spawnSync(process.execPath, [out, '--version'], { encoding: 'utf8', env: {} });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  t.equal(version.stdout.trim(), pkg.version, `node bundle.cjs --version (stderr: ${version.stderr.trim().slice(0, 200)})`);
});
