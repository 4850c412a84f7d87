import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { editions } from '../../src/catalog/index.js';
import { planEndpoints } from '../../src/catalog/plan.js';
import { startSimulatedInternet } from '../../src/demo/simulated-internet.js';
import { runCli } from '../cli/run-cli.js';

t.test('a step that fails after the servers started closes them: the demo exits instead of hanging', async (t) => {
  // mkdtemp in a missing TMPDIR fails after the DNS, endpoint, black-hole and proxy servers are up; before the fix
  // those stayed open and the process never ended.
  const out = mkdtempSync(join(tmpdir(), 'scp-preflight-demo-fail-'));
  const started = Date.now();
  const run = await runCli(['demo', '--quiet', '--out', out], { env: { TMPDIR: join(out, 'missing') }, timeoutMs: 60_000 });
  t.comment(`exited in ${Date.now() - started} ms`);
  t.equal(run.code, 3, 'internal error, not killed by the bound');
  t.match(run.stderr, /internal error: ENOENT: no such file or directory, mkdtemp/);
});

t.test('on Linux every fault is built, none left out', async (t) => {
  const internet = await startSimulatedInternet(planEndpoints(editions['2018'], { intune: false, groups: [], tenantId: null }));
  t.teardown(() => internet.close());
  t.same(internet.leftOut, []);
  t.ok(internet.faults.blackHoled, 'a host is black-holed');
  t.not(
    internet.dialPort(internet.faults.blackHoled!, 443),
    internet.dialPort('login.microsoftonline.com', 443),
    'it dials the black hole, not the endpoint servers',
  );
});
