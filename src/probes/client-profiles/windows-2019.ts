import type { ClientProfile } from './types.js';
import { SCHANNEL_CURVES, SCHANNEL_TLS12_SIGALGS } from './schannel-groups.js';

/**
 * Windows Server 2019 (Windows 10 v1809): "TLS Cipher Suites in Windows 10 v1809", the suites "enabled and in this
 * priority order by default", in that order, with the page's "Allowed by SCH_USE_STRONG_CRYPTO" column. Windows
 * Server 2019 is Windows 10 v1809 (build 17763); unlike v1607 it no longer enables DHE_RSA CBC or DHE_DSS suites.
 */
export const windows2019: ClientProfile = {
  id: 'windows-2019',
  title: 'Windows Server 2019 (Windows 10 v1809)',
  builds: [17763],
  source: {
    title: 'TLS Cipher Suites in Windows 10 v1809',
    url: 'https://learn.microsoft.com/windows/win32/secauthn/tls-cipher-suites-in-windows-10-v1809',
    date: '2018-10-09',
    copy: 'MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-10-v1809.md @ 2a1e360',
  },
  versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  cipherSuites: [
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_CBC_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_CBC_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', strong: true },
  ],
  curves: SCHANNEL_CURVES,
  sigalgs: SCHANNEL_TLS12_SIGALGS,
  remarks: ['No TLS 1.3: the page lists none.'],
};
