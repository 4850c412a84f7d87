/**
 * The built-in client profiles' ids, in `--client-profile`'s order, and `all`. Data only, apart from the profiles'
 * cipher tables, so that `check --help` loads none of them (issue 10); index.ts keys its profiles by these ids and
 * the compiler holds the two equal.
 */
export const CLIENT_PROFILE_IDS = ['windows-2012r2', 'windows-2016', 'windows-2019', 'windows-2022', 'windows-2025', 'node'] as const;

export type ClientProfileId = (typeof CLIENT_PROFILE_IDS)[number];

/** `--client-profile all`: one handshake per Windows profile for each https endpoint. */
export const ALL_PROFILES = 'all';

/** `--client-profile` choices: the ids and `all`. */
export const CLIENT_PROFILE_CHOICES: readonly string[] = [...CLIENT_PROFILE_IDS, ALL_PROFILES];
