import { readFileSync } from 'node:fs';

/**
 * Linux's clock ticks per second for /proc times (USER_HZ). It is 100 on every architecture Linux supports today;
 * Node cannot ask sysconf(_SC_CLK_TCK), and a wrong guess would only scale a debug figure.
 */
const USER_HZ = 100;

/**
 * CPU seconds (user + system) the calling thread has used, or `null` where the system does not say (Windows, macOS).
 * `process.cpuUsage()` counts the whole process, V8's helper threads included (garbage collection, the optimizing
 * compiler), and Node 20 has no per-thread figure (process.threadCpuUsage came with Node 23.9). The thread that runs
 * the probes is the part of a run no second core can share, so `npm run bench` shows it beside the process's CPU.
 */
export function threadCpuSeconds(): number | null {
  let stat: string;
  try {
    stat = readFileSync('/proc/thread-self/stat', 'latin1');
  } catch {
    return null;
  }
  return threadStatCpuSeconds(stat);
}

/**
 * utime + stime of a /proc/…/stat line, in seconds (proc(5): fields 14 and 15). The command name (field 2) is in
 * parentheses and may itself hold spaces and parentheses, so the fields are counted from the last `)`.
 */
export function threadStatCpuSeconds(stat: string): number | null {
  const nameEnd = stat.lastIndexOf(')');
  if (nameEnd < 0) return null;
  // The first field after the name is field 3 (state): utime is field 14, stime field 15.
  const fields = stat
    .slice(nameEnd + 1)
    .trim()
    .split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isInteger(utime) || !Number.isInteger(stime) || utime < 0 || stime < 0) return null;
  return (utime + stime) / USER_HZ;
}
