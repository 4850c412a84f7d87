import { dirname, join } from 'node:path';

// CommonJS on purpose: require.resolve finds the package from dist/ and under the tests' loader alike, without
// import.meta.url, which the executables' CommonJS bundle does not have. The bundle never calls this (it reads the
// SEA asset instead), so the call staying unresolved there is harmless.

/** quickjs-wasi's own quickjs.wasm in node_modules. */
const quickjsWasmFile = (): string => join(dirname(require.resolve('quickjs-wasi/package.json')), 'quickjs.wasm');
export = quickjsWasmFile;
