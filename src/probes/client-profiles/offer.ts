import { must } from '../../model/must.js';
import tls from 'node:tls';
import { InputError } from '../../model/input-error.js';
import type { TrustStore } from '../trust-store.js';
import { IANA_TO_OPENSSL, ianaName, isTls13Suite } from './iana-openssl.js';
import type { ClientProfile, TlsVersion } from './types.js';

const ORDER: readonly TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** A suite the profile lists but does not put on the wire, and why. */
export interface SuiteLeftOut {
  readonly suite: string;
  /** `strong-crypto`: the page says "not allowed by SCH_USE_STRONG_CRYPTO"; `openssl`: OpenSSL 3 has no such suite. */
  readonly why: 'strong-crypto' | 'openssl';
}

/** What a profile puts in the ClientHello, in Node's option names, and one TLS context for the whole run. */
export interface ProfileOffer {
  readonly profile: ClientProfile;
  /** `null` for `node`: the run's own context (OpenSSL's whole set) is used unchanged. */
  readonly options: {
    readonly minVersion: tls.SecureVersion;
    readonly maxVersion: tls.SecureVersion;
    /** OpenSSL names, TLS 1.3 suites included (Node hands those to `SSL_CTX_set_ciphersuites`). */
    readonly ciphers: string;
    readonly ecdhCurve?: string;
    readonly sigalgs?: string;
  } | null;
  /** IANA names offered, in order (deduplicated: Schannel's `_P256`/`_P384` variants are one suite on the wire). */
  readonly offered: readonly string[];
  readonly leftOut: readonly SuiteLeftOut[];
  readonly secureContext: tls.SecureContext;
}

/**
 * Turns a profile into what the TLS stage offers. Security level 0 as in the run's own context: Schannel's lists
 * still hold SHA-1 suites, and a profile must offer what Windows offers, no more and no less. Its context is made
 * once per run, for the first handshake that offers it (a context parses every trusted root: about 40 ms that would
 * otherwise come before the first DNS question).
 */
export function profileOffer(profile: ClientProfile, trust: TrustStore): ProfileOffer {
  const plan = offerPlan(profile);
  const { options } = plan;
  let made: tls.SecureContext | undefined;
  return {
    ...plan,
    get secureContext(): tls.SecureContext {
      if (!options) return trust.secureContext;
      return (made ??= tls.createSecureContext({ ca: trust.roots.map((r) => r.pem), ...options }));
    },
  };
}

/**
 * What a profile offers, without a TLS context: also the check that a profile (one built from evidence, say) leaves
 * something to offer, run before any probe so that a useless one is bad input (exit 2).
 */
export function offerPlan(profile: ClientProfile): Omit<ProfileOffer, 'secureContext'> {
  if (profile.cipherSuites.length === 0) return { profile, options: null, offered: [], leftOut: [] };
  const offered: string[] = [];
  const leftOut: SuiteLeftOut[] = [];
  for (const { suite, strong } of profile.cipherSuites) {
    const iana = ianaName(suite);
    if (!strong) {
      leftOut.push({ suite, why: 'strong-crypto' });
      continue;
    }
    if (!IANA_TO_OPENSSL[iana]) {
      leftOut.push({ suite, why: 'openssl' });
      continue;
    }
    if (!offered.includes(iana)) offered.push(iana);
  }
  const versions = [...profile.versions].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const has13 = offered.some(isTls13Suite);
  const has12 = offered.some((s) => !isTls13Suite(s));
  const usable = versions.filter((v) => (v === 'TLSv1.3' ? has13 : has12));
  const [minVersion, maxVersion] = [usable[0], usable.at(-1)];
  if (!minVersion || !maxVersion) {
    throw new InputError(
      `client profile ${profile.id}: its cipher suites (${profile.cipherSuites.map((s) => s.suite).join(', ') || 'none'}) ` +
        `and TLS versions (${profile.versions.join(', ') || 'none'}) leave nothing this tool can offer; check the profile's evidence`,
    );
  }
  const options = {
    minVersion,
    maxVersion,
    ciphers: [...offered.map((s) => must(IANA_TO_OPENSSL[s], `${s} is offered only when OpenSSL has it`)), '@SECLEVEL=0'].join(':'),
    ...(profile.curves.length > 0 ? { ecdhCurve: profile.curves.join(':') } : {}),
    ...(profile.sigalgs.length > 0 ? { sigalgs: profile.sigalgs.join(':') } : {}),
  };
  return { profile, options, offered, leftOut };
}

/** One line for the report: what the profile offered and what it had to leave out. */
export function describeOffer(offer: Omit<ProfileOffer, 'secureContext'>): string {
  if (!offer.options) return `${offer.profile.id}: OpenSSL's full set, TLS 1.0 to 1.3`;
  const why = (l: SuiteLeftOut): string => (l.why === 'openssl' ? 'OpenSSL 3 lacks it' : 'not allowed by SCH_USE_STRONG_CRYPTO');
  const out =
    offer.leftOut.length === 0 ? '' : `; listed but not offered: ${offer.leftOut.map((l) => `${l.suite} (${why(l)})`).join(', ')}`;
  const { minVersion, maxVersion } = offer.options;
  return `${offer.profile.id}: ${minVersion} to ${maxVersion}, ${offer.offered.length} suites (${offer.offered.join(', ')})${out}`;
}
