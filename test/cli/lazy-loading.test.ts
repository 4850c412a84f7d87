import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { commands } from '../../src/cli/commands/index.js';
import { offlineEnv } from '../helpers/offline-env.js';
import { CLI, minimalPlan } from './run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RECORDER = fileURLToPath(new URL('../helpers/record-loads.mjs', import.meta.url));

/** The project files and packages the CLI loads for `args`, relative to the project (`dist/…`, `node_modules/…`). */
function loadedBy(args: string[]): { code: number | null; loaded: Set<string> } {
  const file = join(mkdtempSync(join(tmpdir(), 'scp-loads-')), 'loads.txt');
  const run = spawnSync(process.execPath, ['--import', RECORDER, CLI, ...args], {
    env: offlineEnv({ RECORD_LOADS_FILE: file, NO_COLOR: '1' }),
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 60_000,
  });
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Nothing recorded: the assertions below say what was expected.
  }
  const loaded = new Set(
    text
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => fileURLToPath(url).slice(ROOT.length).replaceAll('\\', '/')),
  );
  return { code: run.status, loaded };
}

/** What a run needs and a help text does not: probes, routing, PAC, the renderers, and the packages behind them. */
const HEAVY = [
  'dist/check/run-check.js',
  'dist/probes/run-probes.js',
  'dist/probes/tls.js',
  'dist/proxy/build-routing.js',
  'dist/proxy/pac.js',
  'dist/report/file-formats.js',
  'dist/report/html/index.js',
  'node_modules/undici/',
  'node_modules/node-forge/',
  'node_modules/quickjs-wasi/',
  'node_modules/ajv/',
  'node_modules/yaml/',
  'dist/report/text-table.js',
];
const heavyIn = (loaded: Set<string>): string[] => HEAVY.filter((heavy) => [...loaded].some((file) => file.startsWith(heavy)));

// Issue 10: --version and --help (top-level or a command's) within 2× `node -e 0`. Timing is the bench's job
// (bench/startup.mjs); this holds the structure that makes it possible, so a static import in the wrong module fails
// here rather than slowly.
t.test('--version and --help load neither yargs nor any command module', async (t) => {
  for (const flag of ['--version', '--help']) {
    const { code, loaded } = loadedBy([flag]);
    t.equal(code, 0, `${flag}: exit 0`);
    t.ok(loaded.has('dist/cli/main.js'), `${flag}: the recorder saw the CLI load`);
    t.same(
      [...loaded].filter((file) => file.startsWith('node_modules/')),
      [],
      `${flag}: no package`,
    );
    t.same(
      Object.keys(commands).filter((name) => loaded.has(`dist/cli/commands/${name}.js`)),
      [],
      `${flag}: no command module`,
    );
  }
});

t.test("a command's --help loads its declaration: not yargs, not its module, nothing a run needs", async (t) => {
  for (const name of Object.keys(commands)) {
    const { code, loaded } = loadedBy([name, '--help']);
    t.equal(code, 0, `${name} --help: exit 0`);
    t.ok(loaded.has(`dist/cli/declarations/${name}.js`), `${name} --help: its declaration was loaded`);
    t.same(
      [...loaded].filter(
        (file) => file.startsWith('node_modules/') || (file.startsWith('dist/cli/commands/') && !file.endsWith('/usage.js')),
      ),
      [],
      `${name} --help: no package (yargs neither), no command module`,
    );
    t.same(heavyIn(loaded), [], `${name} --help: nothing a run needs`);
  }
  // With another flag beside it yargs answers, and loads the command's module for its builder.
  const { code, loaded } = loadedBy(['check', '--help', '--json']);
  t.equal(code, 0, 'check --help --json: exit 0');
  t.ok(
    loaded.has('dist/cli/commands/check.js') && [...loaded].some((file) => file.startsWith('node_modules/yargs/')),
    'yargs and check.js',
  );
  t.same(heavyIn(loaded), [], 'check --help --json: nothing a run needs');
});

t.test('control: a run loads them, so the recorder would see them', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'scp-loads-out-'));
  const { code, loaded } = loadedBy(['check', '--only', 'rules', '--plan', minimalPlan(), '--out', out, '--format', 'json,html']);
  t.equal(code, 0, 'check --only rules: ready');
  for (const heavy of ['dist/check/run-check.js', 'dist/report/file-formats.js', 'dist/report/html/index.js', 'node_modules/yaml/'])
    t.ok(heavyIn(loaded).includes(heavy), `check loads ${heavy}`);
});
