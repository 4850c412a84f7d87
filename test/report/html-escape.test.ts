import t from 'tap';
import { breakable, html, htmlPieces, join, link, trusted } from '../../src/report/html/escape.js';

// Issue 10: markup is kept as pieces and joined only when written; the text and its escaping must not change.
t.test('markup built from pieces reads the same, escaped, whether joined or walked', async (t) => {
  const row = (text: string, n: number) => html`<td>${text}</td><td>${n}</td>`;
  const markup = html`<table>${[row('<script>', 0), row('a & "b"', 2)]}${null}${undefined}${false}${''}</table>${join(['x<', trusted('<br>'), 'y'], ', ')}${link('https://e.test/?a=1&b=2', 'go')}${breakable('a.b/c')}`;
  const expected =
    '<table><td>&lt;script&gt;</td><td>0</td><td>a &amp; &quot;b&quot;</td><td>2</td></table>x&lt;, <br>, y' +
    '<a href="https://e.test/?a=1&amp;b=2">go</a><span class="host">a.<wbr>b/<wbr>c</span>';
  t.equal(markup.__html, expected);
  t.equal([...htmlPieces(markup)].join(''), expected);
  t.equal(html`${markup}`.__html, expected, 'a fragment inside a fragment is not escaped again');
  t.same([...htmlPieces(trusted('<p>'))], ['<p>'], 'a trusted constant is one piece');
});
