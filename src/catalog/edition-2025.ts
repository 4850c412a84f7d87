import type { Catalog, CatalogEntry } from './types.js';
import { SAMPLE_CONFIGMGRBITS_CDN, SAMPLE_SCCM_MANAGE } from './samples.js';

const UPDATES = 'updates-and-servicing';

/** Specific storage accounts that replaced `blob.core.windows.net` (memdocs issue 822). */
const BLOB_HOSTS = [
  'cmbitsstore.blob.core.windows.net',
  'ceuswatcab01.blob.core.windows.net',
  'ceuswatcab02.blob.core.windows.net',
  'eaus2watcab01.blob.core.windows.net',
  'eaus2watcab02.blob.core.windows.net',
  'weus2watcab01.blob.core.windows.net',
  'weus2watcab02.blob.core.windows.net',
];

const updates: CatalogEntry[] = [
  { text: '*.akamaiedge.net', group: UPDATES },
  { text: '*.akamaitechnologies.com', group: UPDATES },
  { text: '*.manage.microsoft.com', group: UPDATES, samples: [SAMPLE_SCCM_MANAGE, SAMPLE_CONFIGMGRBITS_CDN] },
  { text: 'go.microsoft.com', group: UPDATES },
  { text: 'download.microsoft.com', group: UPDATES },
  { text: 'download.windowsupdate.com', group: UPDATES },
  { text: 'download.visualstudio.microsoft.com', group: UPDATES },
  { text: 'sccmconnected-a01.cloudapp.net', group: UPDATES },
  { text: 'definitionupdates.microsoft.com', group: UPDATES },
  {
    text: 'configmgrbits.azureedge.net',
    group: UPDATES,
    note: 'Being replaced by configmgrbits.cdn.manage.microsoft.com from March 2025.',
  },
  {
    text: 'configmgrbits.cdn.manage.microsoft.com',
    group: UPDATES,
    note: 'Accepts TLS 1.2 with specific cipher suites only (ECDHE/DHE RSA AES-GCM).',
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
 * "Internet access requirements" for Configuration Manager, content as of 2025 (the `current` edition until the
 * 2026-06-08 page replaced it; kept so that earlier reports can be compared). Its wording requires HTTPS on TCP
 * 443, so a bare host is probed on 443 only; entries written as `http://…` are probed on 80.
 */
export const edition2025: Catalog = {
  edition: '2025',
  provenance: {
    title: 'Internet access requirements (Configuration Manager)',
    url: 'https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints',
    date: '2025-01-01',
  },
  barePorts: [443],
  groups: [
    { id: 'general', title: 'General', note: 'Always allow aka.ms and go.microsoft.com.' },
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
    { text: 'aka.ms', group: 'general' },
    { text: 'go.microsoft.com', group: 'general' },
    ...updates,
    { text: 'download.microsoft.com', group: 'windows-servicing' },
    { text: 'https://go.microsoft.com/fwlink/?LinkID=619849', group: 'windows-servicing' },
    { text: 'dl.delivery.mp.microsoft.com', group: 'windows-servicing' },
    { text: 'management.azure.com', group: 'azure-services' },
    { text: 'management.usgovcloudapi.net', group: 'azure-us-government' },
    { text: 'https://aka.ms/configmgrgateway', group: 'tenant-attach' },
    { text: 'https://*.manage.microsoft.com', group: 'tenant-attach', samples: [SAMPLE_SCCM_MANAGE] },
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
