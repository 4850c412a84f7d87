import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import t from 'tap';
import { runTimeFlags, START_UP_FLAGS } from '../../src/cli/heap-settings.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
  seaRuntime: { execArgv: string[] };
};

// The young generation's cap works only from Node's command line: the launchers that users run must pass it.
t.test('npm start and the release executables start Node with the start-up flags', (t) => {
  t.equal(pkg.scripts.start, `node ${START_UP_FLAGS.join(' ')} dist/cli/main.js`, 'package.json scripts.start');
  t.same(pkg.seaRuntime.execArgv, START_UP_FLAGS, 'package.json seaRuntime.execArgv (the SEA configuration)');
  t.end();
});

t.test('this Node accepts every start-up flag (a misspelt V8 flag stops Node with "bad option")', (t) => {
  const run = spawnSync(process.execPath, [...START_UP_FLAGS, '-e', 'process.stdout.write("started")'], { encoding: 'utf8', env: {} });
  t.equal(run.stdout, 'started', `node ${START_UP_FLAGS.join(' ')} starts (stderr: ${run.stderr.trim()})`);
  t.equal(run.status, 0);
  const misspelt = spawnSync(process.execPath, ['--optimise-for-size', '-e', '0'], { encoding: 'utf8', env: {} });
  t.not(misspelt.status, 0, 'a flag Node does not know is refused, so the check above can fail');
  t.end();
});

t.test('the run-time heap setting applies unless Node was started with its own', (t) => {
  t.same(runTimeFlags([]), ['--heap-growing-percent=20']);
  t.same(runTimeFlags(['--max-semi-space-size=2']), ['--heap-growing-percent=20']);
  t.same(runTimeFlags(['--heap-growing-percent=50']), []);
  t.same(runTimeFlags(['--heap_growing_percent=50']), [], 'V8 spells flags with _ or -');
  t.same(runTimeFlags(['--heap-growing-percent', '50']), [], 'value as the next argument');
  t.same(runTimeFlags(['--heap-growing-percentage=5']), ['--heap-growing-percent=20'], 'another flag is not ours');
  t.end();
});
