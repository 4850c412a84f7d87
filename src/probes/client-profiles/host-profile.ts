import type { SchannelEvidence } from '../../evidence/parse-schannel.js';
import { InputError } from '../../model/input-error.js';
import { clientProfiles, defaultProfileId } from './index.js';
import { ianaName } from './iana-openssl.js';
import type { ClientProfile, SchannelSuite, TlsVersion } from './types.js';

const VERSION_KEYS: Readonly<Record<string, TlsVersion>> = {
  'TLS 1.0': 'TLSv1',
  'TLS 1.1': 'TLSv1.1',
  'TLS 1.2': 'TLSv1.2',
  'TLS 1.3': 'TLSv1.3',
};
/** Schannel's curve names (EccCurves policy) in OpenSSL's. */
const CURVES: Readonly<Record<string, string>> = { curve25519: 'X25519', nistp256: 'P-256', nistp384: 'P-384', nistp521: 'P-521' };
/**
 * Listed by Get-TlsCipherSuite but never in a default ClientHello: "No PSK cipher suites are enabled by default.
 * Applications need to request PSK", and NULL suites are "Only used when application explicitly requests".
 */
const ON_REQUEST_ONLY = /_PSK_|_NULL_/;
/** "RC4, DES, export and null cipher suites are filtered out" with SCH_USE_STRONG_CRYPTO (the 1607+ pages). */
const WEAK = /_(RC4|DES|NULL|EXPORT)/;

/**
 * The SCP host's real Schannel client, from collect's schannel.txt: the default profile of its build, then what
 * the host overrides. The cipher order is the "SSL Cipher Suite Order" policy when set (suites not in it "will not
 * be used"), else `Get-TlsCipherSuite`'s list; a `SCHANNEL\Protocols\<v>\Client` key with `Enabled` = 0 or
 * `DisabledByDefault` = 1 removes that version, one with `Enabled` ≠ 0 and `DisabledByDefault` = 0 adds it; the
 * EccCurves policy sets the curves. Each override is named in the profile's remarks.
 */
export function hostProfile(evidence: SchannelEvidence): ClientProfile {
  const baseId = defaultProfileId('win32', `10.0.${evidence.build}`);
  if (baseId === 'node') {
    throw new InputError(`Windows build ${evidence.build} is older than every client profile (the oldest is windows-2012r2, build 9600)`, {
      file: evidence.file,
    });
  }
  const base = clientProfiles[baseId];
  const remarks: string[] = [
    `Windows build ${evidence.build}: defaults of ${base.id} ("${base.source.title}"), overridden by ${evidence.file}.`,
  ];
  const strongOf = (suite: string): boolean =>
    base.cipherSuites.find((s) => s.suite === suite || ianaName(s.suite) === ianaName(suite))?.strong ?? !WEAK.test(suite);
  const listed = (evidence.policyFunctions ?? evidence.cmdletSuites)?.filter((suite) => !ON_REQUEST_ONLY.test(suite)) ?? null;
  let cipherSuites: readonly SchannelSuite[] = base.cipherSuites;
  if (listed) {
    cipherSuites = listed.map((suite) => ({ suite, strong: strongOf(suite) }));
    remarks.push(
      evidence.policyFunctions
        ? `Cipher suites: the "SSL Cipher Suite Order" policy (SSL\\00010002 Functions), ${listed.length} suites in its order.`
        : `Cipher suites: Get-TlsCipherSuite, ${listed.length} suites in its order.`,
    );
  }
  const versions = new Set<TlsVersion>(base.versions);
  for (const [name, setting] of evidence.protocols) {
    const version = VERSION_KEYS[name];
    if (!version) continue;
    if (setting.enabled === 0 || setting.disabledByDefault === 1) {
      if (versions.delete(version))
        remarks.push(
          `${name} disabled for clients (${setting.lines
            .slice(1)
            .map((l) => l.trim())
            .join('; ')}).`,
        );
    } else if ((setting.enabled ?? 1) !== 0 && setting.disabledByDefault === 0 && !versions.has(version)) {
      versions.add(version);
      remarks.push(
        `${name} enabled for clients (${setting.lines
          .slice(1)
          .map((l) => l.trim())
          .join('; ')}).`,
      );
    }
  }
  const curves = evidence.policyCurves?.flatMap((c) => CURVES[c.toLowerCase()] ?? []) ?? null;
  if (curves) remarks.push(`Curves: the ECC Curve Order policy (EccCurves), ${curves.join(', ')}.`);
  return {
    id: 'host',
    title: `this SCP host's Schannel configuration (Windows build ${evidence.build})`,
    builds: [evidence.build],
    source: { ...base.source, copy: `${evidence.file} over ${base.source.copy}` },
    versions: [...versions],
    cipherSuites,
    curves: curves ?? base.curves,
    sigalgs: base.sigalgs,
    remarks: [...remarks, ...base.remarks],
  };
}
