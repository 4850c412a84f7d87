import type { ClientProfile } from './types.js';
import { SCHANNEL_CURVES, SCHANNEL_TLS13_SIGALGS } from './schannel-groups.js';

/**
 * Windows Server 2022: "TLS Cipher Suites in Windows Server 2022", the suites "enabled and in this priority order by
 * default", in that order, with the page's "Allowed by SCH_USE_STRONG_CRYPTO" column. The first server release with
 * TLS 1.3; TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 is enabled but not allowed by SCH_USE_STRONG_CRYPTO.
 */
export const windows2022: ClientProfile = {
  id: 'windows-2022',
  title: 'Windows Server 2022',
  builds: [20348],
  source: {
    title: 'TLS Cipher Suites in Windows Server 2022',
    url: 'https://learn.microsoft.com/windows/win32/secauthn/tls-cipher-suites-in-windows-server-2022',
    date: '2021-02-16',
    copy: 'MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-server-2022.md @ 0c438d8',
  },
  versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
  cipherSuites: [
    { suite: 'TLS_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384', strong: false },
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
    { suite: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', strong: false },
  ],
  curves: SCHANNEL_CURVES,
  sigalgs: SCHANNEL_TLS13_SIGALGS,
  remarks: [],
};
