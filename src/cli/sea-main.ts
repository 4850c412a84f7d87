import { dirname } from 'node:path';
import { getRawAsset } from 'node:sea';
import { compileFunction, constants } from 'node:vm';
import { quickAnswer } from './quick-answer.js';

/** The SEA asset holding the CLI's bundle (scripts/package/index.mjs puts it in the executables). */
export const CLI_BUNDLE_ASSET = 'scp-preflight.cjs';

/**
 * Compiles and runs the CLI's bundle (main.ts and everything it loads, one CommonJS file) as Node would run it as
 * the executable's main script: the same wrapper arguments, and this script's own `require`, which Node gives a
 * single executable's main script for its built-in modules only (all the bundle asks for): a module file beside the
 * executable can never be loaded in their place. Dynamic `import()` goes through Node's own loader.
 */
function runCli(): void {
  // A view of the executable's own bytes, not a copy; the bundle is ASCII only (scripts/package/bundle.mjs), so
  // latin1 gives V8 its one-byte string directly.
  const source = Buffer.from(getRawAsset(CLI_BUNDLE_ASSET) as ArrayBuffer).toString('latin1');
  // compileFunction's type is any Function; this is the CommonJS wrapper's signature.
  const run = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: CLI_BUNDLE_ASSET,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  }) as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
  const module = { exports: {} };
  run(module.exports, require, module, process.execPath, dirname(process.execPath));
}

// The single executable's main script. V8 compiling the 2.9 MB bundle is ~110 ms, two thirds of what `--version`
// cost the executable (issue 10: start-up); the answers that need none of it are given here, everything else runs
// the bundle.
void quickAnswer(process.argv.slice(2), process.stdout.columns).then((quick) => {
  if (quick === null) runCli();
  else process.stdout.write(quick);
});
