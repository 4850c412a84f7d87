import { SCP_ROLE, type HierarchySite } from './plan/types.js';
import { docLine, planEvidence } from './rule-helpers.js';
import { scpDoc } from './sources.js';
import type { Rule } from './types.js';

/** Role names are free strings: `service-connection-point`, `Service Connection Point`, `SMS_SERVICE_CONNECTOR`… */
function holdsScp(site: HierarchySite): boolean {
  return site.roles.some((r) => {
    const n = r
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    return n === SCP_ROLE || n === 'scp' || n === 'sms-service-connector' || n === 'sms-dmp-connector';
  });
}

/**
 * SCP-ONE-PER-HIERARCHY: "Each hierarchy supports a single instance of this role" and "If you expand a stand-alone
 * primary site to a larger hierarchy, uninstall this role from the primary site, and then install it at the CAS"
 * (both editions).
 */
export const onePerHierarchy: Rule = {
  id: 'SCP-ONE-PER-HIERARCHY',
  title: 'Only one service connection point in the hierarchy',
  source: scpDoc,
  check({ plan, edition }) {
    const { site } = plan;
    const source = scpDoc(edition);
    const doc = docLine(source.url);
    const others = (plan.hierarchy ?? []).filter((s) => s.code !== site.code && holdsScp(s));
    const [first] = others;
    if (first) {
      const names = others.map((s) => `${s.code}${s.server ? ` (${s.server})` : ''}`).join(', ');
      return {
        status: 'fail',
        message: `The hierarchy already has a service connection point at ${names}; each hierarchy supports a single instance of the role.`,
        evidence: others.map((s) => planEvidence(plan, s.at.path, `${s.at.path}.code`, `${s.at.path}.roles`)),
        remediation: [
          'Either keep the existing role and drop this installation, or remove it first: console → Administration → Site Configuration ' +
            `→ Servers and Site System Roles → ${first.server ?? `the server of ${first.code}`} → Service connection point ` +
            `→ Remove Role.`,
          `PowerShell (ConfigMgr module): Remove-CMServiceConnectionPoint -SiteSystemServerName '${first.server ?? '<server>'}' ` +
            `-SiteCode '${first.code}'`,
          doc,
        ],
        source,
      };
    }
    if (site.expandTo !== null) {
      return {
        status: 'warn',
        message:
          `Stand-alone primary ${site.code} is planned to be expanded under central administration site ${site.expandTo}: ` +
          `the service connection point must then move to the CAS. Uninstall it from ${site.code} before you install the CAS, ` +
          `and install it at ${site.expandTo} afterwards.`,
        evidence: [planEvidence(plan, 'site.code', 'site.type', 'site.expandTo')],
        remediation: [
          `Before running CAS setup: Remove-CMServiceConnectionPoint -SiteSystemServerName '${plan.scp.server}' -SiteCode ` +
            `'${site.code}' (or console → Servers and Site System Roles → Remove Role).`,
          `After the CAS is installed: Add-CMServiceConnectionPoint -SiteSystemServerName '<server of ${site.expandTo}>' -SiteCode ` +
            `'${site.expandTo}' -Mode Online`,
          doc,
        ],
        source,
      };
    }
    if (plan.hierarchy === null) {
      return {
        status: 'skip',
        message: 'The plan does not list the other sites of the hierarchy, so it cannot show that no other site already holds the role.',
        evidence: [],
        remediation: [
          'Add the other sites with their roles to the plan: hierarchy: [ { code: P01, type: primary, parent: CAS, server: ' +
            'cm02.contoso.com, roles: [management-point] } ]; write hierarchy: [] when there are none.',
          'To list where the role is today (ConfigMgr module): Get-CMServiceConnectionPoint -AllSite | Select-Object SiteCode, ' +
            'NetworkOSPath',
          doc,
        ],
        source,
      };
    }
    const listed = plan.hierarchy.length === 0 ? ' (the plan lists none)' : ` (${plan.hierarchy.map((s) => s.code).join(', ')})`;
    return {
      status: 'pass',
      message: `No other site of the hierarchy${listed} holds a service connection point.`,
      evidence:
        plan.hierarchy.length > 0
          ? [planEvidence(plan, ...plan.hierarchy.flatMap((s) => [`${s.at.path}.code`, `${s.at.path}.roles`]))]
          : [planEvidence(plan, 'hierarchy')],
      remediation: [],
      source,
    };
  },
};
