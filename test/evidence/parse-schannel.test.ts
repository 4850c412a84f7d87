import t from 'tap';
import { InputError } from '../../src/model/input-error.js';
import { chooseClientProfile } from '../../src/probes/client-profiles/choose.js';
import { hostProfile } from '../../src/probes/client-profiles/host-profile.js';
import { offerPlan } from '../../src/probes/client-profiles/offer.js';
import { readEvidenceText } from '../../src/evidence/decode-text.js';
import { parseSchannel } from '../../src/evidence/parse-schannel.js';
import { fixture } from '../rules/helpers.js';

const read = (name: string) => parseSchannel(readEvidenceText(fixture(`schannel/${name}`)));

t.test('a cipher suite order policy, curves and protocol keys (Server 2022)', async (t) => {
  const e = read('policy-2022.txt');
  t.equal(e.build, 20348);
  t.same(e.policyFunctions, [
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_PSK_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_256_CBC_SHA256',
  ]);
  t.same(e.policyCurves, ['NistP384', 'NistP256']);
  t.same(e.cmdletSuites, ['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384']);
  t.match(e.protocols.get('TLS 1.0'), { enabled: 0, disabledByDefault: 1 });
  t.match(e.protocols.get('TLS 1.3'), { enabled: 0, disabledByDefault: null });
  const profile = hostProfile(e);
  t.equal(profile.id, 'host');
  t.same(
    profile.cipherSuites.map((s) => s.suite),
    ['TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256', 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
    'the policy wins over Get-TlsCipherSuite ("suites not in the priority list will not be used"); PSK suites are never offered unasked',
  );
  t.same(profile.versions, ['TLSv1.2'], 'TLS 1.0, 1.1 and 1.3 are switched off for clients');
  t.same(profile.curves, ['P-384', 'P-256']);
  t.match(profile.remarks.join('\n'), /SSL Cipher Suite Order" policy/);
  t.match(
    profile.remarks.join('\n'),
    /TLS 1\.0 disabled for clients \(Enabled {4}REG_DWORD {4}0x0; DisabledByDefault {4}REG_DWORD {4}0x1\)/,
  );
  t.match(offerPlan(profile).options, { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ecdhCurve: 'P-384:P-256' });
  const choice = chooseClientProfile(undefined, profile, 'linux', '6.1.0');
  t.equal(choice.chosenBy, 'evidence', 'evidence overrides the default');
  t.equal(chooseClientProfile('windows-2016', profile).profile.id, 'windows-2016', 'a flag overrides evidence');
  t.same(
    chooseClientProfile('all', profile)
      .matrix.map((p) => p.id)
      .at(-1),
    'host',
    'the matrix gets a host column',
  );
});

t.test("no policy: Get-TlsCipherSuite order, strong-crypto flags of the build's table (Server 2016)", async (t) => {
  const e = read('cmdlet-2016.txt');
  t.equal(e.policyFunctions, null, 'reg.exe found no policy key');
  const profile = hostProfile(e);
  t.same(
    profile.cipherSuites,
    [
      { suite: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', strong: true },
      { suite: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', strong: true },
      { suite: 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384', strong: true },
    ],
    'PSK and NULL suites dropped',
  );
  t.same(profile.versions, ['TLSv1', 'TLSv1.1', 'TLSv1.2'], "no TLS key changed: the build's defaults");
  t.match(profile.title, /build 14393/);
});

t.test('something else is bad input naming the file and what to do', async (t) => {
  const error = (() => {
    try {
      read('not-schannel.txt');
    } catch (e) {
      return e;
    }
    return null;
  })();
  t.type(error, InputError);
  t.match((error as Error).message, /not-schannel\.txt: line 1: not collect's schannel evidence .*run collect\.ps1 again/);
});
