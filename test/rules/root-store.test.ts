import t from 'tap';
import { InputError } from '../../src/model/input-error.js';
import type { RevocationCheck } from '../../src/revocation/types.js';
import { parseRootStore } from '../../src/evidence/parse-root-store.js';
import { readEvidenceText } from '../../src/evidence/decode-text.js';
import { DIRECT, cert, endpoint, stage, tls } from '../fixtures/reports/build.js';
import { fixture, planYaml, runTable, thrown } from './helpers.js';

// Issue 11 §3: SCP-ROOT-STORE compares the roots the probed chains end in with the SCP host's machine root store, and
// asks whether Windows could fetch a missing one (DisableRootAutoUpdate, and the trusted root list in this run).

const G2 = {
  subject: 'CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US',
  source: 'public' as const,
  fingerprint256: 'CB:3C:CB:B7:60:31:E5:E0:13:8F:8D:D3:9A:23:F9:DE:47:FF:C3:5E:43:C1:14:4C:EA:27:D4:6A:5A:B1:CB:5F',
  thumbprint: 'DF3C24F9BFD666761B268073FE06D1CC8D4F82A4',
};
const chainedTo = (host: string, anchor: typeof G2 | null) =>
  endpoint({
    entry: host,
    group: 'general',
    status: 'pass',
    message: 'ok',
    stages: [stage('tls', 'pass', 10, tls(host, [cert(`CN=${host}`, 'CN=Microsoft Azure RSA TLS Issuing CA 04')], { anchor }))],
  });
const endpoints = [chainedTo('download.microsoft.com', G2), chainedTo('go.microsoft.com', G2)];
const ctl = (status: 'pass' | 'warn'): RevocationCheck => ({
  url: 'http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab',
  kind: 'ctl',
  host: 'ctldl.windowsupdate.com',
  port: 80,
  neededBy: [],
  route: DIRECT,
  status,
  code: status === 'pass' ? null : 'REVOCATION_UNREACHABLE',
  message:
    status === 'pass'
      ? "The trusted root list …, needed by Windows' automatic root certificate update, answered with a cabinet file (19873 bytes)."
      : 'The trusted root list …, cannot be reached along the route direct: refused.',
  request: null,
  httpStatus: null,
  contentType: null,
  bytes: null,
  stages: [],
  ms: 1,
});
const plan = (file: string | null) => planYaml(file === null ? {} : { evidence: { rootStore: `roots/${file}` } });

runTable('SCP-ROOT-STORE', [
  {
    name: 'the needed root is in LocalMachine\\Root',
    plan: plan('collected-g2.json'),
    endpoints,
    status: 'pass',
    words: [/holds all 1 root/],
    lines: [
      new RegExp(
        String.raw`present: "CN=DigiCert Global Root G2.*thumbprint DF3C24F9BFD666761B268073FE06D1CC8D4F82A4\) for` +
          String.raw` download\.microsoft\.com port 443, go\.microsoft\.com port 443`,
      ),
      /DisableRootAutoUpdate = 0/,
    ],
  },
  {
    name: 'missing, automatic root update off',
    plan: plan('collected-no-g2-autoupdate-off.json'),
    endpoints,
    status: 'fail',
    words: [/lacks "CN=DigiCert Global Root G2.*automatic root update is off \(DisableRootAutoUpdate = 1\)/],
    fix: [/certutil -addstore Root/, /SHA-256 CB:3C:CB:B7/, /DisableRootAutoUpdate = 0/, /ctldl\.windowsupdate\.com \(TCP 80\)/],
    lines: [/MISSING: "CN=DigiCert Global Root G2/, /DisableRootAutoUpdate = 1/],
  },
  {
    name: 'missing, update on, the root list answered',
    plan: plan('collected-no-g2-autoupdate-on.json'),
    endpoints,
    revocation: [ctl('pass')],
    status: 'pass',
    words: [/installs it on first use/],
    lines: [/DisableRootAutoUpdate = not set/, /trusted root list: .*cabinet file/],
  },
  {
    name: 'missing, update on, ctldl.windowsupdate.com unreachable in this run',
    plan: plan('collected-no-g2-autoupdate-on.json'),
    endpoints,
    revocation: [ctl('warn')],
    status: 'fail',
    words: [/trusted root list cannot be fetched in this run/],
    fix: [/Allow http:\/\/ctldl\.windowsupdate\.com \(TCP 80\)/],
  },
  {
    name: 'missing, update on, root list not fetched',
    plan: plan('collected-no-g2-autoupdate-on.json'),
    endpoints,
    status: 'warn',
    words: [/ctldl\.windowsupdate\.com was not fetched in this run/],
  },
  {
    name: 'hand-made list (PowerShell casing): policy unknown, so a reachable list is not enough',
    plan: plan('hand-list-no-g2.json'),
    endpoints,
    revocation: [ctl('pass')],
    status: 'warn',
    words: [/DisableRootAutoUpdate policy was not collected/],
  },
  {
    name: 'no root store evidence',
    plan: plan(null),
    endpoints,
    status: 'skip',
    fix: [/Get-ChildItem Cert:\\LocalMachine\\Root/, /rootStore: root-store\.json/],
  },
  { name: 'rules only', plan: plan('collected-g2.json'), networkChecked: false, status: 'skip', words: [/--only rules/] },
  {
    name: 'no chain validated',
    plan: plan('collected-g2.json'),
    endpoints: [chainedTo('x.example', null)],
    status: 'skip',
    words: [/No endpoint chain validated/],
  },
  { name: 'no plan', plan: null, status: 'skip' },
]);

t.test('root-store.json: collected form, PowerShell casing, and bad input', async (t) => {
  const collected = parseRootStore(readEvidenceText(fixture('roots/collected-no-g2-autoupdate-off.json')));
  t.match(collected, {
    disableRootAutoUpdate: 1,
    policyKnown: true,
    roots: [{ store: 'Root', thumbprint: '73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74' }],
  });
  const hand = parseRootStore(readEvidenceText(fixture('roots/hand-list-no-g2.json')));
  t.match(hand, { disableRootAutoUpdate: null, policyKnown: false, roots: [{ store: 'Root', sha256: null }] });
  const e = thrown(() => parseRootStore(readEvidenceText(fixture('roots/not-json.txt'))));
  t.type(e, InputError);
  t.match(e.message, /not valid JSON .*Get-ChildItem Cert:\\LocalMachine\\Root/);
  const short = thrown(() => parseRootStore({ file: 'x.json', encoding: 'utf-8', lines: [], text: '[{"Thumbprint":"ABC"}]' }));
  t.match(short.message, /root #1 has no 40-digit hex Thumbprint/);
});
