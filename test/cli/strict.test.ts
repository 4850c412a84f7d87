import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createCertificateAuthority } from '../../src/demo/certificate-authority.js';
import { startDnsServer } from '../../src/demo/dns-server.js';
import type { Report } from '../../src/model/report.js';
import { writeLabCatalog } from '../helpers/lab-catalog.js';
import { rawTlsServer } from '../helpers/probe-lab.js';
import { runCli } from './run-cli.js';
import { TEST_LAB_FLAG } from '../helpers/lab-addresses.js';

// A TLS inspection device in the path: READY with a warning naming the interceptor (exit 0), NOT READY under
// --strict (exit 1). The endpoint's port comes from the catalog URL, so no privileged port is needed.
t.test('TLS_INTERCEPTED through the CLI, with and without --strict', async (t) => {
  const inspection = createCertificateAuthority({ commonName: 'Contoso Inspection CA', organization: 'Contoso' });
  const port = await rawTlsServer(t, inspection, 'sccm.lab.test', (s) =>
    s.once('data', () => s.end('HTTP/1.1 200 OK\r\nServer: Lab\r\nContent-Length: 0\r\n\r\n')),
  );
  const dns = await startDnsServer({ zone: { 'sccm.lab.test': { a: ['127.0.0.1'] } } });
  t.teardown(() => dns.close());
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-strict-'));
  const caFile = join(dir, 'inspection.pem');
  writeFileSync(caFile, inspection.certPem);
  const catalog = writeLabCatalog(dir, [`https://sccm.lab.test:${port}/SCCMConnectedService.svc`]);
  const args = [
    'check',
    '--catalog',
    catalog,
    '--dns-server',
    dns.server,
    ...TEST_LAB_FLAG,
    '--ca-file',
    caFile,
    '--out',
    join(dir, 'out'),
    '--timeout',
    '2000',
  ];
  const plain = await runCli([...args, '--json']);
  const report = JSON.parse(plain.stdout) as Report;
  t.equal(plain.code, 0, 'ready with warnings: exit 0');
  t.equal(report.verdict, 'ready');
  t.match(report.endpoints[0], { status: 'warn', code: 'TLS_INTERCEPTED', message: /Contoso Inspection CA/ });
  const console = await runCli(args);
  t.match(console.stdout, /READY WITH WARNINGS: /);
  const strict = await runCli([...args, '--strict']);
  t.equal(strict.code, 1, '--strict: a warning fails');
  t.match(strict.stdout, /NOT READY.*--strict/);
});
