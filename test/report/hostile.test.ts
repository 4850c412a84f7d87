import t from 'tap';
import { CSV_COLUMNS, csvField, renderCsv } from '../../src/report/csv.js';
import { renderJson } from '../../src/report/file-formats.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import { FORMULAS, hostileReport } from '../fixtures/reports/hostile-report.js';
import { parseCsv } from '../fixtures/reports/parse-csv.js';

t.test('HTML: no markup, handler or javascript: URL from the report survives as markup', (t) => {
  const html = renderHtml(hostileReport);
  for (const tag of ['<script', '<img', '<svg', '<iframe']) t.notOk(html.toLowerCase().includes(tag), `no ${tag}`);
  t.notMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'no event handler attribute inside any tag');
  t.notMatch(html, /href\s*=\s*["']?\s*javascript:/i, 'no javascript: link');
  t.match(html, /&lt;script&gt;window.__pwned=1&lt;\/script&gt;/, 'the text is shown, escaped');
  // eslint-disable-next-line no-control-regex -- the assertion is that no C0 control character (but tab, LF, CR) appears
  t.notMatch(html, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, 'no control characters');
  // Tags in the output are only ours: every tag name belongs to a small allow-list.
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] ?? '').toLowerCase()));
  const allowed = new Set([
    '!doctype',
    'html',
    'head',
    'meta',
    'title',
    'style',
    'body',
    'main',
    'header',
    'nav',
    'ol',
    'ul',
    'li',
    'a',
    'section',
    'div',
    'span',
    'h1',
    'h2',
    'h3',
    'p',
    'dl',
    'dt',
    'dd',
    'table',
    'caption',
    'colgroup',
    'col',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'b',
    'code',
    'pre',
    'article',
    'i',
    'br',
    'wbr',
    'footer',
    'details',
    'summary',
  ]);
  t.same(
    [...tags].filter((x) => !allowed.has(x)),
    [],
    'only our own elements',
  );
  t.end();
});

t.test('CSV: RFC 4180 parses, formula prefixes are neutralised, values round-trip', (t) => {
  const rows = parseCsv(renderCsv(hostileReport));
  t.same(rows[0], [...CSV_COLUMNS]);
  for (const row of rows.slice(1)) {
    t.equal(row.length, CSV_COLUMNS.length, 'every row has every column');
    for (const field of row) t.notMatch(field, /^[=+\-@\t\r]/, `field is not a formula: ${field.slice(0, 30)}`);
  }
  const destinations = rows.slice(1).map((r) => r[0]);
  t.ok(destinations.includes(`'${FORMULAS[0]}`), 'a leading = gets a single quote and keeps its text');
  t.ok(
    destinations.some((d) => d?.startsWith(`'${FORMULAS[3]}`)),
    'a leading @ gets a single quote',
  );
  t.end();
});

t.test('csvField per OWASP and RFC 4180', (t) => {
  const cases: [string | number | null, string][] = [
    ['plain.example', 'plain.example'],
    [443, '443'],
    [null, ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=a,b', `"'=a,b"`],
    ['a=b', 'a=b'],
  ];
  for (const [input, expected] of cases) t.equal(csvField(input), expected, JSON.stringify(input));
  t.end();
});

t.test('JUnit: well-formed XML with only our elements; hostile text escaped', (t) => {
  const xml = renderJunit(hostileReport);
  t.notMatch(xml, /<!\[CDATA\[/, 'no CDATA sections to break out of');
  // eslint-disable-next-line no-control-regex -- the assertion is that no character XML 1.0 forbids (C0 but tab, LF, CR) appears
  t.notMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, 'no characters XML 1.0 forbids');
  const tags = new Set([...xml.matchAll(/<\/?([a-zA-Z?][a-zA-Z0-9-]*)/g)].map((m) => m[1]));
  t.same(
    [...tags].sort(),
    ['?xml', 'failure', 'properties', 'property', 'skipped', 'system-out', 'testcase', 'testsuite', 'testsuites'].sort(),
  );
  t.notMatch(xml.replace(/&(amp|lt|gt|quot|apos);/g, ''), /&/, 'every & starts an entity');
  // Attribute values never contain a raw quote or <.
  for (const m of xml.matchAll(/ [a-z]+="([^"]*)"/g)) t.notMatch(m[1] ?? '', /</);
  t.match(xml, /\]\]&gt;/, ']]> is escaped');
  t.end();
});

t.test('Markdown: outside code, every markup character from the report is escaped', (t) => {
  const md = renderMarkdown(hostileReport);
  const prose = md
    .replace(/^( *)(`{3,})[^\n]*\n[\s\S]*?\n\1\2\n/gm, '') // fenced blocks are literal
    .replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, ''); // code spans are literal
  t.notMatch(prose, /(?<!\\)<(?!\/?(?:br)>)/, 'no unescaped <');
  t.notMatch(prose, /(?<!\\)\[/, 'no unescaped [ (links, images)');
  t.notMatch(prose, /^#(?!#? )/m, 'no heading that is not ours');
  t.notMatch(md, /\njavascript:/, 'no bare javascript: line');
  // CommonMark: a fence closes only on a run of backticks at least as long as the one that opened it.
  let open = 0;
  for (const line of md.split('\n')) {
    const run = /^ *(`{3,})(.*)$/.exec(line);
    if (open === 0 && run) open = run[1]?.length ?? 0;
    else if (open > 0 && run && (run[1]?.length ?? 0) >= open && run[2]?.trim() === '') open = 0;
  }
  t.equal(open, 0, 'every fence is closed by its own fence, not by a line of evidence');
  // Table rows keep their column count: unescaped pipes only as separators.
  for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
    const cells = line.replace(/\\\|/g, '').split('|').length;
    t.ok(cells === 7 || cells === 8, `table row has its columns: ${line.slice(0, 40)}`);
  }
  t.end();
});

t.test('JSON: the hostile report is still a valid report and round-trips exactly', (t) => {
  t.same(reportSchemaErrors(JSON.parse(renderJson(hostileReport))), []);
  t.same(JSON.parse(renderJson(hostileReport)), hostileReport);
  t.end();
});
