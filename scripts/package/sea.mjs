// @ts-check
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'postject';

/** The fuse Node looks for to know a blob is injected (Node's SEA documentation, "Injecting the blob"). */
const SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Makes the SEA preparation blob in `dir` from the main script and the assets there, with `node`, which must be exactly
 * the Node.js version of the executables it goes into (a blob is version-bound). Paths are relative and the tool
 * runs inside `dir`, so the blob does not record the build folder and two folders give the same bytes. Code cache
 * and snapshot stay off: they are specific to the platform that makes them, and the Windows blob is made on Linux.
 * @param {string} node
 * @param {string} dir
 * @param {string} main the main script's file name in dir
 * @param {Record<string, string>} assets asset name → file name in dir
 * @param {string[]} execArgv Node flags the executable starts with (package.json seaRuntime.execArgv: the V8
 *   start-up flags of src/cli/heap-settings.ts, as `npm start` passes them)
 * @returns {Buffer}
 */
export function seaBlob(node, dir, main, assets, execArgv) {
  const config = {
    main,
    output: 'sea-prep.blob',
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: false,
    execArgv,
    assets,
  };
  writeFileSync(join(dir, 'sea-config.json'), `${JSON.stringify(config, null, 2)}\n`);
  const run = spawnSync(node, ['--experimental-sea-config', 'sea-config.json'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`${node} --experimental-sea-config failed (${run.error?.message ?? `exit ${run.status}`})`);
  return readFileSync(join(dir, 'sea-prep.blob'));
}

/**
 * Copies the Windows node.exe without its Authenticode signature (injection would leave it invalid: "The signature
 * seems corrupted!"), so the result is cleanly unsigned until a release step signs it.
 * @param {string} nodeExe
 * @param {string} out
 */
export function unsignedCopy(nodeExe, out) {
  const run = spawnSync('osslsigncode', ['remove-signature', '-in', nodeExe, '-out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 120_000,
  });
  if (run.error?.message.includes('ENOENT')) throw new Error('osslsigncode is not installed (apt-get install osslsigncode)');
  if (run.status !== 0) throw new Error(`osslsigncode remove-signature ${nodeExe} failed (exit ${run.status})`);
}

/**
 * Injects the blob into a copy of a Node.js binary at `out` (postject handles ELF and PE). On ELF, postject's LIEF
 * prints "Can't find string offset for section name '.note.100'" notes: harmless, the section table is intact.
 * @param {string | null} node the binary to copy, or null to inject into `out` as it is
 * @param {string} out
 * @param {Buffer} blob
 */
export async function injectBlob(node, out, blob) {
  if (node !== null) copyFileSync(node, out);
  chmodSync(out, 0o755);
  await inject(out, 'NODE_SEA_BLOB', blob, { sentinelFuse: SENTINEL_FUSE, overwrite: true });
  recacheInSmallPages(out);
}

/**
 * Copies `file` onto itself through a sibling (same bytes, same mode). postject writes the executable in one
 * write of its whole size, and Linux (6.18, ext4 here) then keeps it in the page cache in large folios: a process
 * started from it maps whole folios where it touches one page, so the executable run on the machine that built it
 * showed 140 MB peak RSS at 2,000 endpoints where the same bytes copied (cp, cat, a download, an unzip) show 107 MB.
 * The copy (copy_file_range, page by page) makes what `npm run bench -- --exe` measures here what a user's copy
 * does. Windows is not concerned, but the copy is cheap and keeps one path for both.
 * @param {string} file
 */
function recacheInSmallPages(file) {
  const copy = `${file}.copy`;
  copyFileSync(file, copy);
  renameSync(copy, file);
}
