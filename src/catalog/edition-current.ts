import type { Catalog, CatalogEntry } from './types.js';
import { SAMPLE_CONFIGMGRBITS_CDN, SAMPLE_GATEWAY, SAMPLE_GATEWAY_EU, SAMPLE_GATEWAY_US, SAMPLE_SCCM_MANAGE } from './samples.js';

const UPDATES = 'updates-and-servicing';

/**
 * Specific storage accounts that replaced `blob.core.windows.net` (memdocs issue 822). The page lists
 * `cmbitsstore.blob.core.windows.net` twice (after the CDN and again after the six watcab hosts); it is kept once.
 */
const BLOB_HOSTS = [
  'cmbitsstore.blob.core.windows.net',
  'ceuswatcab01.blob.core.windows.net',
  'ceuswatcab02.blob.core.windows.net',
  'eaus2watcab01.blob.core.windows.net',
  'eaus2watcab02.blob.core.windows.net',
  'weus2watcab01.blob.core.windows.net',
  'weus2watcab02.blob.core.windows.net',
];

/** "Updates and servicing", its own section of the page since 2026; `sccmconnected-a01.cloudapp.net` is gone from it. */
const updates: CatalogEntry[] = [
  { text: '*.akamaiedge.net', group: UPDATES },
  { text: '*.akamaitechnologies.com', group: UPDATES },
  { text: '*.manage.microsoft.com', group: UPDATES, samples: [SAMPLE_SCCM_MANAGE, SAMPLE_CONFIGMGRBITS_CDN] },
  { text: 'go.microsoft.com', group: UPDATES },
  { text: 'download.microsoft.com', group: UPDATES },
  { text: 'download.windowsupdate.com', group: UPDATES },
  { text: 'download.visualstudio.microsoft.com', group: UPDATES },
  { text: 'definitionupdates.microsoft.com', group: UPDATES },
  {
    text: 'configmgrbits.azureedge.net',
    group: UPDATES,
    note: 'Being replaced by configmgrbits.cdn.manage.microsoft.com from March 2025.',
  },
  {
    text: 'configmgrbits.cdn.manage.microsoft.com',
    group: UPDATES,
    // The page: "This Azure endpoint only supports TLS 1.2 with specific cipher suites" (Azure Front Door). AFD
    // stopped negotiating TLS_DHE_RSA_WITH_AES_*_GCM on 2026-04-01 (azure-docs frontdoor/diffie-hellman-ciphers.md).
    note:
      'This Azure endpoint only supports TLS 1.2 with specific cipher suites (Azure Front Door); ' +
      'its DHE suites are gone since 2026-04-01, so the SCP needs an ECDHE_RSA suite or TLS 1.3 (see --client-profile).',
  },
  ...BLOB_HOSTS.map((text) => ({ text, group: UPDATES })),
  { text: 'umwatsonc.events.data.microsoft.com', group: UPDATES },
  {
    text: '*-umwatsonc.events.data.microsoft.com',
    group: UPDATES,
    note: 'The wildcard is inside the first label: a firewall must match it by pattern, not by domain suffix.',
  },
];

/**
 * "Internet access requirements" for Configuration Manager as published on Learn with ms.date 2026-06-08
 * (merill/intune-docs-mirror @ fde6345, nicholasswhite/memdocs-change-tracker @ a39a8f2; the same SCP sections as
 * MicrosoftDocs/memdocs `intune/configmgr/core/plan-design/network/internet-endpoints.md` @ 5a2601a with its
 * includes). Entries are kept verbatim (`https://aka.ms`). Its wording requires HTTPS on TCP 443, so a bare host is
 * probed on 443 only; entries written as `http://…` are probed on 80.
 */
export const editionCurrent: Catalog = {
  edition: 'current',
  provenance: {
    title: 'Internet access requirements (Configuration Manager)',
    url: 'https://learn.microsoft.com/en-us/intune/configmgr/core/plan-design/network/internet-endpoints',
    date: '2026-06-08',
  },
  barePorts: [443],
  groups: [
    { id: 'general', title: 'General', note: 'Always allow https://aka.ms and https://go.microsoft.com.' },
    { id: UPDATES, title: 'Updates and servicing' },
    { id: 'windows-servicing', title: 'Windows servicing' },
    { id: 'azure-services', title: 'Azure services (public cloud)' },
    { id: 'azure-us-government', title: 'Azure services (US Government cloud)', optional: true },
    {
      id: 'tenant-attach',
      title: 'Tenant attach',
      optional: true,
      note: 'The SCP keeps a long-lived connection to *.manage.microsoft.com: proxies should allow about 3 minutes idle.',
    },
    {
      id: 'certificate-revocation',
      title: 'Certificate revocation',
      optional: true,
      note: 'Needed when proxies allow only listed CRL/OCSP hosts.',
    },
  ],
  entries: [
    { text: 'https://aka.ms', group: 'general' },
    { text: 'https://go.microsoft.com', group: 'general' },
    ...updates,
    { text: 'download.microsoft.com', group: 'windows-servicing' },
    { text: 'https://go.microsoft.com/fwlink/?LinkID=619849', group: 'windows-servicing' },
    { text: 'dl.delivery.mp.microsoft.com', group: 'windows-servicing' },
    { text: 'management.azure.com', group: 'azure-services' },
    { text: 'management.usgovcloudapi.net', group: 'azure-us-government' },
    { text: 'https://aka.ms/configmgrgateway', group: 'tenant-attach' },
    {
      text: 'https://*.manage.microsoft.com',
      group: 'tenant-attach',
      samples: [SAMPLE_SCCM_MANAGE, SAMPLE_GATEWAY, SAMPLE_GATEWAY_US, SAMPLE_GATEWAY_EU],
    },
    {
      text: 'https://*.manage.microsoft.us',
      group: 'tenant-attach',
      // No concrete host under it is published (field-facts §8): probed only through a host DNS reveals.
      note: 'For US Government cloud customers on version 2107 or later.',
    },
    { text: 'https://dc.services.visualstudio.com', group: 'tenant-attach' },
    ...[
      'http://crl3.digicert.com',
      'http://crl4.digicert.com',
      'http://ocsp.digicert.com',
      'http://www.d-trust.net',
      'http://root-c3-ca2-2009.ocsp.d-trust.net',
      'http://crl.microsoft.com',
      'http://oneocsp.microsoft.com',
      'http://ocsp.msocsp.com',
      'http://www.microsoft.com/pkiops',
    ].map((text) => ({ text, group: 'certificate-revocation' })),
  ],
};
