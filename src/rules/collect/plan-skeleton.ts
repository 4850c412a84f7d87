/** Values the collect script fills into the plan skeleton on the SCP host. */
export interface SkeletonValues {
  /** FQDN of the SCP host (the computer the script runs on). */
  readonly scpFqdn: string;
  /** Its domain (NetBIOS or FQDN), or `null` for a workgroup computer. */
  readonly domain: string | null;
  /** `administrators.json` (Get-LocalGroupMember) or `administrators.txt` (net localgroup fallback). */
  readonly adminFile: string;
  /** When and where it was collected, for the header comment. */
  readonly collectedAt: string;
}

/**
 * The plan skeleton `collect` writes next to the evidence. Placeholders are `{{NAME}}`. The site values are
 * deliberately invalid ("???", "TODO: …") so an unedited skeleton stops with a line-numbered error instead of
 * producing a verdict about a made-up site; `hierarchy` is left out (the rule then skips) rather than claiming none.
 * ASCII only: Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page.
 */
export const PLAN_SKELETON = `# yaml-language-server: $schema=plan.schema.json
# Site plan for scp-preflight, written by "scp-preflight collect" on {{SCP_FQDN}} at {{COLLECTED_AT}}.
# Fill in every TODO, then run: scp-preflight check --plan plan.yaml   (evidence paths are relative to this file)
# edition: "2018"             # judge by the 2018 document instead of the current one (or use --edition)
site:                         # the site that gets the service connection point
  code: "???"                 # TODO: site code, e.g. CAS or P01
  type: primary               # TODO: cas | primary | secondary
  parent: null                # TODO: parent site code for a child primary or a secondary, else null
  server: "TODO: site server FQDN"   # e.g. cm01.contoso.com (equal to scp.server when the role is local)
  domain: {{DOMAIN}}          # domain of the site server's computer account (NetBIOS name or FQDN)
# hierarchy:                  # the other sites; [] when there are none
#   - { code: P01, type: primary, parent: CAS, server: cm02.contoso.com, roles: [management-point] }
scp:
  server: {{SCP_FQDN}}        # this computer
  mode: online                # online | offline
  intune: false
  # installationAccount: CONTOSO\\svc-cminstall        # site system installation account, if one is used
  # proxy: { server: proxy.contoso.com, port: 8080, account: CONTOSO\\svc-proxy }
evidence:
  localAdministrators: {{ADMIN_FILE}}
  winhttpProxy: winhttp.txt
  dotnetTls: dotnet-tls.txt
  rootStore: root-store.json
  schannel: schannel.txt      # the TLS client check uses this host's cipher suite order and protocol keys
`;

/** Fills the skeleton (the PowerShell script does the same with String.Replace). */
export function fillSkeleton(v: SkeletonValues): string {
  return PLAN_SKELETON.replaceAll('{{SCP_FQDN}}', v.scpFqdn)
    .replaceAll('{{DOMAIN}}', v.domain ?? 'null')
    .replaceAll('{{ADMIN_FILE}}', v.adminFile)
    .replaceAll('{{COLLECTED_AT}}', v.collectedAt);
}
