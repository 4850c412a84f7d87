import { edition2018 } from '../catalog/edition-2018.js';
import type { Provenance } from '../model/provenance.js';
import type { RuleEdition } from './types.js';

/** The seed document (nl-NL, 2018): the source of every requirement in its wording. */
export const SCP_DOC_2018: Provenance = edition2018.provenance;

/** The current English page; its "Remote site system requirements" section has the either/or wording (MEMDocs#1479). */
export const SCP_DOC_CURRENT: Provenance = {
  title: 'About the service connection point in Configuration Manager',
  url: 'https://learn.microsoft.com/mem/configmgr/core/servers/deploy/configure/about-the-service-connection-point',
  date: '2021-10-12',
};

/** "Proxy server support in Configuration Manager": one proxy per site system server, System account by default. */
export const PROXY_DOC_CURRENT: Provenance = {
  title: 'Proxy server support in Configuration Manager',
  url: 'https://learn.microsoft.com/mem/configmgr/core/plan-design/network/proxy-server-support',
  date: '2021-08-02',
};

/** The 2018 page the seed links to for a web proxy account. */
export const PROXY_URL_2018 = 'https://docs.microsoft.com/sccm/core/plan-design/network/proxy-server-support';

/** The .NET registry values for TLS 1.2 (its "Update and configure the .NET Framework" section, dated 2021-05-04). */
export const TLS_DOC: Provenance = {
  title: 'How to enable TLS 1.2 on the site servers and remote site systems',
  url: 'https://learn.microsoft.com/mem/configmgr/core/plan-design/security/enable-tls-1-2-server',
  date: '2021-05-04',
};

/**
 * "Service connection point doesn't download updates" (KB 3187516, ms.date 2026-03-30; field-facts §2.2 cause 1): a
 * root missing from the SCP host's Trusted Root store breaks its downloads; import the root and restart.
 */
export const ROOT_STORE_DOC: Provenance = {
  title: "Service connection point doesn't download updates (missing root certificate)",
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/setup-migrate-backup-recovery/service-connection-point-not-download-updates',
  date: '2026-03-30',
};

/** The service connection tool (offline mode): prepare on the SCP, connect on an internet machine, import. */
export const SERVICE_CONNECTION_TOOL_URL: Record<RuleEdition, string> = {
  '2018': 'https://docs.microsoft.com/sccm/core/servers/manage/use-the-service-connection-tool',
  current: 'https://learn.microsoft.com/mem/configmgr/core/servers/manage/use-the-service-connection-tool',
};

/** "Accounts used in Configuration Manager", site system installation account section. */
export const ACCOUNTS_URL: Record<RuleEdition, string> = {
  '2018': 'https://docs.microsoft.com/sccm/core/plan-design/hierarchy/accounts#site-system-installation-account',
  current: 'https://learn.microsoft.com/mem/configmgr/core/plan-design/hierarchy/accounts#site-system-installation-account',
};

/** The SCP document of an edition. */
export function scpDoc(edition: RuleEdition): Provenance {
  return edition === '2018' ? SCP_DOC_2018 : SCP_DOC_CURRENT;
}
