import { node } from './node.js';
import { CLIENT_PROFILE_IDS, type ClientProfileId } from './profile-ids.js';
import type { ClientProfile } from './types.js';
import { windows2012r2 } from './windows-2012r2.js';
import { windows2016 } from './windows-2016.js';
import { windows2019 } from './windows-2019.js';
import { windows2022 } from './windows-2022.js';
import { windows2025 } from './windows-2025.js';

export { ALL_PROFILES, CLIENT_PROFILE_IDS, type ClientProfileId } from './profile-ids.js';

/** The built-in client profiles, one per id of profile-ids.ts (which `--client-profile` offers, with `all`). */
export const clientProfiles = {
  'windows-2012r2': windows2012r2,
  'windows-2016': windows2016,
  'windows-2019': windows2019,
  'windows-2022': windows2022,
  'windows-2025': windows2025,
  node,
} satisfies Record<ClientProfileId, ClientProfile>;

export const WINDOWS_PROFILE_IDS = CLIENT_PROFILE_IDS.filter((id) => id !== 'node');

/**
 * The profile of the machine the tool runs on: off Windows `node`; on Windows the profile whose build matches
 * os.release() ("10.0.20348" → windows-2022), else the newest profile not newer than the build (a client or an
 * insider build between server releases shares the older server's Schannel), else `node`.
 */
export function defaultProfileId(platform: NodeJS.Platform, release: string): ClientProfileId {
  if (platform !== 'win32') return 'node';
  const build = Number(release.split('.')[2]);
  if (!Number.isInteger(build)) return 'node';
  let best: ClientProfileId = 'node';
  let bestBuild = -1;
  for (const id of WINDOWS_PROFILE_IDS) {
    for (const b of clientProfiles[id].builds) {
      if (b <= build && b > bestBuild) [best, bestBuild] = [id, b];
    }
  }
  return best;
}
