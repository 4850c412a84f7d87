import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

t.test('the npm bin and ./dist/cli/main.js start Node with the start-up flags (the shebang passes them)', (t) => {
  const shebang = readFileSync(new URL('../../src/cli/main.ts', import.meta.url), 'utf8').split('\n', 1)[0] ?? '';
  t.equal(shebang, `#!/usr/bin/env -S node ${START_UP_FLAGS.join(' ')}`, 'src/cli/main.ts line 1 (tsc keeps it in dist)');
  // The same line on a script run as a program: env -S splits it, and Node sees the flags as its own.
  const script = join(t.testdir(), 'shows-exec-argv.js');
  writeFileSync(script, `${shebang}\nprocess.stdout.write(JSON.stringify(process.execArgv));\n`);
  chmodSync(script, 0o755);
  const run = spawnSync(script, [], { encoding: 'utf8', env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin` } });
  t.equal(run.status, 0, `the script runs (stderr: ${run.stderr.trim()})`);
  t.same(JSON.parse(run.stdout || 'null'), START_UP_FLAGS, "Node's execArgv");
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
