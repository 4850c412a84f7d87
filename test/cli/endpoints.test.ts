import t from 'tap';
import { runCli } from './run-cli.js';

// `endpoints` prints what the firewall must allow, without probing: one row per documented entry × port.
t.test('endpoints --edition 2018 as JSON, CSV and table', async (t) => {
  const json = await runCli(['endpoints', '--edition', '2018', '--intune', '--format', 'json']);
  t.equal(json.code, 0);
  const list = JSON.parse(json.stdout) as {
    edition: string;
    endpoints: { entry: string; port: number; protocol: string; group: string; source: string }[];
  };
  t.equal(list.edition, '2018');
  // 8 bare hosts × 2 ports + *manage.microsoft.com × 2 + 2 Intune URLs + download.microsoft.com × 2 + 1 fwlink
  t.equal(list.endpoints.length, 8 * 2 + 2 + 2 + 2 + 1);
  t.ok(
    list.endpoints.every((e) => /2018-01-29/.test(e.source)),
    'provenance on every row',
  );
  t.same(
    list.endpoints.filter((e) => e.entry === 'https://login.microsoftonline.com/{TenantID}').map((e) => `${e.port} ${e.protocol}`),
    ['443 TCP/HTTPS'],
  );
  const csv = await runCli(['endpoints', '--format', 'csv']);
  const lines = csv.stdout.trimEnd().split('\r\n');
  t.equal(lines[0], 'entry,host,port,protocol,group,wildcard,source');
  t.ok(lines.some((l) => l.startsWith('*-umwatsonc.events.data.microsoft.com,*-umwatsonc.events.data.microsoft.com,443,TCP/HTTPS,')));
  const table = await runCli(['endpoints', '--edition', '2018']);
  t.match(table.stdout, /Edition 2018: About the service connection point/);
  t.match(table.stdout, /sccmconnected-a01\.cloudapp\.net/);
});

t.test('the endpoints table fits 120 columns in a pipe, every host whole (broken only after a dot)', async (t) => {
  const json = await runCli(['endpoints', '--intune', '--groups', 'all', '--format', 'json']);
  const hosts = (JSON.parse(json.stdout) as { endpoints: { host: string }[] }).endpoints.map((e) => e.host);
  const table = await runCli(['endpoints', '--intune', '--groups', 'all']);
  t.equal(table.code, 0);
  t.same(
    table.stdout.split('\n').filter((l) => Array.from(l).length > 120),
    [],
    'no line over 120 columns',
  );
  // The Host column's cells, rejoined: a row starts where the Port cell is not empty (only a row's first line has it).
  const cells: string[] = [];
  for (const line of table.stdout
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .slice(1)) {
    const [, , host = '', port = ''] = line.split('│').map((c) => c.trim());
    if (port !== '') cells.push(host);
    else if (cells.length > 0) cells[cells.length - 1] = `${cells.at(-1)!}\n${host}`;
  }
  const whole = new Set(cells.map((c) => c.replace(/\n+$/, '').replace(/\.\n/g, '.')));
  for (const host of new Set(hosts)) t.ok(whole.has(host), `${host} whole`);
});
