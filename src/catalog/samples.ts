import type { WildcardSample } from './types.js';

/** The host the SCP itself talks to under `*.manage.microsoft.com`, as seen in SCP logs and traffic. */
export const SAMPLE_SCCM_MANAGE: WildcardSample = {
  host: 'sccm.manage.microsoft.com',
  path: '/SCCMConnectedService.svc',
  note: 'sccm.manage.microsoft.com is the service the SCP calls (seen in Dmpdownloader.log / SCP traffic).',
};

/** The content-delivery host for update payloads under `*.manage.microsoft.com` since March 2025. */
export const SAMPLE_CONFIGMGRBITS_CDN: WildcardSample = {
  host: 'configmgrbits.cdn.manage.microsoft.com',
  note: 'configmgrbits.cdn.manage.microsoft.com serves update content (Microsoft internet endpoints page, 2025).',
};

/**
 * The tenant-attach gateways under `*.manage.microsoft.com`, named in Microsoft's 2020 tenant-attach page
 * ("device-sync-actions.md", ms.date 04/10/2020, kept in Mr-Tbone/memdocs.sv-se @ 142fe37, translated from
 * MicrosoftDocs source a4ec80c5) and in the SCP's GenericUploadWorker.log lines quoted by memdocs
 * `tenant-attach/troubleshoot.md` @ 80ad580 (`https://us.gateway.configmgr.manage.microsoft.com/api/gateway/…`).
 */
const TENANT_ATTACH_SOURCE = 'Microsoft tenant-attach docs (device-sync-actions, 2020; troubleshoot.md log lines)';

/** The global tenant-attach gateway that `https://aka.ms/configmgrgateway` serves. */
export const SAMPLE_GATEWAY: WildcardSample = {
  host: 'gateway.configmgr.manage.microsoft.com',
  note: `gateway.configmgr.manage.microsoft.com is the tenant-attach gateway (${TENANT_ATTACH_SOURCE}).`,
};

/** The US regional tenant-attach gateway, seen in SCP connector logs. */
export const SAMPLE_GATEWAY_US: WildcardSample = {
  host: 'us.gateway.configmgr.manage.microsoft.com',
  note: `us.gateway.configmgr.manage.microsoft.com is the US tenant-attach gateway (${TENANT_ATTACH_SOURCE}).`,
};

/** The EU regional tenant-attach gateway. */
export const SAMPLE_GATEWAY_EU: WildcardSample = {
  host: 'eu.gateway.configmgr.manage.microsoft.com',
  note: `eu.gateway.configmgr.manage.microsoft.com is the EU tenant-attach gateway (${TENANT_ATTACH_SOURCE}).`,
};
