import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { renderHtml } from '../../src/report/html/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { directReport } from '../fixtures/reports/direct-report.js';
import { hostileReport } from '../fixtures/reports/hostile-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';

/**
 * Opens the HTML report in a real headless Chromium (Debian's /usr/bin/chromium via playwright-core): nothing may
 * leave the page, nothing may log an error, no injected script may run — also with the CSP removed, so escaping is
 * proven on its own — and a screenshot and an A4 PDF are saved under test-artifacts/ for people to look at.
 */
const CHROMIUM = process.env.SCP_PREFLIGHT_CHROMIUM ?? '/usr/bin/chromium';
const REQUIRED = process.env.SCP_PREFLIGHT_REQUIRE_PROGRAMS === '1';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!existsSync(CHROMIUM)) {
  if (REQUIRED)
    t.fail(`${CHROMIUM} is missing and SCP_PREFLIGHT_REQUIRE_PROGRAMS=1: install Debian's chromium (apt-get install -y chromium)`);
  else
    t.plan(0, `real-browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium; CI sets SCP_PREFLIGHT_REQUIRE_PROGRAMS=1)`);
} else {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 30_000 });
  t.teardown(() => browser.close());
  mkdirSync(ARTIFACTS, { recursive: true });

  const open = async (name: string, html: string) => {
    const file = `${ARTIFACTS}${name}.html`;
    writeFileSync(file, html);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    // Record and refuse anything that is not the report file itself.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `file://${file}`) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return { page, context, requests, errors, file };
  };

  t.test('the lab report: no requests, no console errors, screenshot and A4 PDF', async (t) => {
    const html = renderHtml(applyWaivers(labReport, labWaivers, WAIVER_TODAY));
    const { page, context, requests, errors } = await open('report', html);
    t.same(requests, [], 'no network requests');
    t.same(errors, [], 'no console errors or warnings');
    t.equal(await page.locator('h2').count(), 5, 'five sections');
    t.equal(await page.locator('.verdict .word').textContent(), 'NOT READY');
    t.equal(await page.locator('table.fw tbody tr').count(), 12, 'firewall change request rows');
    t.equal(await page.locator('script').count(), 0, 'no script elements at all');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    t.ok(scrollWidth <= 1280, `no horizontal overflow on screen (${scrollWidth}px)`);
    await page.screenshot({ path: `${ARTIFACTS}report.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 720, height: 1000 }); // A4 content width at 96 dpi
    const printWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    t.ok(printWidth <= 720, `tables fit the A4 width in print (${printWidth}px)`);
    const pdf = await page.pdf({ path: `${ARTIFACTS}report.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true });
    t.ok(pdf.length > 10_000, 'a PDF was printed');
    t.same(requests, [], 'still no network requests after printing');
    await context.close();
  });

  t.test('the --compare-direct report: the Direct column fits the screen and A4', async (t) => {
    const { page, context, requests, errors } = await open('report-direct', renderHtml(directReport));
    t.same(requests, [], 'no network requests');
    t.same(errors, [], 'no console errors or warnings');
    t.equal(
      await page.locator('table.fw').first().locator('thead th').count(),
      7,
      'a Direct column next to Observed (the action table; the open rows fold into a second one)',
    );
    t.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1280, 'no horizontal overflow on screen');
    await page.screenshot({ path: `${ARTIFACTS}report-direct.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 720, height: 1000 });
    t.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 720, 'tables fit the A4 width in print');
    await context.close();
  });

  for (const csp of [true, false]) {
    t.test(`the hostile report ${csp ? 'as written' : 'with its CSP removed (escaping alone)'}: nothing injected runs`, async (t) => {
      let html = renderHtml(hostileReport);
      if (!csp) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      const { page, context, requests, errors } = await open(csp ? 'hostile' : 'hostile-no-csp', html);
      t.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'no injected script ran');
      t.equal(await page.locator('script, img, svg, iframe, object, embed').count(), 0, 'no injected elements');
      t.equal(
        await page.evaluate(
          () =>
            Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on')))
              .length,
        ),
        0,
        'no event handlers',
      );
      t.equal(
        await page.evaluate(
          () => Array.from(document.querySelectorAll('a')).filter((a) => !/^(https?:|#)/.test(a.getAttribute('href') ?? '')).length,
        ),
        0,
        'only http(s) and in-page links',
      );
      t.match(await page.locator('body').textContent(), /<script>window.__pwned=1<\/script>/, 'the hostile text is visible as text');
      t.same(requests, [], 'no network requests');
      t.same(errors, [], 'no console errors');
      if (csp) await page.screenshot({ path: `${ARTIFACTS}hostile.png`, fullPage: true });
      await context.close();
    });
  }

  t.test('the JUnit XML of the hostile report parses as XML in the browser', async (t) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const result = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror');
      return {
        error: error?.textContent ?? null,
        cases: doc.querySelectorAll('testcase').length,
        failures: doc.querySelectorAll('testcase > failure').length,
      };
    }, renderJunit(hostileReport));
    t.equal(result.error, null, 'well-formed');
    t.equal(result.cases, hostileReport.endpoints.length + hostileReport.rules.length);
    t.ok(result.failures > 0);
    await context.close();
  });
}
