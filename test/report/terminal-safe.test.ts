/* eslint-disable no-control-regex -- the assertions look for control characters in the console output. */
import t from 'tap';
import type { Report } from '../../src/model/report.js';
import { renderConsole, renderVerdictLine } from '../../src/report/console.js';
import { terminalSafe, terminalSafeReport } from '../../src/report/terminal-safe.js';
import { labReport } from '../fixtures/reports/lab-report.js';

// A hostile server's status text, header or certificate name reaches the console views: its escape sequences must
// be printed as text, never obeyed by the admin's terminal (retitling the window, clearing the screen, hiding a
// FAIL by moving the cursor, or reordering a line with bidirectional overrides).
const HOSTILE = 'Forbidden\u001b]0;pwned\u0007 \u001b[2J\u001b[1A\rPASS\u009b31m \u202eesrever\u202c\tend\u0008';

t.test('terminalSafe: what a terminal acts on becomes U+FFFD; text, line feeds and other scripts stay', async (t) => {
  t.equal(terminalSafe(HOSTILE), 'Forbidden\uFFFD]0;pwned\uFFFD \uFFFD[2J\uFFFD[1A\uFFFDPASS\uFFFD31m \uFFFDesrever\uFFFD end\uFFFD');
  t.equal(terminalSafe('proxy.contoso.com: 407 — Müller 😀\nnext line'), 'proxy.contoso.com: 407 — Müller 😀\nnext line');
  t.equal(terminalSafe('a\tb'), 'a b', 'a tab is a space');
});

t.test('the console view prints no escape sequence taken from a report, and shares unchanged parts', async (t) => {
  const [first, ...rest] = labReport.endpoints;
  if (first === undefined) throw new Error('the lab report has endpoints');
  const hostile: Report = { ...labReport, endpoints: [{ ...first, status: 'fail', message: HOSTILE }, ...rest] };
  const plain = renderConsole(hostile, { color: false, width: 160 });
  t.notMatch(plain, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/, 'no control or override character, colour off');
  t.match(plain, 'Forbidden\uFFFD]0;pwned', 'the hostile text is shown, defused');
  const coloured = renderConsole(hostile, { color: true, width: 160 });
  const sequences = coloured.match(/\u001b\[[0-9;]*[A-Za-z]/g) ?? [];
  t.ok(sequences.length > 0, 'the view still colours its own words');
  t.same([...new Set(sequences.filter((s) => !/^\u001b\[[0-9;]*m$/.test(s)))], [], 'every escape sequence is a colour of ours');
  t.notMatch(coloured, /\u001b\]/, 'no operating-system command (window title)');
  t.notMatch(renderVerdictLine(hostile, { color: false }), /[\u0000-\u001F]/, 'the verdict line too');
  const safe = terminalSafeReport(hostile);
  t.equal(safe.endpoints[1], hostile.endpoints[1], 'an endpoint with nothing to change is the same object');
  t.equal(terminalSafeReport(labReport), labReport, 'a clean report is returned as it is');
});
