import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { InputError } from '../../model/input-error.js';
import { firstSchemaProblem, inputSchema } from '../../model/schema-check.js';
import { indexLines, pathText, readStructuredSource, sourceError, type StructuredSource } from '../../model/structured-source.js';
import { map, optionalText, PLAN_FORMATS } from './fields.js';
import PLAN_SCHEMA from './plan-schema.cjs';
import { readHierarchy, readSite } from './read-sites.js';
import { readScp } from './read-scp.js';
import type { PlanEvidence, SitePlan } from './types.js';

export type { HierarchySite, PlanEvidence, PlanProxy, PlanScp, PlanSite, SitePlan } from './types.js';

/** schema/plan.schema.json: what a plan may hold, for this loader and for editors (yaml-language-server). */
export { PLAN_SCHEMA };

const validatePlan = inputSchema(PLAN_SCHEMA);

/**
 * Loads and strictly validates a site plan (YAML or JSON, same shape). Every problem — unreadable file, syntax,
 * unknown key, wrong type, a referenced evidence file that does not exist — is one InputError line:
 * `plan.yaml: line 7: site.type: "tertiary" is not one of cas | primary | secondary`.
 */
export function loadSitePlan(file: string): SitePlan {
  const src = readStructuredSource(file, 'the plan');
  if (src.data === null || src.data === undefined) {
    throw new InputError('the plan is empty; it needs at least site: { code, type, server } and scp: { server }', { file });
  }
  const problem = firstSchemaProblem(src, validatePlan(), PLAN_FORMATS);
  if (problem) throw new InputError(`line ${problem.line}: ${pathText(problem.path)}: ${problem.message}`, { file });
  const top = map(src.data);
  const dir = dirname(resolve(file));
  const site = readSite(src, top.site);
  return {
    file,
    dir,
    // `edition: 2018` without quotes is a YAML number; it can only mean the 2018 document.
    edition: typeof top.edition === 'string' || typeof top.edition === 'number' ? String(top.edition).trim() : null,
    site,
    hierarchy: readHierarchy(src, top.hierarchy, site),
    scp: readScp(top.scp),
    evidence: readEvidence(src, top.evidence, dir),
    text: src.text,
    fieldLines: indexLines(src),
  };
}

type EvidenceKey = 'localAdministrators' | 'winhttpProxy' | 'dotnetTls' | 'rootStore' | 'schannel';

function readEvidence(src: StructuredSource, v: unknown, dir: string): PlanEvidence {
  const o = map(v);
  const one = (key: EvidenceKey): string | null => {
    const rel = optionalText(o[key]);
    if (rel === null) return null;
    const path = ['evidence', key];
    // A plan written on Windows may use backslashes; off Windows they are not separators, so try both.
    const absolute = (p: string): string => (isAbsolute(p) ? p : resolve(dir, p));
    const written = absolute(rel);
    const candidates = [written, ...(sep === '/' && rel.includes('\\') ? [absolute(rel.replaceAll('\\', '/'))] : [])];
    const abs = candidates.find((p) => existsSync(p)) ?? written;
    let isFile = false;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      throw sourceError(src, path, `file not found: ${abs} (paths are relative to the plan's folder ${dir})`);
    }
    if (!isFile) throw sourceError(src, path, `${abs} is not a file`);
    return abs;
  };
  return {
    localAdministrators: one('localAdministrators'),
    winhttpProxy: one('winhttpProxy'),
    dotnetTls: one('dotnetTls'),
    rootStore: one('rootStore'),
    schannel: one('schannel'),
  };
}
