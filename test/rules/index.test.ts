import t from 'tap';
import { InputError } from '../../src/model/input-error.js';
import { evaluateRules, loadEvidence, loadSitePlan, RULE_IDS, rules } from '../../src/rules/index.js';
import { fixture, planFrom, planYaml, thrown } from './helpers.js';

t.test('registry: keys are the rule ids', async (t) => {
  for (const [key, rule] of Object.entries(rules)) t.equal(rule.id, key);
  t.equal(RULE_IDS.length, 10);
});

t.test('without a plan every rule is listed as skipped, with what to provide', async (t) => {
  const all = evaluateRules({ plan: null, edition: 'current', endpoints: [], networkChecked: true });
  t.same(
    all.map((f) => f.id),
    RULE_IDS,
  );
  for (const f of all) {
    t.equal(f.status, 'skip', f.id);
    t.match(f.remediation.join('\n'), /--plan FILE/);
    t.match(f.source.url, /^https:\/\//);
  }
});

t.test('the fixture plan end to end (2018 edition from the plan)', async (t) => {
  const plan = loadSitePlan(fixture('plans/remote-cas.yaml'));
  t.equal(plan.edition, '2018');
  const evidence = loadEvidence(plan);
  const all = evaluateRules({ plan, edition: plan.edition ?? 'current', endpoints: [], networkChecked: false, evidence });
  t.same(Object.fromEntries(all.map((f) => [f.id, f.status])), {
    'SCP-TOP-TIER': 'pass',
    'SCP-ONE-PER-HIERARCHY': 'pass',
    'SCP-REMOTE-ADMIN': 'pass',
    'SCP-INSTALL-ACCOUNT': 'warn',
    'SCP-INTUNE-ONLINE': 'pass',
    'SCP-OFFLINE-MODE': 'pass',
    'SCP-PROXY-ACCOUNT': 'skip',
    'SCP-WINHTTP-PROXY': 'pass',
    'SCP-DOTNET-TLS12': 'pass',
    'SCP-ROOT-STORE': 'skip',
  });
  const top = all.find((f) => f.id === 'SCP-TOP-TIER')!;
  t.equal(top.source.date, '2018-01-29', '2018 wording cites the 2018 document');
  const current = evaluateRules({ plan, edition: 'current', endpoints: [], networkChecked: false, evidence });
  t.match(current.find((f) => f.id === 'SCP-TOP-TIER')!.source.url, /^https:\/\/learn\.microsoft\.com\//, 'current cites the current page');
  t.equal(
    current.find((f) => f.id === 'SCP-REMOTE-ADMIN')!.evidence[0]!.file,
    plan.evidence.localAdministrators,
    'evidence names the file',
  );
});

t.test("the issue's example plan, verbatim (German net localgroup, French WinHTTP, a .reg export)", async (t) => {
  const plan = loadSitePlan(fixture('plans/issue-example.yaml'));
  const byId = (edition: string) =>
    Object.fromEntries(evaluateRules({ plan, edition, endpoints: [], networkChecked: false }).map((f) => [f.id, f.status]));
  t.same(byId(plan.edition ?? 'current'), {
    'SCP-TOP-TIER': 'pass',
    'SCP-ONE-PER-HIERARCHY': 'pass',
    'SCP-REMOTE-ADMIN': 'pass',
    'SCP-INSTALL-ACCOUNT': 'warn',
    'SCP-INTUNE-ONLINE': 'pass',
    'SCP-OFFLINE-MODE': 'pass',
    'SCP-PROXY-ACCOUNT': 'skip',
    'SCP-WINHTTP-PROXY': 'pass',
    'SCP-DOTNET-TLS12': 'warn',
    'SCP-ROOT-STORE': 'skip',
  });
  t.equal(byId('current')['SCP-DOTNET-TLS12'], 'fail', 'the same registry gap fails under the current documents');
});

t.test('a custom catalog edition is judged by the current documents', async (t) => {
  const plan = planFrom(planYaml({ evidence: { dotnetTls: 'tls/reg-query-wow-partial.txt' } }));
  const f = evaluateRules({ plan, edition: 'my-catalog', endpoints: [], networkChecked: false }).find((x) => x.id === 'SCP-DOTNET-TLS12')!;
  t.equal(f.status, 'fail');
});

t.test('unparseable evidence stops the run with an InputError naming the file', async (t) => {
  const plan = planFrom(planYaml({}).replace('scp:', 'evidence:\n  localAdministrators: bad.txt\nscp:'), { 'bad.txt': 'hello\n' });
  const e = thrown(() => loadEvidence(plan));
  t.type(e, InputError);
  t.match(e.message, /bad\.txt: not recognized as local Administrators evidence/);
  t.type(
    thrown(() => evaluateRules({ plan, edition: 'current', endpoints: [], networkChecked: false })),
    InputError,
    'also when evaluateRules loads it',
  );
});
