import { release } from 'node:os';
import { InputError } from '../../model/input-error.js';
import { clientProfiles, defaultProfileId, WINDOWS_PROFILE_IDS } from './index.js';
import { ALL_PROFILES, CLIENT_PROFILE_CHOICES } from './profile-ids.js';
import type { ClientProfile } from './types.js';

/** Which profile a run offers, why, and (for `all`) which profiles the reachability matrix tries. */
export interface ProfileChoice {
  readonly profile: ClientProfile;
  /** `flag`: --client-profile; `platform`: the running Windows version (or node off Windows); `evidence`: collect's schannel file. */
  readonly chosenBy: 'flag' | 'platform' | 'evidence';
  /** `--client-profile all`: every Windows profile (and the host's, with evidence); otherwise empty. */
  readonly matrix: readonly ClientProfile[];
}

/**
 * Evidence overrides defaults, a flag overrides both: `--client-profile X` tests X; without it the host's real
 * Schannel configuration (from `collect`) is used when the plan has it, else the profile of the running Windows
 * version (os.release()), else `node`. With `all` the main results use the full OpenSSL set, so that each
 * matrix cell can be told from a refusal of everyone.
 */
export function chooseClientProfile(
  flag: string | undefined,
  host: ClientProfile | null,
  platform: NodeJS.Platform = process.platform,
  osRelease: string = release(),
): ProfileChoice {
  if (flag === ALL_PROFILES) {
    return {
      profile: clientProfiles.node,
      chosenBy: 'flag',
      matrix: [...WINDOWS_PROFILE_IDS.map((id) => clientProfiles[id]), ...(host ? [host] : [])],
    };
  }
  if (flag !== undefined) {
    if (!Object.hasOwn(clientProfiles, flag))
      throw new InputError(`--client-profile: "${flag}" is not one of ${CLIENT_PROFILE_CHOICES.join(', ')}`);
    return { profile: clientProfiles[flag as keyof typeof clientProfiles], chosenBy: 'flag', matrix: [] };
  }
  if (host) return { profile: host, chosenBy: 'evidence', matrix: [] };
  return { profile: clientProfiles[defaultProfileId(platform, osRelease)], chosenBy: 'platform', matrix: [] };
}
