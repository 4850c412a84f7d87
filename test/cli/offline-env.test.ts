import t from 'tap';
import { isProxyVariable, offlineEnv } from '../helpers/offline-env.js';
import { minimalPlan, runCli } from './run-cli.js';

// Tests must never send traffic off this machine: a proxy variable inherited from the developer's shell or the CI
// machine would route a test's probes to a real proxy. The CLI helper strips them; this proves it, in a child.
t.test('children started by tests see no proxy variable', async (t) => {
  for (const name of [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'ALL_PROXY',
    'all_proxy',
    'NO_PROXY',
    'no_proxy',
    'npm_config_proxy',
    'npm_config_https_proxy',
  ]) {
    t.ok(isProxyVariable(name), name);
  }
  t.notOk(isProxyVariable('PATH'));
  t.notOk(isProxyVariable('SCP_PREFLIGHT_PROXY_PASSWORD'), 'the password variable is not a route');
  const saved = { ...process.env };
  t.teardown(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) Reflect.deleteProperty(process.env, name);
    Object.assign(process.env, saved);
  });
  process.env.HTTPS_PROXY = 'http://proxy.invalid:3128';
  process.env.all_proxy = 'socks5://proxy.invalid:1080';
  t.notOk('HTTPS_PROXY' in offlineEnv(), 'offlineEnv drops HTTPS_PROXY');
  t.equal(offlineEnv({ HTTPS_PROXY: 'http://127.0.0.1:1' }).HTTPS_PROXY, 'http://127.0.0.1:1', 'a test may still set one on purpose');
  // The CLI prints the route it would take without probing (rules only): no proxy variable means "direct".
  const result = await runCli(['check', '--only', 'rules', '--plan', minimalPlan(), '--json', '--out', t.testdir()]);
  const report = JSON.parse(result.stdout) as { settings: { route: { kind: string; reason: string } } };
  t.equal(report.settings.route.kind, 'direct', `the child saw no proxy variable (${report.settings.route.reason})`);
});
