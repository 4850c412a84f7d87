import type { ClientProfile } from './types.js';
import { SCHANNEL_TLS12_SIGALGS } from './schannel-groups.js';

/**
 * Windows Server 2012 R2 (with update KB 2919355): "TLS Cipher Suites in Windows 8.1", the suites "enabled and in
 * this priority order by default", in that order, with the page's "Allowed by SCH_USE_STRONG_CRYPTO" column. Windows
 * 8.1 and Server 2012 R2 share one table; KB 2919355 set this order. It has no TLS_ECDHE_RSA_WITH_AES_*_GCM suite at
 * all (field-facts §4.2).
 */
export const windows2012r2: ClientProfile = {
  id: 'windows-2012r2',
  title: 'Windows Server 2012 R2 (with update KB 2919355)',
  builds: [9600],
  source: {
    title: 'TLS Cipher Suites in Windows 8.1',
    url: 'https://learn.microsoft.com/windows/win32/secauthn/tls-cipher-suites-in-windows-8-1',
    date: '2018-05-31',
    copy: 'MicrosoftDocs/win32 desktop-src/SecAuthN/tls-cipher-suites-in-windows-8-1.md @ 0180b6d',
  },
  versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  cipherSuites: [
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256_P256', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256_P384', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA_P256', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA_P384', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA_P256', strong: true },
    { suite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA_P384', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_GCM_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_CBC_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_CBC_SHA256', strong: true },
    { suite: 'TLS_RSA_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384_P384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256_P256', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256_P384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384_P384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256_P256', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256_P384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA_P256', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA_P384', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA_P256', strong: true },
    { suite: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA_P384', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', strong: true },
    { suite: 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA', strong: true },
    { suite: 'TLS_RSA_WITH_RC4_128_SHA', strong: false },
    { suite: 'TLS_RSA_WITH_RC4_128_MD5', strong: false },
  ],
  curves: ['P-256', 'P-384'],
  sigalgs: SCHANNEL_TLS12_SIGALGS,
  remarks: [
    'Curves: the P256/P384 suffixes of the suite strings are the only curves enabled ' +
      '(P521 suites are supported but not enabled), P-256 first.',
    'No TLS 1.3: the page lists none.',
  ],
};
