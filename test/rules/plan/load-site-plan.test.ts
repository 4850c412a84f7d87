import t from 'tap';
import { InputError } from '../../../src/model/input-error.js';
import { loadSitePlan } from '../../../src/rules/plan/load-site-plan.js';
import { planFrom, thrown, writePlan } from '../helpers.js';

const GOOD = `edition: "2018"
site:
  code: CAS
  type: cas
  parent: null
  server: cm01.contoso.com
  domain: CONTOSO
hierarchy:
  - { code: P01, type: primary, parent: CAS, server: cm02.contoso.com, roles: [management-point] }
  - code: S01
    type: secondary
    parent: P01
scp:
  server: scp01.contoso.com
  mode: online
  intune: false
  installationAccount: CONTOSO\\svc-cminstall
  proxy: { server: proxy.contoso.com, port: 8080, account: CONTOSO\\svc-proxy }
evidence:
  localAdministrators: evidence/administrators.txt
`;
const FILES = { 'evidence/administrators.txt': 'x' };

t.test('a valid plan', async (t) => {
  const plan = planFrom(GOOD, FILES);
  t.equal(plan.edition, '2018');
  t.same(
    { ...plan.site, at: undefined },
    { code: 'CAS', type: 'cas', parent: null, server: 'cm01.contoso.com', domain: 'CONTOSO', expandTo: null, at: undefined },
  );
  t.same(
    plan.hierarchy?.map((s) => [s.code, s.type, s.parent, s.server, s.roles, s.at.line]),
    [
      ['P01', 'primary', 'CAS', 'cm02.contoso.com', ['management-point'], 9],
      ['S01', 'secondary', 'P01', null, [], 10],
    ],
  );
  t.same(plan.scp, {
    server: 'scp01.contoso.com',
    mode: 'online',
    modeGiven: true,
    intune: false,
    installationAccount: 'CONTOSO\\svc-cminstall',
    proxy: { server: 'proxy.contoso.com', port: 8080, account: 'CONTOSO\\svc-proxy' },
  });
  t.match(plan.evidence.localAdministrators, /evidence[/\\]administrators\.txt$/);
  t.equal(plan.evidence.winhttpProxy, null);
  t.equal(plan.fieldLines['site.type'], 4);
  t.equal(plan.fieldLines['scp.proxy.port'], 18);
});

t.test('defaults and lenient forms', async (t) => {
  const plan = planFrom(
    'edition: 2018\n' +
      'site: { code: p01, type: PRIMARY, server: cm01.contoso.com }\n' +
      'scp: { server: cm01.contoso.com. }\n' +
      'evidence: { winhttpProxy: ev\\winhttp.txt }\n',
    { 'ev/winhttp.txt': 'x' },
  );
  t.equal(plan.edition, '2018', 'unquoted 2018');
  t.equal(plan.site.code, 'P01', 'site codes upper-cased');
  t.equal(plan.site.type, 'primary', 'enum case-insensitive');
  t.equal(plan.hierarchy, null, 'no hierarchy key = unknown');
  t.same([plan.scp.mode, plan.scp.modeGiven, plan.scp.intune, plan.scp.proxy], ['online', false, false, null]);
  t.match(plan.evidence.winhttpProxy, /ev[/\\]winhttp\.txt$/, 'Windows backslashes in evidence paths');
  t.same(
    planFrom('site: { code: CAS, type: cas, server: a.b }\nscp: { server: a.b, proxy: { server: p.b } }\nhierarchy: []\n').scp.proxy,
    { server: 'p.b', port: 80, account: null },
    'proxy port defaults to 80',
  );
});

t.test('the same plan as JSON', async (t) => {
  const json = JSON.stringify(
    { site: { code: 'CAS', type: 'cas', server: 'cm01.contoso.com' }, scp: { server: 'scp01.contoso.com', mode: 'offline' } },
    null,
    2,
  );
  const plan = loadSitePlan(writePlan(json, {}, 'plan.json'));
  t.equal(plan.scp.mode, 'offline');
  const bad = JSON.stringify({ site: { code: 'CAS', type: 'tertiary', server: 'cm01.contoso.com' }, scp: { server: 'x.y' } }, null, 2);
  t.match(
    thrown(() => loadSitePlan(writePlan(bad, {}, 'plan.json'))).message,
    /plan\.json: line 4: site\.type: "tertiary" is not one of cas \| primary \| secondary$/,
  );
});

/** [description, plan text, expected message after the file name]. */
const errors: [string, string, RegExp][] = [
  ['bad enum', GOOD.replace('type: cas', 'type: tertiary'), /^line 4: site\.type: "tertiary" is not one of cas \| primary \| secondary$/],
  [
    'unknown key with a hint',
    GOOD.replace('  domain: CONTOSO', '  Domain: CONTOSO'),
    /^line 7: site\.Domain: unknown key \(did you mean "domain"\?\); allowed: code, type, parent, server, domain, expandTo$/,
  ],
  ['unknown top-level key', `${GOOD}extra: 1\n`, /^line 21: extra: unknown key; allowed: edition, site, hierarchy, scp, evidence$/],
  [
    'hierarchy item type',
    GOOD.replace('type: secondary', 'type: tertiary'),
    /^line 11: hierarchy\[1\]\.type: "tertiary" is not one of cas \| primary \| secondary$/,
  ],
  [
    'hierarchy flow item',
    GOOD.replace('roles: [management-point]', 'roles: management-point'),
    /^line 9: hierarchy\[0\]\.roles: must be a list of role names/,
  ],
  [
    'duplicate site code',
    GOOD.replace('code: S01', 'code: P01'),
    /^line 10: hierarchy\[1\]\.code: "P01" is listed twice \(also hierarchy\[0\]\)$/,
  ],
  [
    'site itself with another type',
    GOOD.replace('code: S01', 'code: CAS').replace('parent: P01', 'parent: null'),
    /^line 11: hierarchy\[1\]\.type: "secondary" contradicts site\.type "cas"/,
  ],
  [
    'missing evidence file',
    GOOD.replace('evidence/administrators.txt', 'evidence/admins.txt'),
    /^line 20: evidence\.localAdministrators: file not found: .*admins\.txt \(paths are relative to the plan's folder /,
  ],
  [
    'evidence is a folder',
    GOOD.replace('evidence/administrators.txt', 'evidence'),
    /^line 20: evidence\.localAdministrators: .*evidence is not a file$/,
  ],
  ['YAML syntax', GOOD.replace('  mode: online', '  mode: [online'), /^line \d+: not valid YAML\/JSON: /],
  [
    'duplicate key',
    GOOD.replace('  mode: online', '  mode: online\n  mode: offline'),
    /^line 16: not valid YAML\/JSON: Map keys must be unique/,
  ],
  ['boolean as yes', GOOD.replace('intune: false', 'intune: yes'), /^line 16: scp\.intune: must be true or false \(got string "yes"\)$/],
  [
    'port as string',
    GOOD.replace('port: 8080', 'port: "8080"'),
    /^line 18: scp\.proxy\.port: must be a port number 1-65535 \(got string "8080"\)$/,
  ],
  ['port out of range', GOOD.replace('port: 8080', 'port: 70000'), /^line 18: scp\.proxy\.port: must be a port number/],
  [
    'proxy as a URL string',
    GOOD.replace('proxy: { server: proxy.contoso.com, port: 8080, account: CONTOSO\\svc-proxy }', 'proxy: http://proxy.contoso.com:8080'),
    /^line 18: scp\.proxy: write the proxy as a map/,
  ],
  [
    'proxy server with port',
    GOOD.replace('server: proxy.contoso.com,', 'server: "proxy.contoso.com:8080",'),
    /^line 18: scp\.proxy\.server: "proxy\.contoso\.com:8080" has a port/,
  ],
  ['site code', GOOD.replace('code: CAS', 'code: CENTRAL'), /^line 3: site\.code: "CENTRAL" is not a site code/],
  [
    'CAS with a parent',
    GOOD.replace('  parent: null', '  parent: P01'),
    /^line 5: site\.parent: a central administration site has no parent/,
  ],
  [
    'expandTo on a CAS',
    GOOD.replace('  domain: CONTOSO', '  domain: CONTOSO\n  expandTo: XYZ'),
    /^line 8: site\.expandTo: only a stand-alone primary site/,
  ],
  [
    'account without domain',
    GOOD.replace('installationAccount: CONTOSO\\svc-cminstall', 'installationAccount: svc-cminstall'),
    /^line 17: scp\.installationAccount: "svc-cminstall" must be written DOMAIN\\name/,
  ],
  ['missing required key', GOOD.replace('  server: scp01.contoso.com\n', ''), /^line 13: scp\.server: is required$/],
  ['missing section', 'site: { code: CAS, type: cas, server: a.b }\n', /^line 1: scp: is required$/],
  [
    'wrong section type',
    'site: [CAS]\nscp: { server: a.b }\n',
    /^line 1: site: must be a map with keys code, type, parent, server, domain, expandTo \(got a list\)$/,
  ],
  ['edition', GOOD.replace('edition: "2018"', 'edition: "2019"'), /^line 1: edition: "2019" is not one of "2018" \| "2025" \| "current"$/],
  ['mode', GOOD.replace('mode: online', 'mode: connected'), /^line 15: scp\.mode: "connected" is not one of online \| offline$/],
  [
    'host as URL',
    GOOD.replace('server: cm01.contoso.com', 'server: https://cm01.contoso.com'),
    /^line 6: site\.server: "https:\/\/cm01\.contoso\.com" is a URL/,
  ],
];

t.test('validation errors name the file, the line, the path and what is expected', async (t) => {
  for (const [name, text, want] of errors) {
    const file = writePlan(text, FILES);
    const e = thrown(() => loadSitePlan(file));
    t.type(e, InputError, name);
    t.ok(e.message.startsWith(`${file}: `), `${name}: starts with the file`);
    t.match(e.message.slice(file.length + 2), want, name);
    t.notMatch(e.message, /\n/, `${name}: one line`);
  }
});

t.test('unreadable or empty plan', async (t) => {
  t.match(thrown(() => loadSitePlan('/nonexistent/plan.yaml')).message, /^\/nonexistent\/plan\.yaml: cannot read the plan \(ENOENT\)/);
  t.match(thrown(() => loadSitePlan(writePlan('# nothing\n'))).message, /the plan is empty/);
  t.match(thrown(() => loadSitePlan(writePlan('a: 1\n---\nb: 2\n'))).message, /line \d+: not valid YAML\/JSON/);
});
