import type { Provenance } from '../../model/provenance.js';

/** TLS versions as Node names them (`minVersion`/`maxVersion`, `getProtocol()`). */
export type TlsVersion = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

/** One row of a "TLS Cipher Suites in Windows …" table: the suite string and its "Allowed by SCH_USE_STRONG_CRYPTO". */
export interface SchannelSuite {
  readonly suite: string;
  /**
   * The SCP is a .NET application and its prerequisites set `SchUseStrongCrypto` = 1 (KB 4561945), so .NET passes
   * SCH_USE_STRONG_CRYPTO and Schannel drops every suite whose column says "No": such a suite is listed, not offered.
   */
  readonly strong: boolean;
}

/**
 * What one TLS client offers by default: the data of a `--client-profile`. Cipher suites are Schannel's strings in
 * Schannel's priority order (before Windows 10 a suite string carries its curve, `…_SHA384_P256`); curves and
 * signature algorithms use OpenSSL's names, since only Node reads them.
 */
export interface ClientProfile {
  /** `windows-2016`, `node`, or `host` for a profile built from `collect` evidence. */
  readonly id: string;
  readonly title: string;
  /** Windows build numbers (os.release()'s third part) this profile is the default of. */
  readonly builds: readonly number[];
  /** The Microsoft page the suites come from, with the stored copy read (repo, path, commit). */
  readonly source: Provenance & { readonly copy: string };
  readonly versions: readonly TlsVersion[];
  /**
   * Schannel's default-enabled suites, highest priority first, without the NULL suites the pages mark "Only used
   * when application explicitly requests"; empty for `node` (OpenSSL's full set).
   */
  readonly cipherSuites: readonly SchannelSuite[];
  /** OpenSSL group names for `ecdhCurve`, in priority order; empty = OpenSSL's default. */
  readonly curves: readonly string[];
  /** OpenSSL signature algorithm names for `sigalgs`; empty = OpenSSL's default. */
  readonly sigalgs: readonly string[];
  /** What the data cannot show, or where it is inferred rather than published. */
  readonly remarks: readonly string[];
}
