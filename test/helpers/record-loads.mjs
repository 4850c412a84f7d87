// Preload (`node --import`) that records every module file the process loads, one URL a line, in the file named by
// RECORD_LOADS_FILE. Registers record-loads-hooks.mjs as a module resolution hook (test/cli/lazy-loading.test.ts).
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
