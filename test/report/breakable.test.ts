import t from 'tap';
import { breakable, escapeHtml } from '../../src/report/html/escape.js';

// Where a host name, URL or address may wrap: only at the <wbr>s, and never inside a label (issue 13).
const cases: [string, string][] = [
  ['download.visualstudio.microsoft.com', '<span class="host">download.<wbr>visualstudio.<wbr>microsoft.<wbr>com</span>'],
  ['sccmconnected-a01.cloudapp.net', '<span class="host"><span class="nb">sccmconnected-a01.</span><wbr>cloudapp.<wbr>net</span>'],
  ['127.0.0.1:3128', '<span class="host">127.0.0.1:3128</span>'],
  [
    'http://proxy.contoso.com:8080/a?b=1',
    '<span class="host">http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080/<wbr>a?<wbr>b=<wbr>1</span>',
  ],
  ['<b>x.y</b>', '<span class="host">&lt;b&gt;x.<wbr>y&lt;/<wbr>b&gt;</span>'],
];

t.test('breaks after dots next to a letter, slashes and query separators only; hyphenated pieces kept whole; text escaped', (t) => {
  for (const [text, markup] of cases) t.equal(breakable(text).__html, markup, text);
  t.end();
});

/**
 * breakable's rule written the slow, obvious way (a split per text, a split per piece with spaces, escapeHtml per
 * word): breakable scans instead, and must agree on every text, escaped or not, spaced or not.
 */
function byTheRule(text: string): string {
  const word = (w: string): string => (w.includes('-') ? `<span class="nb">${escapeHtml(w)}</span>` : escapeHtml(w));
  const pieces = text.split(/(?<=[/?&=,])|(?<=\.)(?!\d)|(?<=\D\.)/);
  return `<span class="host">${pieces.map((p) => p.split(/(\s+)/).map(word).join('')).join('<wbr>')}</span>`;
}

t.test('agrees with the rule on 100,000 random texts of dots, digits, separators, hyphens, spaces and escapes', (t) => {
  // Half of the texts from the characters of host names and URLs (the scan), half with spaces and characters to
  // escape too (the split); a fixed seed, so a failure names a text that fails again.
  const plain = ['a', 'Z', '0', '7', '9', '.', '.', '-', '/', '?', '&', '=', ',', ':', ' ', '\u00a0', 'é', '_'];
  const more = [...plain, '\v', '<', '"', "'", '\u0001', '\ud83d', '\ude00'];
  let seed = 0x2f6e2b1;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  let differing: string | null = null;
  for (let i = 0; i < 100_000 && differing === null; i += 1) {
    const alphabet = i % 2 === 0 ? plain : more;
    let text = '';
    for (let n = random(14); n > 0; n -= 1) text += alphabet[random(alphabet.length)] ?? '';
    if (breakable(text).__html !== byTheRule(text)) differing = text;
  }
  t.equal(differing, null, 'no text where breakable and the rule differ');
  t.equal(breakable('').__html, '<span class="host"></span>');
  t.end();
});
