import t from 'tap';
import { breakable } from '../../src/report/html/escape.js';

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
