import type { FindingEvidence } from '../model/report.js';
import { parsePrincipal, type Principal } from '../evidence/principal.js';
import { computerAccountName, sameHost } from './accounts.js';
import type { SitePlan } from './plan/types.js';

/** The plan lines holding the given keys (`site.type`, `scp.mode`), exactly as written, for a finding's evidence. */
export function planEvidence(plan: SitePlan, ...paths: string[]): FindingEvidence {
  const lines: string[] = [];
  for (const path of paths) {
    const n = plan.fieldLines[path];
    const text = n === undefined ? undefined : plan.text[n - 1]?.trim();
    if (text !== undefined && text !== '' && !lines.includes(text)) lines.push(text);
  }
  return { file: plan.file, lines };
}

/** Whether the role goes on the site server itself (same host: case, trailing dot and short/FQDN forms ignored). */
export function scpIsLocal(plan: SitePlan): boolean {
  return sameHost(plan.site.server, plan.scp.server);
}

/** The site server's computer account, `DOMAIN\HOST$`; the domain is `null` (any) when the plan does not say. */
export function siteServerAccount(plan: SitePlan): Principal {
  return { domain: plan.site.domain, name: computerAccountName(plan.site.server) };
}

/** User accounts the plan names (installation and proxy accounts): never mistaken for groups that could nest others. */
export function planUsers(plan: SitePlan): Principal[] {
  return [plan.scp.installationAccount, plan.scp.proxy?.account ?? null].filter((a): a is string => a !== null).map(parsePrincipal);
}

/** `CONTOSO\CM01$`, or `<DOMAIN>\CM01$` when the domain is unknown (for remediation commands). */
export function accountForCommand(p: Principal): string {
  return `${p.domain ?? '<DOMAIN>'}\\${p.name}`;
}

/** The exact commands that collect local Administrators evidence on the SCP host. */
export function collectAdminsSteps(plan: SitePlan): string[] {
  return [
    `On ${plan.scp.server}, in an elevated Windows PowerShell: Get-LocalGroupMember -SID S-1-5-32-544 | Select-Object Name, SID, ` +
      `PrincipalSource, ObjectClass | ConvertTo-Json | Set-Content -Encoding UTF8 administrators.json`,
    'If Get-LocalGroupMember fails ("Failed to compare two elements in the array"): ' +
      'net localgroup Administrators > administrators.txt (the group is "Administratoren" in German, "Administrateurs" in French; ' +
      'the SID S-1-5-32-544 is the same everywhere).',
    'Or run the whole collection: scp-preflight collect --script > collect.ps1, then on the SCP host: ' +
      'powershell -ExecutionPolicy Bypass -File collect.ps1',
    'Then add to the plan: evidence: { localAdministrators: administrators.json }',
  ];
}

/** A remediation line pointing at the document. */
export function docLine(url: string): string {
  return `Documentation: ${url}`;
}
