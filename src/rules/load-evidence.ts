import type { SitePlan } from './plan/types.js';
import { readEvidenceText } from '../evidence/decode-text.js';
import { parseLocalAdmins, type LocalAdmins } from '../evidence/local-admins.js';
import { parseDotnetTls, type DotnetTls } from '../evidence/parse-dotnet-tls.js';
import { parseRootStore, type RootStore } from '../evidence/parse-root-store.js';
import { parseSchannel, type SchannelEvidence } from '../evidence/parse-schannel.js';
import { parseWinHttpProxy, type WinHttpSettings } from '../evidence/parse-winhttp-proxy.js';

/** Everything the rules know about the SCP host, parsed once; `null` where the plan names no file. */
export interface Evidence {
  readonly localAdministrators: LocalAdmins | null;
  readonly winhttpProxy: WinHttpSettings | null;
  readonly dotnetTls: DotnetTls | null;
  /** `LocalMachine\Root` thumbprints and the DisableRootAutoUpdate policy (root-store.json). */
  readonly rootStore: RootStore | null;
  /** The host's Schannel client configuration: it replaces the default client profile. */
  readonly schannel: SchannelEvidence | null;
}

/** No evidence at all (no plan, or a plan without `evidence:`). */
export const NO_EVIDENCE: Evidence = { localAdministrators: null, winhttpProxy: null, dotnetTls: null, rootStore: null, schannel: null };

/**
 * Reads and parses the evidence files a plan names. Call it right after loading the plan, before any probe runs:
 * an unreadable or unrecognizable file is an InputError (exit 2) that names the file and the expected format.
 */
export function loadEvidence(plan: SitePlan | null): Evidence {
  if (plan === null) return NO_EVIDENCE;
  const { localAdministrators, winhttpProxy, dotnetTls, rootStore, schannel } = plan.evidence;
  return {
    localAdministrators: localAdministrators === null ? null : parseLocalAdmins(readEvidenceText(localAdministrators)),
    winhttpProxy: winhttpProxy === null ? null : parseWinHttpProxy(readEvidenceText(winhttpProxy)),
    dotnetTls: dotnetTls === null ? null : parseDotnetTls(readEvidenceText(dotnetTls)),
    rootStore: rootStore === null ? null : parseRootStore(readEvidenceText(rootStore)),
    schannel: schannel === null ? null : parseSchannel(readEvidenceText(schannel)),
  };
}
