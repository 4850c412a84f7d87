import { QuickJS, type QuickJSOptions, type Snapshot } from 'quickjs-wasi';
import { quickjsWasm } from './quickjs-wasm.js';
import { WASM_PAGE, withMemoryMaximum } from './wasm-memory-maximum.js';

/** Everything one PAC runtime may hold: the compiled script and every evaluation running in it. */
export const PAC_MEMORY_BYTES = 64 * 1024 * 1024;

// Node has the WebAssembly global, but this project's `lib` (ES2023, no DOM) does not declare it.
type WasmModule = object;
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> } }).WebAssembly;
let compiled: Promise<WasmModule> | null = null;

/** The binary with its memory capped at PAC_MEMORY_BYTES, compiled once per process (instantiating it is cheap). */
function boundedModule(): Promise<WasmModule> {
  compiled ??= quickjsWasm().then((bytes) => wasm.compile(withMemoryMaximum(bytes, PAC_MEMORY_BYTES / WASM_PAGE)));
  return compiled;
}

/**
 * The options of every PAC runtime: the capped binary, QuickJS's own allocation limit (which in this build bounds
 * single allocations only, hence the cap on the memory itself), and the interrupt handler, which QuickJS polls
 * during execution and regular-expression matching, so a busy script stops even though it blocks the event loop.
 */
async function options(interruptHandler: () => boolean): Promise<QuickJSOptions> {
  return { wasm: (await boundedModule()) as QuickJSOptions['wasm'] & object, memoryLimit: PAC_MEMORY_BYTES, interruptHandler };
}

/** A fresh QuickJS runtime for compiling a PAC script: the one place a runtime is created. */
export async function createQuickJs(interruptHandler: () => boolean): Promise<QuickJS> {
  return QuickJS.create(await options(interruptHandler));
}

/** A runtime restored from a compiled script's snapshot (a copy of its memory: milliseconds, not a recompile). */
export async function restoreQuickJs(snapshot: Snapshot, interruptHandler: () => boolean): Promise<QuickJS> {
  return QuickJS.restore(snapshot, await options(interruptHandler));
}
