import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { editions } from '../../src/catalog/index.js';
import { loadCatalogFile } from '../../src/catalog/load-file.js';
import { hostMatches, parseEntry } from '../../src/catalog/parse-entry.js';
import { planEndpoints } from '../../src/catalog/plan.js';
import { InputError } from '../../src/model/input-error.js';

const none = { intune: false, groups: [], tenantId: null };

t.test('edition 2018 is exactly the seed document list, verbatim', async (t) => {
  const texts = editions['2018'].entries.map((e) => `${e.group}: ${e.text}`);
  t.same(texts, [
    'updates-and-servicing: *.akamaiedge.net',
    'updates-and-servicing: *.akamaitechnologies.com',
    'updates-and-servicing: *.manage.microsoft.com',
    'updates-and-servicing: go.microsoft.com',
    'updates-and-servicing: blob.core.windows.net',
    'updates-and-servicing: download.microsoft.com',
    'updates-and-servicing: download.windowsupdate.com',
    'updates-and-servicing: sccmconnected-a01.cloudapp.net',
    'intune: *manage.microsoft.com',
    'intune: https://bspmts.mp.microsoft.com/V',
    'intune: https://login.microsoftonline.com/{TenantID}',
    'windows-10-servicing: download.microsoft.com',
    'windows-10-servicing: https://go.microsoft.com/fwlink/?LinkID=619849',
  ]);
});

t.test('ports: 2018 bare hosts get 443 and 80, current bare hosts 443, URLs only their own port', async (t) => {
  const old = planEndpoints(editions['2018'], { ...none, intune: true });
  const ports = (entry: string) => [...new Set(old.endpoints.filter((e) => e.entry === entry).map((e) => `${e.scheme}:${e.port}`))];
  t.same(ports('go.microsoft.com'), ['https:443', 'http:80']);
  t.same(ports('https://go.microsoft.com/fwlink/?LinkID=619849'), ['https:443']);
  const current = planEndpoints(editions.current, { ...none, groups: ['certificate-revocation'] });
  const cur = (entry: string) => current.endpoints.filter((e) => e.entry === entry).map((e) => `${e.scheme}:${e.port}`);
  t.same(cur('download.visualstudio.microsoft.com'), ['https:443']);
  t.same(cur('http://crl3.digicert.com'), ['http:80']);
});

t.test('Intune only with --intune; optional groups only when asked; unknown group is bad input', async (t) => {
  t.notOk(planEndpoints(editions['2018'], none).endpoints.some((e) => e.group === 'intune'));
  t.ok(planEndpoints(editions['2018'], { ...none, intune: true }).endpoints.some((e) => e.group === 'intune'));
  t.notOk(planEndpoints(editions.current, none).endpoints.some((e) => e.group === 'tenant-attach'));
  t.ok(planEndpoints(editions.current, { ...none, groups: ['all'] }).endpoints.some((e) => e.group === 'tenant-attach'));
  t.throws(() => planEndpoints(editions.current, { ...none, groups: ['nope'] }), InputError);
});

t.test('{TenantID}: --tenant-id or "common", said in the result', async (t) => {
  const withId = planEndpoints(editions['2018'], { ...none, intune: true, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' });
  const login = withId.endpoints.find((e) => e.host === 'login.microsoftonline.com')!;
  t.equal(login.path, '/72f988bf-86f1-41af-91ab-2d7cd011db47');
  t.equal(login.entry, 'https://login.microsoftonline.com/{TenantID}', 'documented text kept verbatim');
  const common = planEndpoints(editions['2018'], { ...none, intune: true }).endpoints.find((e) => e.host === 'login.microsoftonline.com')!;
  t.equal(common.path, '/common');
  t.match(common.notes.join(' '), /common.*--tenant-id/);
});

t.test('wildcards: sampled with a note, or untested; duplicates probed once and reported under every group', async (t) => {
  const plan = planEndpoints(editions['2018'], { ...none, intune: true });
  const akamai = plan.endpoints.filter((e) => e.entry === '*.akamaiedge.net');
  t.ok(akamai.length === 2 && akamai.every((e) => e.targetId === null && e.wildcard), 'no sample → no probe target');
  const manage = plan.endpoints.filter((e) => e.host === 'sccm.manage.microsoft.com' && e.port === 443);
  t.same(manage.map((e) => e.entry).sort(), ['*.manage.microsoft.com', '*manage.microsoft.com']);
  t.equal(new Set(manage.map((e) => e.targetId)).size, 1, 'one probe for both rows');
  t.match(manage[0]!.notes[0], /sample host/);
  const download = plan.endpoints.filter((e) => e.host === 'download.microsoft.com' && e.port === 443);
  t.same(
    download.map((e) => e.group),
    ['updates-and-servicing', 'windows-10-servicing'],
  );
  t.equal(plan.targets.filter((x) => x.host === 'download.microsoft.com' && x.port === 443).length, 1);
  t.ok(
    plan.endpoints.every((e) => e.provenance.url.startsWith('https://')),
    'provenance on every row',
  );
});

t.test('parseEntry and hostMatches', async (t) => {
  t.match(parseEntry('https://login.microsoftonline.com/{TenantID}'), {
    host: 'login.microsoftonline.com',
    scheme: 'https',
    port: 443,
    path: '/{TenantID}',
  });
  t.match(parseEntry('https://go.microsoft.com/fwlink/?LinkID=619849'), { path: '/fwlink/?LinkID=619849' });
  t.match(parseEntry('http://www.microsoft.com/pkiops'), { scheme: 'http', port: 80 });
  t.match(parseEntry('https://aka.ms?x'), { path: '/?x' });
  t.match(parseEntry('*-umwatsonc.events.data.microsoft.com'), { wildcard: true, scheme: null });
  for (const bad of ['', ' x.com', 'ftp://x.com', 'a b.com', '*', 'x..com', '*.*.com', 'https://x.com:99999/']) {
    t.type(parseEntry(bad), 'string', `rejects ${JSON.stringify(bad)}`);
  }
  const table: [string, string, boolean][] = [
    ['*.manage.microsoft.com', 'sccm.manage.microsoft.com', true],
    ['*.manage.microsoft.com', 'manage.microsoft.com', false],
    ['*manage.microsoft.com', 'manage.microsoft.com', true],
    ['*manage.microsoft.com', 'sccm.manage.microsoft.com', true],
    ['*-umwatsonc.events.data.microsoft.com', 'ceuswatcab-umwatsonc.events.data.microsoft.com', true],
    ['*-umwatsonc.events.data.microsoft.com', '-umwatsonc.events.data.microsoft.com', false],
    ['*-umwatsonc.events.data.microsoft.com', 'umwatsonc.events.data.microsoft.com', false],
    ['download.microsoft.com', 'DOWNLOAD.microsoft.com.', true],
    ['download.microsoft.com', 'xdownload.microsoft.com', false],
  ];
  for (const [pattern, host, expected] of table) t.equal(hostMatches(pattern, host), expected, `${pattern} ~ ${host}`);
});

t.test('--catalog files: valid YAML loads; every broken file names the file, the entry and the problem', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-catalog-'));
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  const good = write(
    'good.yaml',
    [
      'edition: lab',
      'provenance: { title: Lab list, url: "https://example.invalid/list", date: 2026-01-02 }',
      'groups: [{ id: core, title: Core }]',
      'entries:',
      '  - { text: "*.lab.test", group: core, samples: [{ host: a.lab.test, note: seen in logs }] }',
      '  - { text: "https://b.lab.test:8443/x", group: core }',
    ].join('\n'),
  );
  const catalog = loadCatalogFile(good);
  t.equal(catalog.edition, 'lab');
  t.same(
    planEndpoints(catalog, none).targets.map((x) => x.id),
    ['https://a.lab.test:443/', 'http://a.lab.test:80/', 'https://b.lab.test:8443/x'],
  );
  const cases: [string, string, RegExp][] = [
    ['syntax.json', '{\n "groups": [ }', /syntax\.json: line 2: not valid JSON/],
    ['syntax.yaml', 'groups:\n  - id: [unclosed', /syntax\.yaml: line \d: not valid YAML\/JSON/],
    ['no-groups.yaml', 'provenance: { title: a, url: b, date: 2020-01-01 }\nentries: []', /line 1: groups: is required/],
    [
      'no-entries.yaml',
      'provenance: { title: a, url: b, date: 2020-01-01 }\ngroups: [{ id: g, title: G }]\nentries: []',
      /line 3: entries: must be a non-empty list \(got an empty list\)/,
    ],
    [
      'bad-entry.yaml',
      'provenance: { title: a, url: b, date: 2020-01-01 }\ngroups: [{ id: g, title: G }]\nentries: [{ text: "ftp://x.test", group: g }]',
      /entries\[0\] "ftp:\/\/x\.test": is neither a host name nor an http\(s\):\/\/ URL/,
    ],
    [
      'bad-group.yaml',
      'provenance: { title: a, url: b, date: 2020-01-01 }\ngroups: [{ id: g, title: G }]\nentries: [{ text: x.test, group: h }]',
      /entries\[0\] "x\.test"\.group: "h" is not one of the groups: g/,
    ],
    [
      'bad-key.yaml',
      'provenance: { title: a, url: b, date: 2020-01-01 }\ngroups: [{ id: g, title: G }]\nentries: [{ text: x.test, group: g, port: 443 }]',
      /line 3: entries\[0\] "x\.test"\.port: unknown key; allowed: text, group, samples, ports, note, provenance$/,
    ],
    [
      'bad-date.yaml',
      'provenance: { title: a, url: b, date: yesterday }\ngroups: [{ id: g, title: G }]\nentries: [{ text: x.test, group: g }]',
      /provenance\.date: "yesterday" must be YYYY-MM-DD/,
    ],
  ];
  for (const [name, text, message] of cases) {
    const file = write(name, text);
    t.throws(() => loadCatalogFile(file), { name: 'InputError', message }, name);
    t.throws(() => loadCatalogFile(file), { message: new RegExp(name.replace('.', '\\.')) }, `${name}: names the file`);
  }
  t.throws(() => loadCatalogFile(join(dir, 'absent.json')), { message: /absent\.json: cannot read the file \(ENOENT\)/ });
});

t.test('current edition is the 2026-06-08 page; the 2025 content stays reachable as --edition 2025', async (t) => {
  const current = editions.current;
  t.equal(current.provenance.date, '2026-06-08');
  t.equal(current.provenance.url, 'https://learn.microsoft.com/en-us/intune/configmgr/core/plan-design/network/internet-endpoints');
  const texts = current.entries.map((e) => e.text);
  t.notOk(texts.includes('sccmconnected-a01.cloudapp.net'), 'removed from the page');
  t.ok(texts.includes('https://aka.ms') && texts.includes('https://go.microsoft.com'), 'written with their scheme, verbatim');
  t.notOk(texts.includes('aka.ms'));
  const gov = current.entries.find((e) => e.text === 'https://*.manage.microsoft.us');
  t.equal(gov?.group, 'tenant-attach');
  const cdn = current.entries.find((e) => e.text === 'configmgrbits.cdn.manage.microsoft.com');
  t.match(cdn?.note, /TLS 1\.2 with specific cipher suites/);
  t.notMatch(cdn?.note, /ECDHE\/DHE/, 'no longer promises DHE');
  const tenant = current.entries.find((e) => e.text === 'https://*.manage.microsoft.com');
  t.same(
    tenant?.samples?.map((s) => s.host),
    [
      'sccm.manage.microsoft.com',
      'gateway.configmgr.manage.microsoft.com',
      'us.gateway.configmgr.manage.microsoft.com',
      'eu.gateway.configmgr.manage.microsoft.com',
    ],
  );
  t.ok(
    tenant?.samples?.every((s) => /docs|Dmpdownloader/.test(s.note)),
    'each sample names its source',
  );
  const old = editions['2025'];
  t.equal(old.edition, '2025');
  t.equal(old.provenance.date, '2025-01-01');
  t.ok(old.entries.some((e) => e.text === 'sccmconnected-a01.cloudapp.net'));
  const plan = planEndpoints(current, { ...none, groups: ['all'] });
  t.same(
    plan.endpoints.filter((e) => e.entry === 'https://aka.ms').map((e) => `${e.host}:${e.port}${e.path}`),
    ['aka.ms:443/'],
  );
  t.ok(
    plan.endpoints.some((e) => e.entry === 'https://*.manage.microsoft.us' && e.targetId === null),
    'no published sample: untested unless DNS reveals one',
  );
});
