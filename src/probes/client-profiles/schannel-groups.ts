/**
 * Curves and signature algorithms Schannel offers, in OpenSSL's names (`ecdhCurve`, `sigalgs`).
 *
 * Curves: "For Windows 10, versions 1607 and later, the following elliptic curves are enabled and in this priority
 * order by default": curve25519, NistP256, NistP384 ("TLS Elliptic Curves in Windows 10 version 1607 and later",
 * learn.microsoft.com/windows/win32/secauthn/tls-elliptic-curves-in-windows-10-1607-and-later, ms.date 06/10/2020).
 */
export const SCHANNEL_CURVES: readonly string[] = ['X25519', 'P-256', 'P-384'];

/**
 * (derived) Microsoft publishes no per-version signature algorithm table. Schannel's TLS 1.2 clients offer RSA
 * PKCS#1 and ECDSA with SHA-256/384/512 and SHA-1 (the hashes SCHANNEL's `Hashes` registry keys govern, "TLS/SSL
 * Settings", learn.microsoft.com/windows-server/security/tls/tls-registry-settings). Where OpenSSL accepts a
 * signature Schannel would not offer, a PASS could be false; the order is not significant for the server's choice.
 */
export const SCHANNEL_TLS12_SIGALGS: readonly string[] = [
  'RSA+SHA256',
  'RSA+SHA384',
  'RSA+SHA1',
  'ECDSA+SHA256',
  'ECDSA+SHA384',
  'ECDSA+SHA1',
  'RSA+SHA512',
  'ECDSA+SHA512',
];

/**
 * (derived) With TLS 1.3 (Server 2022 on) a client must offer RSASSA-PSS to use an RSA certificate (RFC 8446
 * §4.2.3), and Schannel's TLS 1.3 does so with RSA certificates; the TLS 1.2 list follows.
 */
export const SCHANNEL_TLS13_SIGALGS: readonly string[] = [
  'rsa_pss_rsae_sha256',
  'rsa_pss_rsae_sha384',
  'rsa_pss_rsae_sha512',
  ...SCHANNEL_TLS12_SIGALGS,
];
