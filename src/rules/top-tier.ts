import type { Rule } from './types.js';
import { planEvidence, docLine } from './rule-helpers.js';
import { scpDoc } from './sources.js';

/**
 * SCP-TOP-TIER: "it can only be installed at the top-tier site of your hierarchy, which is a central administration
 * site (CAS) or stand-alone primary site" (both editions). A primary whose plan lists a CAS in the hierarchy is a
 * child primary even without `parent`: a hierarchy with a CAS has every primary under it.
 */
export const topTier: Rule = {
  id: 'SCP-TOP-TIER',
  title: 'The role goes on the top-tier site (CAS or stand-alone primary)',
  source: scpDoc,
  check({ plan, edition }) {
    const { site } = plan;
    const source = scpDoc(edition);
    const doc = docLine(source.url);
    const ev = planEvidence(plan, 'site.code', 'site.type', 'site.parent');
    if (site.type === 'cas') {
      return {
        status: 'pass',
        message: `Site ${site.code} is the central administration site, the top tier of the hierarchy.`,
        evidence: [ev],
        remediation: [],
        source,
      };
    }
    // A CAS the site is only planned to be expanded under (`expandTo`) does not exist yet.
    const cas = plan.hierarchy?.find((s) => s.type === 'cas' && s.code !== site.code && s.code !== site.expandTo);
    if (site.type === 'primary' && site.parent === null && cas === undefined) {
      return {
        status: 'pass',
        message: `Site ${site.code} is a stand-alone primary site (no parent), the top tier of its hierarchy.`,
        evidence: [ev],
        remediation: [],
        source,
      };
    }
    const top = cas?.code ?? (site.type === 'primary' ? site.parent : null);
    const what =
      site.type === 'secondary'
        ? `a secondary site${site.parent ? ` under ${site.parent}` : ''}`
        : site.parent !== null
          ? `a child primary site under ${site.parent}`
          : `a child primary site (the hierarchy lists central administration site ${cas?.code ?? '?'})`;
    return {
      status: 'fail',
      message:
        `Site ${site.code} is ${what}; the service connection point can only be installed at the top-tier site (a CAS or a ` +
        `stand-alone primary).`,
      evidence: cas ? [ev, planEvidence(plan, cas.at.path, `${cas.at.path}.code`, `${cas.at.path}.type`)] : [ev],
      remediation: [
        `Install the role on a site system of the top-tier site${top ? ` (${top})` : ''} instead: console → Administration → Site ` +
          `Configuration ` +
          '→ Servers and Site System Roles → Create Site System Server / Add Site System Roles, with the top-tier site selected.',
        `PowerShell (ConfigMgr module, top-tier site drive): Add-CMServiceConnectionPoint -SiteSystemServerName '<server of ` +
          `${top ?? 'the top-tier site'}>' -SiteCode '${top ?? '<top-tier site code>'}' -Mode Online`,
        doc,
      ],
      source,
    };
  },
};
