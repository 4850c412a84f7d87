/**
 * IANA cipher suite names (the names Schannel uses, without its `_P256`/`_P384` curve suffixes) mapped to OpenSSL's,
 * as `openssl ciphers -stdname` prints them. `null`: OpenSSL 3 as shipped with Node has no such suite (RC4, 3DES),
 * so a profile cannot offer it; the profile says so instead of silently dropping it. TLS 1.3 suites keep their
 * IANA name in OpenSSL (they go to `ciphersuites`, not `ciphers`).
 */
export const IANA_TO_OPENSSL: Readonly<Record<string, string | null>> = {
  TLS_AES_256_GCM_SHA384: 'TLS_AES_256_GCM_SHA384',
  TLS_AES_128_GCM_SHA256: 'TLS_AES_128_GCM_SHA256',
  TLS_CHACHA20_POLY1305_SHA256: 'TLS_CHACHA20_POLY1305_SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 'ECDHE-ECDSA-AES256-GCM-SHA384',
  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 'ECDHE-ECDSA-AES128-GCM-SHA256',
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 'ECDHE-RSA-AES256-GCM-SHA384',
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 'ECDHE-RSA-AES128-GCM-SHA256',
  TLS_DHE_RSA_WITH_AES_256_GCM_SHA384: 'DHE-RSA-AES256-GCM-SHA384',
  TLS_DHE_RSA_WITH_AES_128_GCM_SHA256: 'DHE-RSA-AES128-GCM-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384: 'ECDHE-ECDSA-AES256-SHA384',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: 'ECDHE-ECDSA-AES128-SHA256',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384: 'ECDHE-RSA-AES256-SHA384',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256: 'ECDHE-RSA-AES128-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 'ECDHE-ECDSA-AES256-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 'ECDHE-ECDSA-AES128-SHA',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 'ECDHE-RSA-AES256-SHA',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 'ECDHE-RSA-AES128-SHA',
  TLS_DHE_RSA_WITH_AES_256_CBC_SHA: 'DHE-RSA-AES256-SHA',
  TLS_DHE_RSA_WITH_AES_128_CBC_SHA: 'DHE-RSA-AES128-SHA',
  TLS_RSA_WITH_AES_256_GCM_SHA384: 'AES256-GCM-SHA384',
  TLS_RSA_WITH_AES_128_GCM_SHA256: 'AES128-GCM-SHA256',
  TLS_RSA_WITH_AES_256_CBC_SHA256: 'AES256-SHA256',
  TLS_RSA_WITH_AES_128_CBC_SHA256: 'AES128-SHA256',
  TLS_RSA_WITH_AES_256_CBC_SHA: 'AES256-SHA',
  TLS_RSA_WITH_AES_128_CBC_SHA: 'AES128-SHA',
  TLS_DHE_DSS_WITH_AES_256_CBC_SHA256: 'DHE-DSS-AES256-SHA256',
  TLS_DHE_DSS_WITH_AES_128_CBC_SHA256: 'DHE-DSS-AES128-SHA256',
  TLS_DHE_DSS_WITH_AES_256_CBC_SHA: 'DHE-DSS-AES256-SHA',
  TLS_DHE_DSS_WITH_AES_128_CBC_SHA: 'DHE-DSS-AES128-SHA',
  TLS_RSA_WITH_3DES_EDE_CBC_SHA: null,
  TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA: null,
  TLS_RSA_WITH_RC4_128_SHA: null,
  TLS_RSA_WITH_RC4_128_MD5: null,
};

/** Schannel's pre-Windows-10 curve suffix (`_P256`, `_P384`, `_P521`), which names a curve, not a suite. */
const CURVE_SUFFIX = /_P(256|384|521)$/;

/** The IANA name of a Schannel suite string: `TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P256` → `…_SHA384`. */
export function ianaName(schannel: string): string {
  return schannel.replace(CURVE_SUFFIX, '');
}

/** The curve a pre-Windows-10 suite string names, as OpenSSL calls it (`P-256`), or `null`. */
export function suffixCurve(schannel: string): string | null {
  const bits = CURVE_SUFFIX.exec(schannel)?.[1];
  return bits ? `P-${bits}` : null;
}

/** Whether a suite is a TLS 1.3 one (OpenSSL configures those with `ciphersuites`, apart from `ciphers`). */
export function isTls13Suite(iana: string): boolean {
  return /^TLS_(AES|CHACHA20)_/.test(iana);
}

/** The IANA name of a suite OpenSSL negotiated (`ECDHE-RSA-AES128-GCM-SHA256` → `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`). */
export function opensslToIana(openssl: string): string {
  return Object.entries(IANA_TO_OPENSSL).find(([, name]) => name === openssl)?.[0] ?? openssl;
}
