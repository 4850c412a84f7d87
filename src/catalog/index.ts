import { edition2018 } from './edition-2018.js';
import { edition2025 } from './edition-2025.js';
import { editionCurrent } from './edition-current.js';
import type { Catalog } from './types.js';

/** The built-in editions; `--edition` choices derive from the keys. */
export const editions = { current: editionCurrent, '2025': edition2025, '2018': edition2018 } satisfies Record<string, Catalog>;
export type EditionId = keyof typeof editions;
export const EDITION_IDS = Object.keys(editions) as EditionId[];
export const DEFAULT_EDITION: EditionId = 'current';
