import { must } from '../model/must.js';
import { reportRootCauses } from './root-cause.js';
import { CODES, isFailureCode } from '../model/codes.js';
import { judgeReport, standingOf, type Standing, type VerdictScope } from '../model/verdict.js';
import type { AppliedWaiver } from '../model/waivers.js';
import { DIRECT_KIND_NOTE, directFinding } from './direct-finding.js';
import { routeTaken, runRouteText } from './route-taken.js';
import { SIMULATION_PROPERTY } from './simulation-marks.js';
import type { EndpointResult, Report, RuleFinding, RunFinding } from '../model/report.js';
import { cellText } from './profile-matrix.js';

/**
 * Escapes text for XML 1.0 content and attributes. Characters XML cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD so that any parser accepts the file; `]]>` needs nothing more because
 * we never use CDATA and `>` is escaped.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- tab, LF and CR are the control characters XML 1.0 allows; the rest are replaced.
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
      .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
  );
}

const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(String(value))}"`;

interface Case {
  readonly classname: string;
  readonly name: string;
  readonly seconds: number;
  /**
   * `failure` fails the pipeline; `error` (a probe that could not finish) fails it too; `skipped` is reported but
   * does not. Which one is the verdict's standing of the item (model/verdict.ts), so the pipeline and the exit code agree.
   */
  readonly outcome: { kind: 'pass' } | { kind: 'failure' | 'error' | 'skipped'; type: string; message: string; body: string };
  readonly out: string;
}

function waiverText(w: AppliedWaiver): string {
  return w.expired
    ? `Waiver expired ${w.expires} (${w.ticket}, ${w.matchedBy}): ${w.reason}`
    : `Waived until ${w.expires} (${w.ticket}, ${w.matchedBy}): ${w.reason}`;
}

function outcome(
  item: { status: EndpointResult['status']; waiver?: AppliedWaiver },
  standing: Standing,
  code: string,
  message: string,
  body: string,
  strict: boolean,
): Case['outcome'] {
  const w = item.waiver;
  switch (standing) {
    case 'fails':
      return { kind: 'failure', type: code, message: `${code}: ${message}`, body: w ? `${waiverText(w)}\n${body}` : body };
    case 'incomplete':
      return { kind: 'error', type: code, message: `${code}: ${message}`, body };
    // A waived warning shows as a pass unless --strict would have failed it, as before waivers existed.
    case 'waived':
      return item.status === 'warn' && !strict
        ? { kind: 'pass' }
        : {
            kind: 'skipped',
            type: code,
            message: `${waiverText(must(w, 'a waived standing comes from a waiver'))} — ${code}: ${message}`,
            body,
          };
    case 'informational':
      return { kind: 'skipped', type: code, message: `Informational (offline SCP, SCP-OFFLINE-MODE) — ${code}: ${message}`, body };
    case 'skip':
      return { kind: 'skipped', type: code, message: `${code}: ${message}`, body };
    default:
      return { kind: 'pass' };
  }
}

/** The `--compare-direct` outcome as one line (empty without it): what direct did and where the rule belongs. */
function directText(e: EndpointResult): string {
  const finding = directFinding([e]);
  if (e.direct === undefined || finding === null) return '';
  const what =
    finding.kind === 'same-route'
      ? ''
      : `${e.direct.status.toUpperCase()}${e.direct.code ? ` ${e.direct.code}` : ''}: ${e.direct.message} `;
  return `Direct (without the proxy): ${what}${DIRECT_KIND_NOTE[finding.kind]}`;
}

function endpointCase(e: EndpointResult, scope: VerdictScope): Case {
  const strict = scope.strict;
  const code = e.code ?? (e.status === 'pass' ? 'PASS' : e.status.toUpperCase());
  const fix = e.remediation ?? (e.code !== null && isFailureCode(e.code) ? CODES[e.code].fix : '');
  const stages = e.stages.map((s) => `${s.stage}: ${s.status}${s.code ? ` ${s.code}` : ''} (${s.ms} ms) ${s.message}`).join('\n');
  const probed = e.probeId === null ? 'not probed (no concrete host)' : `${e.scheme}://${e.host}:${e.port}${e.path}`;
  const direct = directText(e);
  const reach = e.profiles ? `Client profiles: ${e.profiles.map((c) => `${c.profile} ${cellText(c)}`).join('; ')}` : '';
  const body = [
    `Entry: ${e.entry} (${e.groupTitle})`,
    `Probed: ${probed}`,
    reach,
    `Route: ${routeTaken(e.route)}`,
    direct,
    fix ? `Fix: ${fix}` : '',
    stages,
  ]
    .filter((x) => x)
    .join('\n');
  const warn = e.status === 'warn' ? `WARN ${code}: ${e.message}\n` : '';
  const undocumented = e.undocumentedHosts.length > 0 ? `Undocumented redirect targets: ${e.undocumentedHosts.join(', ')}\n` : '';
  return {
    classname: `scp-preflight.endpoints.${e.group}`,
    name: `${e.entry} → ${e.host}:${e.port}`,
    seconds: e.stages.reduce((sum, s) => sum + s.ms, 0) / 1000,
    outcome: outcome(e, standingOf(e, 'endpoint', scope), code, e.message, body, strict),
    out: [`${undocumented}${warn || e.message}`.trimEnd(), direct, reach].filter((x) => x).join('\n'),
  };
}

function ruleCase(r: RuleFinding, scope: VerdictScope): Case {
  const code = r.id;
  const evidence = r.evidence.map((ev) => `${ev.file ?? 'probes'}:\n${ev.lines.map((l) => `  ${l}`).join('\n')}`).join('\n');
  const body = [r.message, evidence, ...r.remediation.map((s) => `Fix: ${s}`), `Source: ${r.source.title} ${r.source.url}`].join('\n');
  return {
    classname: 'scp-preflight.rules',
    name: `${r.id}: ${r.title}`,
    seconds: 0,
    outcome: outcome(r, standingOf(r, 'rule', scope), code, r.message, body, scope.strict),
    out: `${r.status === 'warn' ? 'WARN ' : ''}${r.message}`,
  };
}

/** A run finding (CLOCK_SKEW) as a case of its own suite, judged by the verdict like an endpoint result. */
function runCase(f: RunFinding, scope: VerdictScope): Case {
  const body = [f.message, ...f.evidence, `Fix: ${f.remediation}`].join('\n');
  return {
    classname: 'scp-preflight.run',
    name: f.code,
    seconds: 0,
    outcome: outcome(f, standingOf(f, 'run', scope), f.code, f.message, body, scope.strict),
    out: `${f.status === 'warn' ? 'WARN ' : ''}${f.message}`,
  };
}

function testcase(c: Case): string {
  const head = `    <testcase${attr('classname', c.classname)}${attr('name', c.name)}${attr('time', c.seconds.toFixed(3))}>`;
  const o = c.outcome;
  const inner =
    o.kind === 'pass' ? '' : `\n      <${o.kind}${attr('message', o.message)}${attr('type', o.type)}>${escapeXml(o.body)}</${o.kind}>`;
  return `${head}${inner}\n      <system-out>${escapeXml(c.out)}</system-out>\n    </testcase>`;
}

function props(properties: Record<string, string>): string {
  const entries = Object.entries(properties);
  if (entries.length === 0) return '';
  return (
    `    <properties>\n${entries.map(([k, v]) => `      <property${attr('name', k)}${attr('value', v)}/>`).join('\n')}\n    ` +
    `</properties>\n`
  );
}

function suite(name: string, cases: readonly Case[], timestamp: string, properties: Record<string, string> = {}): string {
  const count = (k: string): number => cases.filter((c) => c.outcome.kind === k).length;
  const time = cases.reduce((s, c) => s + c.seconds, 0);
  return (
    `  ` +
    `<testsuite${attr('name', name)}${attr('tests', cases.length)}${attr('failures', count('failure'))}${attr('errors', count('error'))}` +
    `${attr('skipped', count('skipped'))}${attr('time', time.toFixed(3))}${attr('timestamp', timestamp)}>\n` +
    props(properties) +
    `${cases.map(testcase).join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>`
  );
}

/** A rules-only run probed nothing: one skipped case says so where CI dashboards look, instead of an empty suite. */
function networkNotChecked(report: Report): Case {
  return {
    classname: 'scp-preflight.endpoints',
    name: 'NETWORK NOT CHECKED',
    seconds: 0,
    outcome: {
      kind: 'skipped',
      type: 'NETWORK_NOT_CHECKED',
      message: 'NETWORK NOT CHECKED: check --only rules probed no endpoint; the verdict covers the prerequisite rules only.',
      body: `Run scp-preflight check without --only rules (edition ${report.settings.edition}) to probe the endpoints.`,
    },
    out: 'No endpoint was probed.',
  };
}

/**
 * JUnit XML for CI: one testcase per endpoint result (entry × port × sample host) and per rule. Each case's outcome
 * is its standing in the verdict (model/verdict.ts): a failure (or a warning under --strict) is a `<failure>`, a
 * probe cut short by the deadline an `<error>`, a live waiver, a skip or an offline SCP's endpoint `<skipped>`; so
 * `failures + errors > 0` exactly when the run's exit code is 1.
 */
export function renderJunit(report: Report): string {
  const scope = report.settings;
  const judgement = judgeReport(report);
  const endpoints = report.endpoints.map((e) => endpointCase(e, scope));
  if (!judgement.networkChecked) endpoints.unshift(networkNotChecked(report));
  const rules = report.rules.map((r) => ruleCase(r, scope));
  const run = (report.runFindings ?? []).map((f) => runCase(f, scope));
  const all = [...endpoints, ...rules, ...run];
  const count = (kind: string): number => all.filter((c) => c.outcome.kind === kind).length;
  const time = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  const simulation = report.settings.simulation ? ' [SIMULATION: demo network on loopback, not the internet]' : '';
  const name = `scp-preflight ${report.settings.edition}: ${judgement.headline}${simulation}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites${attr('name', name)}${attr('tests', all.length)}${attr('failures', count('failure'))}${attr('errors', count('error'))}` +
    `${attr('skipped', count('skipped'))}${attr('time', Number.isFinite(time) ? time.toFixed(3) : '0')}>\n` +
    `${suite('endpoints', endpoints, report.startedAt, {
      verdict: judgement.verdict,
      edition: report.settings.edition,
      host: report.host.hostname,
      route: runRouteText(report),
      tool: `${report.tool.name} ${report.tool.version}`,
      ...(judgement.networkChecked ? {} : { networkChecked: 'false' }),
      ...(report.settings.clientProfile ? { clientProfile: report.settings.clientProfile.id } : {}),
      ...(report.settings.simulation ? { [SIMULATION_PROPERTY.name]: SIMULATION_PROPERTY.value } : {}),
      // A CI log shows properties before the cases: the one reason behind many failures is read first.
      ...Object.fromEntries(
        reportRootCauses(report).map((c, i) => [`rootCause${i === 0 ? '' : i + 1}`, `${c.codes.join(', ')}: ${c.message} Fix: ${c.fix}`]),
      ),
    })}\n${suite('rules', rules, report.startedAt)}\n${run.length > 0 ? `${suite('run', run, report.startedAt)}\n` : ''}</testsuites>\n`
  );
}
