import t from 'tap';
import { renderJson } from '../../src/report/file-formats.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reportSchemaErrors } from '../../src/report/read-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { nxdomainReport } from '../fixtures/reports/catalog-report.js';

const report = nxdomainReport();
const cause = report.rootCauses![0]!;

t.test('the JSON report carries the root cause and validates against the schema', (t) => {
  const json = JSON.parse(renderJson(report)) as typeof report;
  t.equal(json.rootCauses?.[0]?.code, 'DNS_NXDOMAIN');
  t.same(reportSchemaErrors(json), []);
  t.same(reportSchemaErrors({ ...json, rootCauses: [{ ...cause, code: 'NOT_A_CODE' }] }).length > 0, true, 'an unknown code is refused');
  t.end();
});

t.test('HTML says it under the verdict, before the firewall table', (t) => {
  const html = renderHtml(report);
  const at = html.indexOf('aria-label="Root cause"');
  t.ok(at > html.indexOf('aria-label="Verdict"') && at < html.indexOf('id="firewall"'));
  t.ok(html.includes('This host cannot resolve any internet name'));
  t.notOk(renderHtml(labReport).includes('aria-label="Root cause"'), 'no block without a root cause');
  t.end();
});

t.test('Markdown says it after the verdict, before the firewall changes', (t) => {
  const md = renderMarkdown(report);
  const at = md.indexOf('> **Root cause**');
  t.ok(at > md.indexOf('**Verdict:**') && at < md.indexOf('## Firewall changes needed'));
  t.match(md, /> \*\*Fix:\*\* Check this host's DNS servers/);
  t.end();
});

t.test('JUnit carries it as a property of the endpoints suite', (t) => {
  t.match(renderJunit(report), /<property name="rootCause" value="DNS_NXDOMAIN: This host cannot resolve any internet name/);
  t.notMatch(renderJunit(labReport), /rootCause/);
  t.end();
});

t.test('a report written before rootCauses existed shows the same cause when re-rendered', (t) => {
  const older = { ...report };
  Reflect.deleteProperty(older, 'rootCauses');
  t.match(renderMarkdown(older), /> \*\*Root cause\*\* .*This host cannot resolve any internet name/);
  t.ok(renderHtml(older).includes('aria-label="Root cause"'));
  t.end();
});
