import t from 'tap';
import { breakable, each, escapeHtml, type Html, html, htmlPieces, join, link, trusted } from '../../src/report/html/escape.js';

// Issue 10: markup is kept as pieces and joined only when written; the text and its escaping must not change.
t.test('markup built from pieces reads the same, escaped, whether joined or walked', async (t) => {
  const row = (text: string, n: number) => html`<td>${text}</td><td>${n}</td>`;
  const rows = [row('<script>', 0), row('a & "b"', 2)];
  const list = join(['x<', trusted('<br>'), 'y'], ', ');
  const anchor = link('https://e.test/?a=1&b=2', 'go');
  const markup = html`<table>${rows}${null}${undefined}${false}${''}</table>${list}${anchor}${breakable('a.b/c')}`;
  const expected =
    '<table><td>&lt;script&gt;</td><td>0</td><td>a &amp; &quot;b&quot;</td><td>2</td></table>x&lt;, <br>, y' +
    '<a href="https://e.test/?a=1&amp;b=2">go</a><span class="host">a.<wbr>b/<wbr>c</span>';
  t.equal(markup.__html, expected);
  t.equal([...htmlPieces(markup)].join(''), expected);
  t.equal(html`${markup}`.__html, expected, 'a fragment inside a fragment is not escaped again');
  t.same([...htmlPieces(trusted('<p>'))], ['<p>'], 'a trusted constant is one piece');
});

t.test('each: the same markup as a mapped list, rendered only while it is walked', async (t) => {
  const items = ['a<b', 'c&d', 'plain'];
  let calls = 0;
  const render = (item: string, i: number): Html => {
    calls += 1;
    return html`<li data-i="${i}">${item}</li>`;
  };
  const lazy = html`<ul>${each(items, render)}</ul>`;
  t.equal(calls, 0, 'nothing is rendered when the markup is built');
  const mapped = html`<ul>${items.map(render)}</ul>`.__html;
  calls = 0;
  t.equal([...htmlPieces(lazy)].join(''), mapped, 'walked: the same text, item by item');
  t.equal(calls, items.length, 'each item rendered once per walk');
  t.equal(lazy.__html, mapped, 'joined: the same text again');
  t.equal(html`${each([], render)}`.__html, '', 'no items, no markup');
  t.equal(html`<p>${each(['x'], () => 'a "quote"')}</p>`.__html, '<p>a &quot;quote&quot;</p>', 'text from render is escaped');
});

t.test('escapeHtml returns text that needs nothing as it is, and escapes the rest', async (t) => {
  t.equal(escapeHtml('host.example.com'), 'host.example.com');
  t.equal(escapeHtml(`<a href='x'>&"</a>`), '&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;');
  t.equal(escapeHtml('bell\u0007 and \uD800 lone'), 'bell\uFFFD and \uFFFD lone');
  t.equal(escapeHtml('pair \uD83D\uDE00 ok\tand\nlines'), 'pair \uD83D\uDE00 ok\tand\nlines', 'a surrogate pair, tab and newline stay');
  for (const round of [1, 2, 3]) t.equal(escapeHtml('x&y'), 'x&amp;y', `call ${round}: the test keeps no state between calls`);
});
