import { must } from '../../model/must.js';
import type { Destination, ProbeContext } from '../opener.js';
import { handshakeTls } from '../tls.js';
import type { StageResult, TlsDetail } from '../types.js';
import { clientProfiles, WINDOWS_PROFILE_IDS } from './index.js';
import { ianaName, opensslToIana } from './iana-openssl.js';
import type { ProfileOffer } from './offer.js';

/** Failures a narrower ClientHello can cause; a timeout or a reset is not the profile's doing. */
const PROFILE_FAILURES = new Set(['TLS_HANDSHAKE_FAILED', 'TLS_PROTOCOL_TOO_OLD']);

/**
 * Whether a failed tls stage under a Windows profile is worth a second, unrestricted handshake: only a refused
 * handshake is, and only when the profile narrowed what was offered.
 */
export function needsUnrestrictedCheck(stage: StageResult, offer: ProfileOffer | undefined): offer is ProfileOffer {
  return offer?.options != null && stage.status === 'fail' && stage.code !== null && PROFILE_FAILURES.has(stage.code);
}

/**
 * Tells a refusal of the profile from a refusal of everyone: a fresh connection along the same route, and a
 * handshake with the tool's full OpenSSL set. If that one succeeds, the endpoint and Windows' defaults share no
 * cipher suite (or curve, or version): TLS_NO_SHARED_CIPHER, naming the profile, what the server accepted and
 * the fix. If the server accepts only a TLS version older than 1.2, that stays TLS_PROTOCOL_TOO_OLD. If the
 * second handshake fails too, the first stage stands, with what was tried.
 */
export async function explainProfileRefusal(
  failed: StageResult,
  offer: ProfileOffer,
  destination: Destination,
  context: ProbeContext,
  signal: AbortSignal,
): Promise<StageResult> {
  const where = `${destination.host} port ${destination.port}`;
  const failedDetail = failed.detail?.kind === 'tls' ? failed.detail : null;
  const opened = await context.routeFor(destination).opener(destination, context, signal);
  if (!opened.socket) {
    return {
      ...failed,
      message:
        `${failed.message} (A second, unrestricted handshake could not be tried: the route failed again, ` +
        `${opened.stages.at(-1)?.code ?? 'no stage'}.)`,
    };
  }
  const open = await handshakeTls({
    socket: opened.socket,
    host: destination.host,
    port: destination.port,
    trust: context.trust,
    signal,
    timeoutMs: context.timeoutMs,
  });
  open.socket?.destroy();
  const seen = open.stage.detail?.kind === 'tls' ? open.stage.detail : null;
  const unrestricted = { protocol: seen?.protocol ?? null, cipher: seen?.cipher ?? null };
  const detail: TlsDetail | null = failedDetail ? { ...failedDetail, unrestricted } : null;
  if (open.stage.code === 'RUN_STOPPED') {
    return { ...failed, detail, message: `${failed.message} (The second, unrestricted handshake was cut short: ${open.stage.message})` };
  }
  if (!unrestricted.protocol || !unrestricted.cipher) {
    return {
      ...failed,
      detail,
      message:
        `${failed.message} A full OpenSSL client fails too (${open.stage.code ?? 'no handshake'}), ` +
        `so this is not the ${offer.profile.id} profile's doing.`,
    };
  }
  const { minVersion, maxVersion } = must(offer.options, 'needsUnrestrictedCheck lets only a narrowed profile through');
  if (open.stage.code === 'TLS_PROTOCOL_TOO_OLD') {
    return {
      ...failed,
      code: 'TLS_PROTOCOL_TOO_OLD',
      detail,
      message:
        `Under the ${offer.profile.id} profile (${minVersion} to ${maxVersion}) the handshake with ${where} failed; ` +
        `a full OpenSSL client gets only ${unrestricted.protocol} (${opensslToIana(unrestricted.cipher)}): the SCP needs TLS 1.2 or later.`,
    };
  }
  const accepted = opensslToIana(unrestricted.cipher);
  const how = offer.profile.id === 'host' ? 'as configured (collect evidence)' : 'by default';
  return {
    ...failed,
    code: 'TLS_NO_SHARED_CIPHER',
    detail,
    message:
      `${where} refuses what ${offer.profile.title} offers ${how} (--client-profile ${offer.profile.id}: ${minVersion} to ${maxVersion}, ` +
      `${offer.offered.length} cipher suites), yet accepts ${unrestricted.protocol} with ${accepted} from a full TLS client, ` +
      `so Schannel there cannot connect. ${fixFor(offer, accepted, unrestricted.protocol)}`,
  };
}

/**
 * The fix, by what the profile lacked: the TLS version the server took, else the suite (the GPO, and the Windows
 * versions whose defaults offer it), else, when the profile offers that very suite, its curves or signature
 * algorithms.
 */
function fixFor(offer: ProfileOffer, accepted: string, protocol: string): string {
  const { profile } = offer;
  if (!profile.versions.includes(protocol as never)) {
    const newer = WINDOWS_PROFILE_IDS.filter((id) => clientProfiles[id].versions.includes(protocol as never));
    return (
      `Fix: ${profile.id} does not offer ${protocol} (it offers ${profile.versions.join(', ')}); the endpoint must accept one of those, ` +
      `or the role must move to a Windows version that offers ${protocol}${newer.length > 0 ? ` (${newer.join(', ')})` : ''}.`
    );
  }
  if (offer.offered.includes(accepted)) {
    const curves = profile.curves.length > 0 ? profile.curves.join(', ') : 'its default curves';
    return (
      `${profile.id} offers ${accepted} too, so the server refuses its curves (${curves}) or signature algorithms: ` +
      "the endpoint must accept one of those curves, or the ECC Curve Order policy must add the endpoint's."
    );
  }
  const offering = WINDOWS_PROFILE_IDS.filter((id) => {
    const profile = clientProfiles[id];
    return profile.versions.includes(protocol as never) && profile.cipherSuites.some((s) => s.strong && ianaName(s.suite) === accepted);
  });
  const move =
    offering.length > 0
      ? `or move the role to a Windows version that offers it by default (${offering.join(', ')})`
      : 'no built-in Windows profile offers it by default, so the endpoint side must change';
  return (
    `Fix: add ${accepted} to the SCP server's "SSL Cipher Suite Order" policy ` +
    `(Computer Configuration > Administrative Templates > Network > SSL Configuration Settings), ${move}.`
  );
}
