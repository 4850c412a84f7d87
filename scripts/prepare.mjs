// @ts-check
// npm's `prepare` (runs after `npm ci` / `npm install` in a clone): compile src/ to dist/. With
// `npm ci --omit=dev` TypeScript is not installed; that must not fail the install, but say what it means.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write(
    'scp-preflight: TypeScript is not installed (npm ci --omit=dev?), so dist/ was not built. ' +
      'Run `npm ci` with the dev dependencies to build it, or use the release executables, which need no Node.js.\n',
  );
  process.exit(0);
}
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
