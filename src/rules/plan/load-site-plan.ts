import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { InputError } from '../../model/input-error.js';
import { readMap, readString, type Path } from './fields.js';
import { indexLines, planError, readPlanSource, type PlanSource } from './plan-source.js';
import { readHierarchy, readSite } from './read-sites.js';
import { readScp } from './read-scp.js';
import type { PlanEvidence, SitePlan } from './types.js';

export type { HierarchySite, PlanEvidence, PlanProxy, PlanScp, PlanSite, SitePlan } from './types.js';

const TOP_KEYS = ['edition', 'site', 'hierarchy', 'scp', 'evidence'] as const;
const EVIDENCE_KEYS = ['localAdministrators', 'winhttpProxy', 'dotnetTls', 'schannel'] as const;
/** The editions whose requirements the rules know; a custom catalog is judged by the current documents. */
const PLAN_EDITIONS = ['2018', '2025', 'current'];

/**
 * Loads and strictly validates a site plan (YAML or JSON, same shape). Every problem — unreadable file, syntax,
 * unknown key, wrong type, a referenced evidence file that does not exist — is one InputError line:
 * `plan.yaml: line 7: site.type: "tertiary" is not one of cas | primary | secondary`.
 */
export function loadSitePlan(file: string): SitePlan {
  const src = readPlanSource(file);
  if (src.data === null || src.data === undefined) {
    throw new InputError('the plan is empty; it needs at least site: { code, type, server } and scp: { server }', { file });
  }
  const top = readMap(src, src.data, [], TOP_KEYS, ['site', 'scp']);
  const dir = dirname(resolve(file));
  const site = readSite(src, top.site);
  return {
    file,
    dir,
    edition: readEdition(src, top.edition),
    site,
    hierarchy: readHierarchy(src, top.hierarchy, site),
    scp: readScp(src, top.scp),
    evidence: readEvidence(src, top.evidence, dir),
    text: src.text,
    fieldLines: indexLines(src),
  };
}

function readEdition(src: PlanSource, v: unknown): string | null {
  if (v === undefined || v === null) return null;
  // `edition: 2018` without quotes is a YAML number; it can only mean the 2018 document.
  const text = typeof v === 'number' ? String(v) : v;
  if (typeof text !== 'string' || !PLAN_EDITIONS.includes(text.trim())) {
    throw planError(src, ['edition'], `${JSON.stringify(v)} is not one of ${PLAN_EDITIONS.map((e) => `"${e}"`).join(' | ')}`);
  }
  return text.trim();
}

function readEvidence(src: PlanSource, v: unknown, dir: string): PlanEvidence {
  if (v === undefined || v === null) return { localAdministrators: null, winhttpProxy: null, dotnetTls: null, schannel: null };
  const o = readMap(src, v, ['evidence'], EVIDENCE_KEYS);
  const one = (key: (typeof EVIDENCE_KEYS)[number]): string | null => {
    const value = o[key];
    if (value === undefined || value === null) return null;
    const path: Path = ['evidence', key];
    const rel = readString(src, value, path, 'a file path relative to the plan');
    // A plan written on Windows may use backslashes; off Windows they are not separators, so try both.
    const candidates = [rel, ...(sep === '/' && rel.includes('\\') ? [rel.replaceAll('\\', '/')] : [])]
      .map((p) => (isAbsolute(p) ? p : resolve(dir, p)));
    const abs = candidates.find((p) => existsSync(p)) ?? candidates[0]!;
    let isFile = false;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      throw planError(src, path, `file not found: ${abs} (paths are relative to the plan's folder ${dir})`);
    }
    if (!isFile) throw planError(src, path, `${abs} is not a file`);
    return abs;
  };
  return { localAdministrators: one('localAdministrators'), winhttpProxy: one('winhttpProxy'), dotnetTls: one('dotnetTls'), schannel: one('schannel') };
}
