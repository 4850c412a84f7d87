import { randomBytes } from 'node:crypto';
import { access, copyFile, link, mkdir, open, rename, rm, stat, writeFile, constants } from 'node:fs/promises';
import { InputError } from '../model/input-error.js';
import { dirname, join, resolve } from 'node:path';
import type { FileFormatName } from './file-format-names.js';
import { type FileFormat, fileFormats } from './file-formats.js';
import { type PieceStream, streamOf } from './piece-stream.js';
import type { Report } from '../model/report.js';

/** Options for writing a report's files. */
export interface WriteOptions {
  readonly outDir: string;
  readonly formats: readonly FileFormatName[];
  /** The time in the file names; default: the report's `startedAt` (so re-rendered files pair with the run). */
  readonly stamp?: Date;
  /** Also replace `latest.<ext>` (default true). */
  readonly latest?: boolean;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `scp-preflight-YYYYMMDD-HHMMSS` in local time, the name users see next to their other files. */
export function stampName(date: Date): string {
  return (
    `scp-preflight-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}` +
    `-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

function isErrno(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException | null)?.code ?? '');
}

/**
 * Publishes a complete temp file under `final` only if no file has that name: a hard link is an atomic
 * create-if-absent, so a concurrent run or an earlier report is never overwritten and nobody sees half a file.
 * File systems without hard links fall back to an exclusive copy.
 */
export async function publishNew(temp: string, final: string): Promise<boolean> {
  try {
    await link(temp, final);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    if (!isErrno(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK')) throw error;
  }
  try {
    await copyFile(temp, final, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
}

/** A complete file under a unique hidden name in the target folder (same file system, so rename is atomic). */
export async function writeTemp(dir: string, extension: string, content: string | Iterable<string> | PieceStream): Promise<string> {
  const temp = join(dir, `.scp-preflight-${process.pid}-${randomBytes(6).toString('hex')}.${extension}.tmp`);
  if (typeof content === 'string') {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    return temp;
  }
  const stream = typeof content === 'function' ? content : streamOf(content);
  // Pieces (the JSON report, one endpoint at a time) are written as they come, about a megabyte per write, so a
  // report of 10,000 endpoints is never one 35 MB string plus its 35 MB buffer (issue 10). Pieces are joined only
  // up to GATHER characters (a rope: cheap to build, copied once when encoded into the one reused buffer), so they
  // die young: joined until a megabyte was reached, they outlived the young generation's collections and filled
  // the old one (the HTML of 10,000 endpoints peaked at 232 MB instead of 160 MB); encoded one by one, the 2
  // million pieces of that HTML cost a fifth of writing it.
  const file = await open(temp, 'wx');
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BATCH);
    let used = 0;
    let gathered = '';
    // The piece that may not fit, held while the stream pauses for the buffer to be written.
    let waiting: string | null = null;
    /** Encodes a piece into the buffer, or holds it (true: flush first) when it may not fit. */
    const place = (piece: string): boolean => {
      // A UTF-16 code unit is at most 3 bytes of UTF-8: a piece that may not fit is written after a flush.
      if (used + piece.length * 3 > buffer.length) {
        waiting = piece;
        return true;
      }
      used += buffer.write(piece, used, 'utf8');
      return false;
    };
    const take = (next: string): boolean => {
      if (next.length >= LARGE) {
        // A large piece (one endpoint of the JSON report) is encoded as it is: joined to what was gathered it
        // would be copied once more to flatten the join, the whole JSON file again (issue 10).
        if (gathered === '') return place(next);
        const before = gathered;
        gathered = '';
        if (!place(before)) return place(next);
        // The buffer is full: `next` waits as what is gathered, written after the flush (a rare join).
        gathered = next;
        return true;
      }
      gathered += next;
      if (gathered.length < GATHER) return false;
      const piece = gathered;
      gathered = '';
      return place(piece);
    };
    const flush = async (): Promise<void> => {
      if (used > 0) await file.write(buffer, 0, used);
      used = 0;
      const piece = waiting;
      waiting = null;
      if (piece === null) return;
      if (piece.length * 3 > buffer.length) await file.write(piece, null, 'utf8');
      else used += buffer.write(piece, 0, 'utf8');
    };
    const steps = stream(take);
    while (steps.next().done !== true) await flush();
    // The buffer, then what was still being gathered (which the second flush writes if it went into the buffer).
    waiting = gathered || null;
    await flush();
    await flush();
  } finally {
    await file.close();
  }
  return temp;
}

/** A copy of `source` under a new temp name beside it (see writeTemp). */
async function copyTemp(source: string, dir: string, extension: string): Promise<string> {
  const temp = join(dir, `.scp-preflight-${process.pid}-${randomBytes(6).toString('hex')}.${extension}.tmp`);
  await copyFile(source, temp, constants.COPYFILE_EXCL);
  return temp;
}

/** Bytes gathered before one write of a report written in pieces. */
const WRITE_BATCH = 1 << 20;
/**
 * Characters of small pieces joined before they are encoded: far below the young generation (2 MB), so the pieces
 * still die young (gathered up to a megabyte they outlived its collections and filled the old one).
 */
const GATHER = 8192;
/** A piece this long is encoded on its own: the encoder's per-call cost is small beside copying it to join it. */
const LARGE = 1024;

/**
 * `mkdir -p`, one level at a time. Not `mkdir(dir, { recursive: true })`: on Node 20 that loops for ever where the
 * kernel answers ENOENT for a child of a folder that exists (`/proc/x`), so an impossible --out spun at 100% CPU.
 * Each level is tried at most twice, so this ends after at most two calls per path component.
 */
async function makeDirectories(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return isDirectory(dir, error);
    const parent = dirname(dir);
    if (!isErrno(error, 'ENOENT') || parent === dir) throw error;
    await makeDirectories(parent);
  }
  try {
    await mkdir(dir);
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
    await isDirectory(dir, error);
  }
}

async function isDirectory(dir: string, error: unknown): Promise<void> {
  if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR', cause: error });
}

/**
 * Makes sure reports can be written into `dir` (creating it), so an unwritable `--out` is bad input reported before
 * a long run starts rather than an internal error after it.
 */
export async function prepareOutDir(dir: string): Promise<void> {
  try {
    await makeDirectories(resolve(dir));
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(`--out: cannot write reports into ${dir} (${code}); choose a folder you can write to`, { cause: error });
  }
}

/**
 * Writes the report in each format as `scp-preflight-YYYYMMDD-HHMMSS.<ext>` (then `-1`, `-2`, … if that name is
 * taken) plus `latest.<ext>`, each through a temp file in the same folder. Returns the paths written.
 */
export async function writeReportFiles(report: Report, options: WriteOptions): Promise<string[]> {
  const started = new Date(report.startedAt);
  const stamp = options.stamp ?? (Number.isNaN(started.getTime()) ? new Date() : started);
  const base = stampName(stamp);
  await prepareOutDir(options.outDir);
  const written: string[] = [];
  for (const name of options.formats) {
    const format: FileFormat = fileFormats[name];
    const temp = await writeTemp(options.outDir, format.extension, format.stream ? format.stream(report) : format.render(report));
    try {
      let final = '';
      for (let n = 0; ; n += 1) {
        final = join(options.outDir, `${base}${n === 0 ? '' : `-${n}`}.${format.extension}`);
        if (await publishNew(temp, final)) break;
        if (n > 10_000) throw new Error(`no free report file name for ${base} in ${options.outDir}`);
      }
      written.push(final);
      if (options.latest ?? true) {
        // A separate copy (not a hard link to the stamped file), so editing latest.* never alters a past run.
        const latest = join(options.outDir, `latest.${format.extension}`);
        // Copied from the file just written rather than rendered or held again.
        const latestTemp = await copyTemp(temp, options.outDir, format.extension);
        try {
          await rename(latestTemp, latest); // atomic replace of the previous latest
        } finally {
          await rm(latestTemp, { force: true });
        }
        written.push(latest);
      }
    } finally {
      await rm(temp, { force: true });
    }
  }
  return written;
}
