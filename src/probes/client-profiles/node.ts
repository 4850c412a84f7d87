import type { ClientProfile } from './types.js';

/**
 * This tool's own OpenSSL client: TLS 1.0 to 1.3 and OpenSSL's whole set at security level 0 (src/probes/trust-store.ts),
 * so that an old or odd endpoint is seen and named. It says what the network allows, not what Windows would
 * negotiate; it is also the "unrestricted" handshake that tells TLS_NO_SHARED_CIPHER from a refused handshake.
 */
export const node: ClientProfile = {
  id: 'node',
  title: `Node.js ${process.version} / OpenSSL ${process.versions.openssl}`,
  builds: [],
  source: {
    title: 'Node.js TLS (OpenSSL) defaults',
    url: 'https://nodejs.org/api/tls.html#modifying-the-default-tls-cipher-suite',
    date: '2026-12-02',
    copy: 'OpenSSL DEFAULT:@SECLEVEL=0, TLS 1.0-1.3',
  },
  versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
  cipherSuites: [],
  curves: [],
  sigalgs: [],
  remarks: [],
};
