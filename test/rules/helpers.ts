// Shared helpers for the rule tests (tap lists this file as "no tests found").
import type { RevocationCheck } from '../../src/revocation/types.js';
import tap from 'tap';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EndpointResult, RuleFinding } from '../../src/model/report.js';
import { evaluateRules, loadEvidence, loadSitePlan, type SitePlan } from '../../src/rules/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Absolute path of a file under test/rules/fixtures. */
export function fixture(rel: string): string {
  return join(here, 'fixtures', rel);
}

/** Writes a plan (and any extra files) into a fresh temp folder and returns the plan path. */
export function writePlan(yaml: string, files: Record<string, string | Uint8Array> = {}, name = 'plan.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'scp-plan-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  writeFileSync(join(dir, name), yaml);
  return join(dir, name);
}

/** Loads a plan written from YAML text through the real validator. */
export function planFrom(yaml: string, files: Record<string, string | Uint8Array> = {}): SitePlan {
  return loadSitePlan(writePlan(yaml, files));
}

/** A plan YAML for a site and SCP, with optional extra `scp:` lines and evidence paths (absolute fixture paths). */
export function planYaml(o: {
  site?: string;
  hierarchy?: string;
  scp?: string;
  evidence?: { localAdministrators?: string; winhttpProxy?: string; dotnetTls?: string; rootStore?: string; schannel?: string };
}): string {
  const ev = Object.entries(o.evidence ?? {}).map(([k, v]) => `  ${k}: ${JSON.stringify(fixture(v))}`);
  return [
    'site:',
    o.site ?? '  code: CAS\n  type: cas\n  server: cm01.contoso.com\n  domain: CONTOSO',
    ...(o.hierarchy === undefined ? [] : [o.hierarchy]),
    'scp:',
    o.scp ?? '  server: scp01.contoso.com',
    ...(ev.length > 0 ? ['evidence:', ...ev] : []),
    '',
  ].join('\n');
}

/** Runs every rule and returns the finding of one. */
export function findingOf(
  id: string,
  plan: SitePlan | null,
  o: { edition?: string; endpoints?: EndpointResult[]; networkChecked?: boolean; revocation?: RevocationCheck[] } = {},
): RuleFinding {
  const all = evaluateRules({
    plan,
    edition: o.edition ?? 'current',
    endpoints: o.endpoints ?? [],
    networkChecked: o.networkChecked ?? o.endpoints !== undefined,
    evidence: loadEvidence(plan),
    ...(o.revocation ? { revocation: o.revocation } : {}),
  });
  const f = all.find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id}`);
  return f;
}

/** The error a function throws (fails the caller's assertion with a clear message when it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, nothing was thrown');
}

/** One row of a rule table: a plan (YAML), how the rule is run, and what the finding must say. */
export interface RuleCase {
  readonly name: string;
  /** Plan YAML; `null` runs the rules without a plan. */
  readonly plan: string | null;
  readonly edition?: string;
  readonly endpoints?: EndpointResult[];
  readonly networkChecked?: boolean;
  /** The run's revocation and trusted-root-list fetches. */
  readonly revocation?: RevocationCheck[];
  readonly status: RuleFinding['status'];
  /** Patterns the message must match. */
  readonly words?: readonly RegExp[];
  /** Patterns the remediation (joined by newlines) must match. */
  readonly fix?: readonly RegExp[];
  /** Patterns the evidence lines (joined by newlines) must match. */
  readonly lines?: readonly RegExp[];
}

/** Runs a table of cases against one rule, one tap subtest per row. */
export function runTable(id: string, cases: readonly RuleCase[]): void {
  for (const c of cases) {
    tap.test(`${id}: ${c.name}`, async (t) => {
      const plan = c.plan === null ? null : planFrom(c.plan);
      const f = findingOf(id, plan, {
        ...(c.edition !== undefined ? { edition: c.edition } : {}),
        ...(c.endpoints !== undefined ? { endpoints: c.endpoints } : {}),
        ...(c.networkChecked !== undefined ? { networkChecked: c.networkChecked } : {}),
        ...(c.revocation !== undefined ? { revocation: c.revocation } : {}),
      });
      t.equal(f.status, c.status, `status (${f.message})`);
      for (const w of c.words ?? []) t.match(f.message, w, `message says ${w}`);
      for (const w of c.fix ?? []) t.match(f.remediation.join('\n'), w, `remediation says ${w}`);
      for (const w of c.lines ?? []) t.match(f.evidence.flatMap((e) => e.lines).join('\n'), w, `evidence shows ${w}`);
      if (f.status !== 'pass') t.ok(f.remediation.length > 0, 'a non-pass says what to do');
      t.ok(f.source.url.startsWith('https://'), 'names its source document');
    });
  }
}
