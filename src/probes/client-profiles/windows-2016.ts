import type { ClientProfile } from './types.js';
import { SCHANNEL_CURVES, SCHANNEL_TLS12_SIGALGS } from './schannel-groups.js';

/**
 * Windows Server 2016 (Windows 10 v1607): "TLS Cipher Suites in Windows 10 v1607", the suites "enabled and in this
 * priority order by default", in that order, with the page's "Allowed by SCH_USE_STRONG_CRYPTO" column. Windows 10
 * v1607 and Windows Server 2016 share one table.
 */
export const windows2016: ClientProfile = {
  id: 'windows-2016',
  title: 'Windows Server 2016 (Windows 10 v1607)',
  builds: [14393],
  source: {
    title: 'TLS Cipher Suites in Windows 10 v1607',
    url: 'https://learn.microsoft.com/windows/win32/secauthn/tls-cipher-suites-in-windows-10-v1607',
    date: '2018-05-31',
    copy: 'MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-10-v1607.md @ 45a00f1',
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
    { suite: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_CBC_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_CBC_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_RC4_128_SHA', strong: false },
    { suite: 'TLS_RSA_WITH_RC4_128_MD5', strong: false },
  ],
  curves: SCHANNEL_CURVES,
  sigalgs: SCHANNEL_TLS12_SIGALGS,
  remarks: ['No TLS 1.3: the page lists none.'],
};
