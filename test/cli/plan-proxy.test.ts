import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { startDnsServer } from '../../src/demo/dns-server.js';
import { startLabProxy } from '../lab/lab-proxy.js';
import type { Report } from '../../src/model/report.js';
import { runCli } from './run-cli.js';
import { TEST_LAB_FLAG } from '../helpers/lab-addresses.js';

// The plan's site system proxy is the route the SCP takes: without a proxy flag the probes go through it, and
// SCP-PROXY-ACCOUNT judges what that proxy did.
t.test('check --plan routes through scp.proxy and judges the proxy account', async (t) => {
  const proxy = await startLabProxy({ user: 'svc-proxy', password: 'not-given-here' });
  t.teardown(() => proxy.close());
  const dns = await startDnsServer({ zone: {} });
  t.teardown(() => dns.close());
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-plan-proxy-'));
  const catalog = join(dir, 'catalog.yaml');
  writeFileSync(
    catalog,
    [
      'edition: lab',
      'provenance: { title: Lab, url: "https://lab.invalid/", date: 2026-01-01 }',
      'groups: [{ id: core, title: Core }]',
      'entries: [{ text: "https://sccm.lab.test/", group: core }]',
    ].join('\n'),
  );
  const plan = (account: string) => {
    const file = join(dir, `plan-${account ? 'with' : 'without'}.yaml`);
    writeFileSync(
      file,
      [
        'site: { code: CAS, type: cas, parent: null, server: cm01.contoso.com }',
        'scp:',
        '  server: cm01.contoso.com',
        '  mode: online',
        '  intune: false',
        `  proxy: { server: 127.0.0.1, port: ${proxy.port}${account ? `, account: '${account}'` : ''} }`,
      ].join('\n'),
    );
    return file;
  };
  const run = async (planFile: string, env: NodeJS.ProcessEnv = {}) => {
    const result = await runCli(
      [
        'check',
        '--plan',
        planFile,
        '--catalog',
        catalog,
        '--dns-server',
        dns.server,
        ...TEST_LAB_FLAG,
        '--json',
        '--out',
        join(dir, 'out'),
        '--timeout',
        '1500',
      ],
      { env: { HTTPS_PROXY: 'http://127.0.0.1:9', ...env } },
    );
    return { code: result.code, report: JSON.parse(result.stdout) as Report };
  };
  const without = await run(plan(''));
  const endpoint = without.report.endpoints[0]!;
  t.match(
    endpoint.route,
    { kind: 'http', proxy: `http://127.0.0.1:${proxy.port}`, reason: /^site plan scp\.proxy/ },
    'the plan beats HTTPS_PROXY',
  );
  t.equal(endpoint.code, 'PROXY_AUTH_REQUIRED');
  t.equal(without.report.rules.find((r) => r.id === 'SCP-PROXY-ACCOUNT')?.status, 'fail');
  t.equal(without.code, 1);
  const withAccount = await run(plan('CONTOSO\\svc-proxy'));
  t.not(
    withAccount.report.rules.find((r) => r.id === 'SCP-PROXY-ACCOUNT')?.status,
    'fail',
    'an account in the plan is what the rule asks for',
  );
});
