import type { ClientProfile } from './types.js';
import { SCHANNEL_CURVES, SCHANNEL_TLS13_SIGALGS } from './schannel-groups.js';

/**
 * Windows Server 2025: "TLS Cipher Suites in Windows 11", the suites "enabled and in this priority order by
 * default", in that order, with the page's "Allowed by SCH_USE_STRONG_CRYPTO" column. Microsoft publishes no Server
 * 2025 page; Server 2025 is build 26100, the Windows 11 24H2 code base, so the Windows 11 table is used (derived).
 * Its rows equal Server 2022's.
 */
export const windows2025: ClientProfile = {
  id: 'windows-2025',
  title: 'Windows Server 2025',
  builds: [26100],
  source: {
    title: 'TLS Cipher Suites in Windows 11',
    url: 'https://learn.microsoft.com/windows/win32/secauthn/tls-cipher-suites-in-windows-11',
    date: '2021-09-01',
    copy: 'MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-11.md @ 00cc2ba',
  },
  versions: ['TLSv1.2', 'TLSv1.3'],
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
  remarks: [
    '(derived) No "TLS Cipher Suites in Windows Server 2025" page exists; the Windows 11 table stands in for build 26100.',
    '(derived) TLS 1.0 and 1.1 are off by default in Windows 11 24H2 and Server 2025 builds ' +
      "(Microsoft's TLS 1.0/1.1 deprecation announcement); they are not offered.",
  ],
};
