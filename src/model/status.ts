/** The four outcomes every probe stage, endpoint result and rule finding can have. */
export const STATUSES = ['pass', 'warn', 'fail', 'skip'] as const;
export type Status = (typeof STATUSES)[number];

/** How bad a status is when several are combined; `skip` ranks below `pass` so a skipped stage never hides a pass. */
const SEVERITY: Record<Status, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

/** The worse of two statuses. */
export function worse(a: Status, b: Status): Status {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** Counts per status, as every report summary shows them. */
export type Summary = Record<Status, number>;
