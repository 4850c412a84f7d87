import t, { type Test } from 'tap';
import type { FailureCode } from '../../src/model/codes.js';
import {
  type RunSummary,
  SUMMARY_MAX_BYTES,
  SUMMARY_MAX_STORED_CHARS,
  clip,
  measure,
  renderSummary,
  summaryItems,
} from '../../src/report/summary.js';
import type { EndpointResult, Report } from '../../src/model/report.js';
import { reportTotals } from '../../src/model/verdict.js';
import { rootCauses } from '../../src/report/root-cause.js';
import { applyWaivers } from '../../src/waivers/apply.js';
import { connect, endpoint, stage } from '../fixtures/reports/build.js';
import { hostileReport } from '../fixtures/reports/hostile-report.js';
import { labReport } from '../fixtures/reports/lab-report.js';
import { WAIVER_TODAY, labWaivers } from '../fixtures/reports/waivers.js';
import { summarySchemaErrors } from '../helpers/summary-schema.js';

/** What Windows PowerShell 5.1 stores for a returned string: JSON-escaped, and `< > & '` and non-ASCII as \uXXXX. */
function storedLike51(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[<>&'\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The limits every summary line must keep, checked on the text exactly as printed (with its newline). */
function withinLimits(t: Test, line: string): void {
  t.ok(Buffer.byteLength(`${line}\n`, 'utf8') <= SUMMARY_MAX_BYTES, `≤ 4,096 bytes with the newline (${Buffer.byteLength(line) + 1})`);
  t.ok(storedLike51(line).length <= SUMMARY_MAX_STORED_CHARS, `stored form ≤ 4,000 characters (${storedLike51(line).length})`);
  t.notMatch(line, /\n/, 'one line');
}

t.test('the lab report: schema-valid, counts and verdict as the report says, worst first', (t) => {
  const line = renderSummary(labReport, 'C:\\reports\\scp-preflight-20250314-102653.json');
  withinLimits(t, line);
  const s = JSON.parse(line) as RunSummary;
  t.same(summarySchemaErrors(s), []);
  t.match(s, {
    summaryVersion: 2,
    reportSchemaVersion: 1,
    tool: 'scp-preflight',
    host: 'SCP01',
    fqdn: null,
    hostLabel: null,
    verdict: labReport.verdict,
    headline: 'NOT READY',
    network: 'checked',
    route: 'http',
    proxy: 'http://proxy.contoso.com:8080',
    fail: labReport.summary.fail,
    warn: labReport.summary.warn,
    pass: labReport.summary.pass,
    skip: labReport.summary.skip,
    scpServer: null,
    onScpServer: null,
    sourceAddresses: '10.20.4.17',
    clientProfile: labReport.settings.clientProfile?.id ?? null,
    rootCause: null,
    rootCauseRoute: null,
    rootCauseMessage: null,
    truncated: 0,
    report: 'C:\\reports\\scp-preflight-20250314-102653.json',
  });
  const rank = { fail: 0, warn: 1, waived: 2, skip: 3 } as const;
  const ranks = s.failing.map((i) => rank[i.status]);
  t.same(
    ranks,
    [...ranks].sort((a, b) => a - b),
    'fail, then warn, then waived, then skip',
  );
  const endpointItems = s.failing.filter((i) => 'host' in i);
  t.equal(new Set(endpointItems.map((i) => JSON.stringify(i))).size, endpointItems.length, 'no duplicate (code, host, port)');
  const nonPass = new Set(labReport.endpoints.filter((e) => e.status !== 'pass').map((e) => `${e.code}|${e.host}|${e.port}`));
  t.equal(endpointItems.length, nonPass.size, 'every non-pass endpoint once');
  t.ok(
    s.failing.some((i) => 'rule' in i && i.rule === 'SCP-DOTNET-TLS12'),
    'failing rules are listed by id',
  );
  t.notOk(
    s.failing.some((i) => 'rule' in i && i.rule === 'SCP-WINHTTP-PROXY'),
    'skipped rules are only counted',
  );
  t.end();
});

t.test('waived items show as waived, below warnings', (t) => {
  const waived = applyWaivers(labReport, labWaivers, WAIVER_TODAY);
  const s = JSON.parse(renderSummary(waived)) as RunSummary;
  t.same(summarySchemaErrors(s), []);
  t.equal(s.waived, waived.summary.waived);
  t.ok(s.failing.some((i) => i.status === 'waived'));
  t.end();
});

t.test('network state: not checked (rules only), informational (offline SCP), plan server match', (t) => {
  const rulesOnly: Report = { ...labReport, endpoints: [] };
  t.equal((JSON.parse(renderSummary(rulesOnly)) as RunSummary).network, 'not checked');
  const offline: Report = { ...labReport, settings: { ...labReport.settings, networkInformational: true } };
  t.equal((JSON.parse(renderSummary(offline)) as RunSummary).network, 'informational');
  const elsewhere: Report = { ...labReport, settings: { ...labReport.settings, scpServer: 'scp02.contoso.com' } };
  t.match(JSON.parse(renderSummary(elsewhere)), { scpServer: 'scp02.contoso.com', onScpServer: false });
  const here: Report = {
    ...labReport,
    host: { ...labReport.host, fqdn: 'scp01.contoso.com' },
    settings: { ...labReport.settings, scpServer: 'SCP01.contoso.com' },
  };
  t.match(JSON.parse(renderSummary(here)), { scpServer: 'SCP01.contoso.com', onScpServer: true, fqdn: 'scp01.contoso.com' });
  t.end();
});

/** `n` endpoints on one route that all failed with `code` (a root cause when n ≥ 3). */
function allFailing(n: number, code: FailureCode, route: EndpointResult['route'] = labReport.endpoints[0]!.route): EndpointResult[] {
  return Array.from({ length: n }, (_, i) =>
    endpoint({ entry: `h${i}.example.com`, group: 'general', status: 'fail', code, message: 'x', route }),
  );
}

t.test('the root cause that explains the most results, its route and sentence; the client profile', (t) => {
  const proxy = { kind: 'http', proxy: 'http://proxy.contoso.com:8080', reason: 'x' } as const;
  const direct = { kind: 'direct', proxy: null, reason: 'x' } as const;
  const endpoints = [
    ...allFailing(3, 'DNS_NXDOMAIN', direct),
    ...allFailing(5, 'PROXY_DENIED', proxy).map((e, i) => ({ ...e, host: `p${i}.example.com`, probeId: `p${i}` })),
  ];
  const causes = rootCauses(endpoints);
  t.equal(causes.length, 2, 'the fixture has two root causes, one per route');
  const report: Report = {
    ...labReport,
    ...reportTotals(endpoints, labReport.rules, { strict: false }),
    endpoints,
    rootCauses: causes,
    settings: {
      ...labReport.settings,
      clientProfile: {
        id: 'windows-2016',
        title: 'Windows Server 2016',
        chosenBy: 'flag',
        source: labReport.settings.catalog.provenance,
        offered: 'TLS 1.2',
        remarks: [],
        matrix: [],
      },
    },
  };
  const s = JSON.parse(renderSummary(report)) as RunSummary;
  t.same(summarySchemaErrors(s), []);
  const widest = causes.find((c) => c.route === 'http://proxy.contoso.com:8080');
  t.match(s, {
    rootCause: 'PROXY_DENIED',
    rootCauseRoute: 'http://proxy.contoso.com:8080',
    rootCauseMessage: widest?.message,
    clientProfile: 'windows-2016',
  });
  const reversed = JSON.parse(renderSummary({ ...report, rootCauses: [...causes].reverse() })) as RunSummary;
  t.equal(reversed.rootCause, 'PROXY_DENIED', 'the widest cause, whatever the order');
  const { clientProfile: _omitted, ...withoutProfile } = report.settings;
  const noProfile: Report = { ...report, settings: withoutProfile };
  t.equal((JSON.parse(renderSummary(noProfile)) as RunSummary).clientProfile, null, 'a report from before profiles');
  t.end();
});

const CODES: FailureCode[] = ['CONNECT_TIMEOUT', 'PROXY_DENIED', 'DNS_NXDOMAIN', 'TLS_INTERCEPTED'];
const LONG = 'a'.repeat(60);

/** `n` failing endpoints with 253-character names full of multi-byte and escaped characters. */
function failures(n: number): EndpointResult[] {
  return Array.from({ length: n }, (_, i) => {
    const host = `${i}.ü日本😀<&>'"\\\u0001.${LONG}.${LONG}.${LONG}.example`.slice(0, 253);
    const code = CODES[i % CODES.length]!;
    return endpoint({
      entry: host,
      group: 'general',
      host,
      status: code === 'TLS_INTERCEPTED' ? 'warn' : 'fail',
      code,
      message: 'x',
      stages: [
        stage('connect', 'fail', 1, { ...connect('203.0.113.9', 443, 'ETIMEDOUT'), localAddress: `10.0.${i % 250}.1:5${i % 1000}` }),
      ],
    });
  });
}

function hugeReport(n: number, hostile: boolean): Report {
  const endpoints = failures(n);
  const big = (c: string) => `${c}\u0001日本😀<>`.repeat(200);
  return {
    ...labReport,
    ...reportTotals(endpoints, labReport.rules, { strict: false }),
    host: hostile ? { hostname: big('h'), platform: 'x', node: 'v20', fqdn: big('f'), label: big('l') } : labReport.host,
    settings: hostile
      ? {
          ...labReport.settings,
          edition: big('e'),
          route: { kind: 'http', proxy: big('p'), reason: big('r') },
          scpServer: big('s'),
          clientProfile: {
            id: big('c'),
            title: big('t'),
            chosenBy: 'flag',
            source: labReport.settings.catalog.provenance,
            offered: big('o'),
            remarks: [],
            matrix: [],
          },
        }
      : labReport.settings,
    endpoints,
    ...(hostile
      ? {
          rootCauses: [
            {
              code: 'CONNECT_TIMEOUT',
              codes: ['CONNECT_TIMEOUT'],
              route: big('r'),
              results: n,
              probes: n,
              probeIds: [],
              message: big('m'),
              fix: big('f'),
            },
          ],
        }
      : {}),
  };
}

t.test('10,000 failures, long multi-byte host names, hostile host/proxy/path fields: the limits always hold', (t) => {
  for (const [n, hostile] of [
    [0, true],
    [1, true],
    [7, false],
    [40, true],
    [500, false],
    [10_000, false],
    [10_000, true],
  ] as const) {
    const report = hugeReport(n, hostile);
    const line = renderSummary(report, hostile ? `\\\\fs01\\${'reports😀<'.repeat(300)}\\x.json` : '\\\\fs01\\reports\\SCP01\\x.json');
    t.test(`${n} failures${hostile ? ', hostile fields' : ''}`, (t) => {
      withinLimits(t, line);
      const s = JSON.parse(line) as RunSummary;
      t.same(summarySchemaErrors(s), [], 'schema-valid');
      const total =
        new Set(report.endpoints.map((e) => `${e.code}|${e.host}|${e.port}`)).size +
        report.rules.filter((r) => r.status === 'fail' || r.status === 'warn').length;
      t.equal(s.failing.length + s.truncated, total, 'kept + truncated = every non-pass item');
      if (n > 0) t.ok(s.failing.length >= 1, 'at least one item always fits');
      t.equal(s.fail, report.summary.fail, 'counts are never trimmed');
      if (s.truncated > 0) {
        // Maximal: the first item left out would not have fitted.
        const next = summaryItems(report)[s.failing.length];
        const longer = line.replace(/\],"truncated":\d+/, `,${JSON.stringify(next)}],"truncated":${s.truncated - 1}`);
        t.ok(
          Buffer.byteLength(`${longer}\n`) > SUMMARY_MAX_BYTES || measure(longer).stored > SUMMARY_MAX_STORED_CHARS,
          'one more item would not fit',
        );
      }
      t.end();
    });
  }
  t.end();
});

t.test('the stored-length estimate never undercounts what PowerShell 5.1 stores', (t) => {
  for (const text of ['plain', '"quoted"', "<&>'", 'ü日本😀', '\u0001\u001f\\', JSON.stringify(hostileReport.host)]) {
    t.ok(measure(text).stored >= storedLike51(text).length, JSON.stringify(text));
  }
  t.equal(clip('x'.repeat(500), 100).length <= 100, true);
  t.match(clip('日本'.repeat(100), 50), /…$/);
  t.equal(clip('short', 100), 'short');
  t.end();
});

t.test('hostile report strings stay data, and the summary is a pure function of the report', (t) => {
  const line = renderSummary(hostileReport);
  withinLimits(t, line);
  t.same(summarySchemaErrors(JSON.parse(line)), []);
  t.equal(line, renderSummary(structuredClone(hostileReport)));
  t.end();
});
