/**
 * The built-in editions' ids, in the order `--edition` lists them (the order of catalog/index.ts' keys, where
 * integer-like keys come first), and the default. Data only, apart from the endpoint lists, so that `check --help`
 * loads none of them (issue 10); catalog/index.ts keys its editions by these ids and the compiler holds the two equal.
 */
export const EDITION_IDS = ['2018', '2025', 'current'] as const;

export type EditionId = (typeof EDITION_IDS)[number];

export const DEFAULT_EDITION: EditionId = 'current';
