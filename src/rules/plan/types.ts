/** The kinds of Configuration Manager site a plan can name. */
export const SITE_TYPES = ['cas', 'primary', 'secondary'] as const;
export type SiteType = (typeof SITE_TYPES)[number];

/** The SCP's two modes of operation ("Modes of operation" in both editions of the SCP document). */
export const SCP_MODES = ['online', 'offline'] as const;
export type ScpMode = (typeof SCP_MODES)[number];

/** The role name that marks a site already holding the service connection point. */
export const SCP_ROLE = 'service-connection-point';

/** Where in the plan file a value was written, so findings can point at it. */
export interface PlanLocation {
  /** 1-based line in the plan file. */
  readonly line: number;
  /** `site.type`, `hierarchy[1].roles`, … */
  readonly path: string;
}

/** The site that gets the role. */
export interface PlanSite {
  readonly code: string;
  readonly type: SiteType;
  /** Parent site code; `null` for a CAS or a stand-alone primary. */
  readonly parent: string | null;
  /** The site server's FQDN (or short name), as written. */
  readonly server: string;
  /** NetBIOS name or FQDN of the site server's domain; `null` = unknown (any domain matches). */
  readonly domain: string | null;
  /** CAS code a stand-alone primary is planned to be expanded under (`site.expandTo`). */
  readonly expandTo: string | null;
  readonly at: PlanLocation;
}

/** Another site of the hierarchy. */
export interface HierarchySite {
  readonly code: string;
  readonly type: SiteType;
  readonly parent: string | null;
  readonly server: string | null;
  /** Role names as written (`service-connection-point`, free strings for the others). */
  readonly roles: readonly string[];
  readonly at: PlanLocation;
}

/** The site system proxy configured for the SCP server (console: Site system Properties → Proxy tab). */
export interface PlanProxy {
  readonly server: string;
  /** Defaults to 80, as the console does. */
  readonly port: number;
  /** The site system proxy server account (`DOMAIN\user`); `null` = the computer account (System) authenticates. */
  readonly account: string | null;
}

export interface PlanScp {
  /** The computer that gets the role. */
  readonly server: string;
  readonly mode: ScpMode;
  /** Whether `mode` was written in the plan (otherwise `online` is assumed). */
  readonly modeGiven: boolean;
  readonly intune: boolean;
  /** Site system installation account; `null` = the site server's computer account (the default). */
  readonly installationAccount: string | null;
  readonly proxy: PlanProxy | null;
}

/** Evidence files collected on `scp.server`, as absolute paths; `null` when not given. */
export interface PlanEvidence {
  readonly localAdministrators: string | null;
  readonly winhttpProxy: string | null;
  readonly dotnetTls: string | null;
  /** root-store.json: the machine root stores' thumbprints and DisableRootAutoUpdate (SCP-ROOT-STORE). */
  readonly rootStore: string | null;
  /** collect's schannel.txt: cipher suite order policy, Get-TlsCipherSuite, SCHANNEL protocol keys (--client-profile). */
  readonly schannel: string | null;
}

/** A validated site plan (`--plan FILE`). */
export interface SitePlan {
  /** The plan file as given on the command line. */
  readonly file: string;
  /** Absolute directory of the plan file; evidence paths are relative to it. */
  readonly dir: string;
  /** `2018` or `current` when the plan names one; otherwise `--edition` decides. */
  readonly edition: string | null;
  readonly site: PlanSite;
  /** The other sites; `null` when the plan has no `hierarchy` key (unknown), `[]` when it says there are none. */
  readonly hierarchy: readonly HierarchySite[] | null;
  readonly scp: PlanScp;
  readonly evidence: PlanEvidence;
  /** The plan's text lines, so findings can quote the lines they are based on. */
  readonly text: readonly string[];
  /** 1-based line of every key, by path (`site.type`, `hierarchy[1].roles`). */
  readonly fieldLines: Readonly<Record<string, number>>;
}
