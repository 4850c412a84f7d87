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
