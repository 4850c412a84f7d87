import t from 'tap';
import { decodeText } from '../../src/evidence/decode-text.js';

const u16le = (s: string, bom = true) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(s, 'utf16le')]);
const u16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
};

t.test('encodings Windows tools write', async (t) => {
  const text = 'Aliasname     Administratoren\r\nDer Befehl wurde erfolgreich ausgeführt.\r\n';
  const cases: [string, Uint8Array, string][] = [
    ['UTF-16LE with BOM (Windows PowerShell 5.1 redirection)', u16le(text), 'utf-16le'],
    ['UTF-16LE without BOM', u16le(text, false), 'utf-16le'],
    ['UTF-16BE with BOM', u16be(text), 'utf-16be'],
    ['UTF-8 with BOM (Out-File -Encoding utf8)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['UTF-8 without BOM (PowerShell 7)', Buffer.from(text), 'utf-8'],
    ['Windows-1252 (not valid UTF-8)', Buffer.from(text, 'latin1'), 'windows-1252'],
  ];
  for (const [name, bytes, encoding] of cases) {
    const d = decodeText(bytes, 'f');
    t.equal(d.encoding, encoding, `${name}: encoding`);
    t.same(d.lines, ['Aliasname     Administratoren', 'Der Befehl wurde erfolgreich ausgeführt.'], `${name}: lines`);
  }
});

t.test('line ends', async (t) => {
  t.same(decodeText(Buffer.from('a\nb\r\nc\rd'), 'f').lines, ['a', 'b', 'c', 'd']);
  t.same(decodeText(Buffer.from(''), 'f').lines, []);
});
