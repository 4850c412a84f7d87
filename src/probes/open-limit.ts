import { readFileSync } from 'node:fs';

/**
 * The most probes in flight at once when the file descriptors allow it. A probe that resolves or connects only
 * waits (a black-holed connect waits a whole timeout), so this limit is set by descriptors, not CPU. It must be
 * high: a probe keeps its place until its TLS and HTTP work is done, so with 1,024 places a run over 2,000
 * endpoints started its last connects only as the first thousand finished, and a black-holed one among them
 * added a whole timeout to the run (issue 10: 5.4 s instead of 4.6 s in the benchmark).
 */
export const OPEN_CEILING = 4096;

/**
 * Descriptors kept for everything that is not a probe's socket: the DNS questions in flight (run-probes.ts
 * DNS_LIMIT, A and AAAA each with its own socket), the revocation fetches, report files, Node's own.
 */
export const DESCRIPTOR_RESERVE = 256;

/** The least open limit, whatever the descriptors: below it a run of the real catalog would queue for no reason. */
const OPEN_FLOOR = 32;

/**
 * Probes in flight at once on this host: OPEN_CEILING, or fewer when the process may open fewer files (Linux's
 * soft RLIMIT_NOFILE, which Node raises to the hard limit at start-up; src/node.cc). Beyond it a connect fails
 * with EMFILE, which would read as a network failure. Elsewhere (Windows, where sockets are not C runtime file
 * descriptors) the ceiling.
 */
export function openLimit(limits: string | null = readProcessLimits()): number {
  const descriptors = limits === null ? null : openFilesLimit(limits);
  if (descriptors === null) return OPEN_CEILING;
  return Math.max(OPEN_FLOOR, Math.min(OPEN_CEILING, descriptors - DESCRIPTOR_RESERVE));
}

/** The soft "Max open files" of a /proc/PID/limits text, or `null` when it is absent or unlimited. */
export function openFilesLimit(limits: string): number | null {
  const line = /^Max open files\s+(\S+)/m.exec(limits);
  if (!line?.[1] || !/^\d+$/.test(line[1])) return null;
  return Number(line[1]);
}

function readProcessLimits(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    // A hardened /proc: fall back to the ceiling, as on other systems.
    return null;
  }
}
