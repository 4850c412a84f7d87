// Shared helpers for the rule tests (tap lists this file as "no tests found").
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EndpointResult, RuleFinding } from '../../src/report/types.js';
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
  evidence?: { localAdministrators?: string; winhttpProxy?: string; dotnetTls?: string };
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
export function findingOf(id: string, plan: SitePlan | null, o: { edition?: string; endpoints?: EndpointResult[]; networkChecked?: boolean } = {}): RuleFinding {
  const all = evaluateRules({
    plan, edition: o.edition ?? 'current', endpoints: o.endpoints ?? [], networkChecked: o.networkChecked ?? (o.endpoints !== undefined),
    evidence: loadEvidence(plan),
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
