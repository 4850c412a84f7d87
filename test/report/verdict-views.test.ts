import t from 'tap';
import { exitCodeOf, judgeReport, reportTotals } from '../../src/model/verdict.js';
import { renderConsole } from '../../src/report/console.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderJson } from '../../src/report/file-formats.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { EndpointResult, Report } from '../../src/model/report.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { afterReport } from '../fixtures/reports/after-report.js';
import { directReport } from '../fixtures/reports/direct-report.js';
import { hostileReport } from '../fixtures/reports/hostile-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { parseCsv } from '../fixtures/reports/parse-csv.js';
import { labWaivers, WAIVER_TODAY } from '../fixtures/reports/waivers.js';

/** A report changed the way a run would produce it: the totals recomputed by the one place that decides. */
function variant(report: Report, change: { endpoints?: EndpointResult[]; settings?: Partial<Report['settings']> }): Report {
  const settings = { ...report.settings, ...change.settings };
  const endpoints = change.endpoints ?? [...report.endpoints];
  return { ...report, ...reportTotals(endpoints, report.rules, settings), settings, endpoints };
}

const stop = (e: EndpointResult): EndpointResult => ({
  ...e,
  status: 'skip',
  code: 'RUN_STOPPED',
  message: 'The run was stopped before this probe finished.',
  remediation: null,
});
const passing = (r: Report): Report => ({ ...r, rules: r.rules.filter((x) => x.status !== 'fail') });

const bases: Record<string, Report> = {
  lab: labReport,
  after: afterReport,
  direct: directReport,
  hostile: hostileReport,
  'lab with waivers': applyWaivers(labReport, labWaivers, WAIVER_TODAY),
};
const variants: Record<string, (r: Report) => Report> = {
  'as is': (r) => r,
  'offline SCP': (r) => variant(r, { settings: { networkInformational: true } }),
  'offline SCP, rules passing': (r) => variant(passing(r), { settings: { networkInformational: true } }),
  'rules only': (r) => variant(r, { endpoints: [], settings: { networkChecked: false } }),
  'rules only, rules passing': (r) => variant(passing(r), { endpoints: [], settings: { networkChecked: false } }),
  'run stopped, nothing else failing': (r) =>
    variant(passing(r), { endpoints: r.endpoints.map((e) => (e.status === 'pass' ? e : stop(e))) }),
  'run stopped, offline SCP': (r) => variant(passing(r), { endpoints: r.endpoints.map(stop), settings: { networkInformational: true } }),
  strict: (r) => variant(r, { settings: { strict: true } }),
  simulation: (r) => variant(r, { settings: { simulation: true } }),
};

/** What each view says the verdict is, as a reader or a CI system reads it. */
function viewVerdicts(report: Report): Record<string, 'ready' | 'not-ready'> {
  const word = (text: string | undefined): 'ready' | 'not-ready' => (text?.startsWith('NOT READY') ? 'not-ready' : 'ready');
  const junit = renderJunit(report);
  const top = /<testsuites [^>]*failures="(\d+)" errors="(\d+)"/.exec(junit);
  const html = renderHtml(report);
  return {
    json: (JSON.parse(renderJson(report)) as Report).verdict,
    console: word(renderConsole(report, { color: false }).trimEnd().split('\n').at(-1)),
    html: word(/<div class="word">([^<]*)<\/div>/.exec(html)?.[1]),
    'html title': word(/<title>SCP readiness: ([^<]*)<\/title>/.exec(html)?.[1]),
    md: word(/^# SCP readiness: (.*)$/m.exec(renderMarkdown(report))?.[1]),
    junit: top && Number(top[1]) + Number(top[2]) > 0 ? 'not-ready' : 'ready',
  };
}

t.test('every view of every fixture agrees with the exit code', async (t) => {
  for (const [base, report] of Object.entries(bases)) {
    for (const [name, make] of Object.entries(variants)) {
      const r = make(report);
      const exit = exitCodeOf(r.verdict);
      t.equal(judgeReport(r).verdict, r.verdict, `${base}, ${name}: the views' judgement is the report's verdict`);
      for (const [view, verdict] of Object.entries(viewVerdicts(r))) {
        t.equal(exitCodeOf(verdict), exit, `${base}, ${name}: ${view} says ${verdict}, exit ${exit}`);
      }
    }
  }
});

t.test('offline SCP: READY with no JUnit failure, and the headline says why', async (t) => {
  const r = variants['offline SCP, rules passing']!(labReport);
  t.equal(r.verdict, 'ready');
  t.equal(r.headline, 'READY WITH WARNINGS (offline SCP; network results informational)');
  const junit = renderJunit(r);
  t.match(junit, /<testsuites [^>]*failures="0" errors="0"/, 'the pipeline passes, as the exit code does');
  t.match(junit, /<skipped message="Informational \(offline SCP, SCP-OFFLINE-MODE\) — DNS_NXDOMAIN: /);
  t.match(
    renderMarkdown(r),
    new RegExp(
      String.raw`\*\*Verdict:\*\* Offline SCP \(SCP-OFFLINE-MODE\): the \d+ endpoint results of this host are` +
        String.raw` informational and do not affect the verdict \(\d+ did not pass\)\.`,
    ),
  );
  t.notMatch(renderHtml(r), /Every endpoint and prerequisite/, 'no claim about endpoints that did not count');
  t.match(renderConsole(r, { color: false }), /Offline SCP \(SCP-OFFLINE-MODE\)/);
});

t.test('rules only: NETWORK NOT CHECKED in every view and in the JSON', async (t) => {
  const r = variants['rules only, rules passing']!(labReport);
  t.equal(r.verdict, 'ready', 'the verdict covers the rules: exit 0 when they pass');
  t.equal(r.headline, 'READY WITH WARNINGS (rules only; NETWORK NOT CHECKED)');
  const json = JSON.parse(renderJson(r)) as Report;
  t.equal(json.settings.networkChecked, false, 'machine field');
  t.match(json.headline, /NETWORK NOT CHECKED/);
  const console = renderConsole(r, { color: false });
  t.match(console.trimEnd().split('\n').at(-1), /^READY WITH WARNINGS \(rules only; NETWORK NOT CHECKED\): /, 'the --quiet line says it');
  t.match(console, /NETWORK NOT CHECKED: this run judged the prerequisite rules only/);
  const html = renderHtml(r);
  t.match(html, /<div class="word">READY WITH WARNINGS \(rules only; NETWORK NOT CHECKED\)<\/div>/);
  t.match(html, /class="verdict verdict-warn"/, 'not the green banner');
  t.match(
    html,
    /<h2 id="firewall-h">Firewall change request<\/h2>\n<p class="lead"><b>NETWORK NOT CHECKED\.<\/b>/,
    'no empty firewall table',
  );
  t.notMatch(html, /<table class="fw/);
  t.notMatch(html, /Every endpoint/);
  const md = renderMarkdown(r);
  t.match(md, /^# SCP readiness: READY WITH WARNINGS \(rules only; NETWORK NOT CHECKED\)\n/);
  t.match(md, /> \*\*NETWORK NOT CHECKED\*\*/);
  t.match(md, /## Firewall changes needed\n\nNot known: the network was not checked/, 'not "None."');
  const junit = renderJunit(r);
  t.match(
    junit,
    /<testcase classname="scp-preflight.endpoints" name="NETWORK NOT CHECKED"[^>]*>\n\s*<skipped message="NETWORK NOT CHECKED: /,
  );
  t.match(junit, /<property name="networkChecked" value="false"\/>/);
  t.equal(
    renderCsv(r)
      .split('\r\n')
      .filter((l) => l !== '').length,
    1,
    'CSV: the header row, no firewall row claimed',
  );
});

t.test('a run stopped by --deadline or Ctrl-C is not ready, and says so', async (t) => {
  const r = variants['run stopped, nothing else failing']!(labReport);
  t.equal(r.verdict, 'not-ready');
  t.match(r.headline, /^NOT READY \(run stopped before \d+ probe\(s\) finished\)$/);
  t.match(renderJunit(r), /<testsuites [^>]*failures="0" errors="[1-9]\d*"/, 'JUnit: errors, not failures');
  t.match(renderJunit(r), /<error message="RUN_STOPPED: /);
  t.match(
    renderMarkdown(r),
    new RegExp(
      String.raw`The run was stopped \(--deadline or Ctrl-C\) before \d+ probes finished: nothing was measured about` +
        String.raw` those endpoints, so readiness is not proven\. Run the check again with a longer --deadline`,
    ),
  );
  const offline = variants['run stopped, offline SCP']!(labReport);
  t.equal(offline.verdict, 'ready', 'an offline SCP: endpoint results, stopped ones too, do not count');
});

t.test('a simulation says so in JUnit and CSV too', async (t) => {
  const r = variants.simulation!(labReport);
  const junit = renderJunit(r);
  t.match(junit, /<testsuites name="scp-preflight current: NOT READY \[SIMULATION: demo network on loopback, not the internet\]"/);
  t.match(junit, /<property name="simulation" value="true"\/>/);
  const csv = parseCsv(renderCsv(r));
  t.equal(csv[0]?.at(-1), 'simulation');
  t.ok(
    csv.length > 5 && csv.slice(1).every((row) => row.at(-1) === "SIMULATION: scp-preflight demo on loopback, not this site's network"),
    'on every row',
  );
  t.notMatch(renderCsv(labReport), /simulation/i, 'a real report keeps its columns');
});
