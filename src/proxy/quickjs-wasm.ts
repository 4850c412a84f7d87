import { readFile } from 'node:fs/promises';
import { getAsset, isSea } from 'node:sea';
import quickjsWasmFile from './quickjs-wasm-file.cjs';

/** The SEA asset name of QuickJS's WebAssembly binary (scripts/package/sea.mjs puts it in the executables). */
export const QUICKJS_WASM_ASSET = 'quickjs.wasm';

let loaded: Promise<Uint8Array> | undefined;

/** The QuickJS binary's bytes: the executable's own asset in a single executable application, else node_modules'. */
async function wasmBytes(): Promise<Uint8Array> {
  if (!isSea()) return readFile(quickjsWasmFile());
  try {
    return new Uint8Array(getAsset(QUICKJS_WASM_ASSET));
  } catch (error) {
    // Only a broken build gets here; say so instead of a bare "no matching asset".
    throw new Error(`this executable has no ${QUICKJS_WASM_ASSET} asset (${(error as Error).message}); rebuild it with npm run package`);
  }
}

/**
 * QuickJS's WebAssembly binary for `QuickJS.create({ wasm })`, read once per process. quickjs-wasi would otherwise
 * find its file through import.meta.url, which does not exist inside the executables' bundle.
 */
export function quickjsWasm(): Promise<Uint8Array> {
  loaded ??= wasmBytes();
  return loaded;
}
