import type { Catalog } from './types.js';
import { SAMPLE_SCCM_MANAGE } from './samples.js';

/**
 * The seed document's list, exactly as written (nl-NL machine translation of "About the service connection point
 * in System Center Configuration Manager", ms.date 1/29/2018). Bare hosts need "TCP 443 for HTTPS and TCP 80 for
 * HTTP" ("uitgaande poort TCP 443 voor HTTPS en de uitgaande poort TCP 80 HTTP").
 */
export const edition2018: Catalog = {
  edition: '2018',
  provenance: {
    title: 'About the service connection point in System Center Configuration Manager (Serviceverbindingspunt, nl-NL)',
    url: 'https://docs.microsoft.com/sccm/core/servers/deploy/configure/about-the-service-connection-point',
    date: '2018-01-29',
  },
  barePorts: [443, 80],
  groups: [
    { id: 'updates-and-servicing', title: 'Updates and servicing' },
    { id: 'intune', title: 'Microsoft Intune', requires: 'intune' },
    { id: 'windows-10-servicing', title: 'Windows 10 servicing' },
  ],
  entries: [
    { text: '*.akamaiedge.net', group: 'updates-and-servicing' },
    { text: '*.akamaitechnologies.com', group: 'updates-and-servicing' },
    { text: '*.manage.microsoft.com', group: 'updates-and-servicing', samples: [SAMPLE_SCCM_MANAGE] },
    { text: 'go.microsoft.com', group: 'updates-and-servicing' },
    {
      text: 'blob.core.windows.net',
      group: 'updates-and-servicing',
      note:
        'Later revisions replaced this with specific storage hosts: anyone can create an account under blob.core.windows.net (memdocs ' +
        'issue 822).',
    },
    { text: 'download.microsoft.com', group: 'updates-and-servicing' },
    { text: 'download.windowsupdate.com', group: 'updates-and-servicing' },
    { text: 'sccmconnected-a01.cloudapp.net', group: 'updates-and-servicing' },
    {
      text: '*manage.microsoft.com',
      group: 'intune',
      samples: [SAMPLE_SCCM_MANAGE],
      note: 'Written without a dot after "*" in the document: it also matches manage.microsoft.com itself.',
    },
    { text: 'https://bspmts.mp.microsoft.com/V', group: 'intune' },
    { text: 'https://login.microsoftonline.com/{TenantID}', group: 'intune' },
    { text: 'download.microsoft.com', group: 'windows-10-servicing' },
    { text: 'https://go.microsoft.com/fwlink/?LinkID=619849', group: 'windows-10-servicing' },
  ],
};
