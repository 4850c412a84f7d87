import { edition2018 } from './edition-2018.js';
import { edition2025 } from './edition-2025.js';
import { editionCurrent } from './edition-current.js';
import type { EditionId } from './edition-ids.js';
import type { Catalog } from './types.js';

export { DEFAULT_EDITION, EDITION_IDS, type EditionId } from './edition-ids.js';

/** The built-in editions, one per id of edition-ids.ts (which `--edition` offers). */
export const editions = { current: editionCurrent, '2025': edition2025, '2018': edition2018 } satisfies Record<EditionId, Catalog>;
