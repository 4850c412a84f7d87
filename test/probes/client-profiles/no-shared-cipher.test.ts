import net from 'node:net';
import tls from 'node:tls';
import t from 'tap';
import type { CertificateAuthority } from '../../../src/demo/certificate-authority.js';
import { clientProfiles, WINDOWS_PROFILE_IDS, type ClientProfileId } from '../../../src/probes/client-profiles/index.js';
import { profileOffer } from '../../../src/probes/client-profiles/offer.js';
import { probeTarget } from '../../../src/probes/probe-target.js';
import type { ProbeOutcome } from '../../../src/probes/types.js';
import { startProbeLab, type ProbeLab } from '../../helpers/probe-lab.js';
import { SCHANNEL_TABLES } from './schannel-tables.js';

// Issue 11 §1: real loopback TLS servers with RSA certificates that accept one narrow set of suites. A Windows
// profile offers exactly its Schannel defaults; when that fails and a full OpenSSL client succeeds, the endpoint is
// TLS_NO_SHARED_CIPHER, never a pass and never a bare handshake failure. In OpenSSL 3 TLS 1.3 suites are set apart
// from `ciphers`, so the servers are pinned to TLS 1.2 (or 1.1) to make `ciphers` the whole story.

type Teardown = { teardown(fn: () => unknown): void };

async function narrowServer(t: Teardown, ca: CertificateAuthority, host: string, options: tls.TlsOptions): Promise<number> {
  const leaf = ca.issue({ hosts: [host] });
  const sockets = new Set<net.Socket>();
  const server = tls.createServer({ cert: leaf.chainPem, key: leaf.keyPem, ...options }, (s) => {
    s.on('error', () => {});
    s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

const SERVERS = {
  'ecdhe-gcm.test': { ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' },
  'dhe-256-gcm.test': { ciphers: 'DHE-RSA-AES256-GCM-SHA384', dhparam: 'auto', maxVersion: 'TLSv1.2' },
  'dhe-128-gcm.test': { ciphers: 'DHE-RSA-AES128-GCM-SHA256', dhparam: 'auto', maxVersion: 'TLSv1.2' },
  'dhe-cbc.test': { ciphers: 'DHE-RSA-AES256-SHA', dhparam: 'auto', maxVersion: 'TLSv1.2' },
  'tls11-only.test': { ciphers: 'DEFAULT:@SECLEVEL=0', minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' },
  'refuses-all.test': { ciphers: 'PSK-AES128-CBC-SHA', maxVersion: 'TLSv1.2' },
  // TLS 1.3 suites are set apart from `ciphers` in OpenSSL 3: a profile must restrict them too.
  'chacha-13.test': { ciphers: 'TLS_CHACHA20_POLY1305_SHA256', minVersion: 'TLSv1.3' },
  'p521-only.test': { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256', ecdhCurve: 'P-521', maxVersion: 'TLSv1.2' },
} satisfies Record<string, tls.TlsOptions>;
type Host = keyof typeof SERVERS;

async function lab(t: Teardown): Promise<ProbeLab> {
  const ports: Record<string, number> = {};
  const hosts = Object.keys(SERVERS);
  const probeLab = await startProbeLab(t, {
    zone: Object.fromEntries(hosts.map((h) => [h, { a: ['127.0.0.1'] }])),
    hosts: {},
    route: (host) => ports[host]!,
  });
  for (const [host, options] of Object.entries(SERVERS)) ports[host] = await narrowServer(t, probeLab.ca, host, options);
  return probeLab;
}

async function probe(probeLab: ProbeLab, host: Host, profile: ClientProfileId): Promise<ProbeOutcome> {
  const base = probeLab.context({ timeoutMs: 4000 });
  const context = { ...base, clientProfile: profileOffer(clientProfiles[profile], base.trust) };
  return probeTarget({ id: `https://${host}:443/`, host, port: 443, scheme: 'https', path: '/' }, context, context.signal);
}

const tlsDetail = (o: ProbeOutcome) => o.stages.find((s) => s.stage === 'tls')?.detail;

/** Whether the transcribed table (not the profile data) lists `suite` as enabled and strong-crypto allowed. */
function tableOffers(profile: ClientProfileId, suite: string): boolean {
  const page = {
    'windows-2012r2': '8-1',
    'windows-2016': '10-v1607',
    'windows-2019': '10-v1809',
    'windows-2022': 'server-2022',
    'windows-2025': '11',
    node: '',
  }[profile];
  return SCHANNEL_TABLES[page]!.rows.split('\n').some((row) => {
    const [left, right] = row.split('|').map((s) => s.trim());
    return left!.split(' ')[0]!.replace(/_P(256|384)$/, '') === suite && right === 'Yes';
  });
}

t.test('ECDHE-RSA-AES-GCM only: 2012 R2 has no shared cipher, 2016 passes', async (t) => {
  const probeLab = await lab(t);
  const old = await probe(probeLab, 'ecdhe-gcm.test', 'windows-2012r2');
  t.equal(old.status, 'fail');
  t.equal(old.code, 'TLS_NO_SHARED_CIPHER', old.message);
  t.match(old.message, /Windows Server 2012 R2/);
  t.match(old.message, /--client-profile windows-2012r2/);
  t.match(old.message, /accepts TLSv1\.2 with TLS_ECDHE_RSA_WITH_AES_(256_GCM_SHA384|128_GCM_SHA256)/, 'names what the server accepted');
  t.match(old.message, /SSL Cipher Suite Order/, 'names the GPO fix');
  t.match(old.message, /windows-2016, windows-2019, windows-2022, windows-2025/, 'and the versions that offer it');
  t.match(tlsDetail(old), {
    profile: 'windows-2012r2',
    protocol: null,
    unrestricted: { protocol: 'TLSv1.2', cipher: /^ECDHE-RSA-AES\d+-GCM-SHA\d+$/ },
  });
  t.equal(old.stages.find((s) => s.stage === 'http')?.status, 'skip', 'nothing is sent over the unrestricted handshake');
  const ok = await probe(probeLab, 'ecdhe-gcm.test', 'windows-2016');
  t.equal(ok.status, 'pass', ok.message);
  t.match(
    tlsDetail(ok),
    { profile: 'windows-2016', protocol: 'TLSv1.2', cipher: 'ECDHE-RSA-AES256-GCM-SHA384' },
    'Schannel order: the 256-bit suite first',
  );
});

t.test('DHE only: each profile behaves as its Schannel table says', async (t) => {
  const probeLab = await lab(t);
  const cases: [Host, string][] = [
    ['dhe-256-gcm.test', 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'],
    ['dhe-128-gcm.test', 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'],
    ['dhe-cbc.test', 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'],
  ];
  const seen: string[] = [];
  for (const [host, suite] of cases) {
    for (const id of WINDOWS_PROFILE_IDS) {
      const outcome = await probe(probeLab, host, id);
      const expected = tableOffers(id, suite) ? 'pass' : 'TLS_NO_SHARED_CIPHER';
      t.equal(outcome.status === 'pass' ? 'pass' : outcome.code, expected, `${id} × ${suite}: ${outcome.message}`);
      seen.push(expected);
    }
  }
  t.ok(seen.includes('pass') && seen.includes('TLS_NO_SHARED_CIPHER'), 'the servers separate the profiles');
  // Spelled out, so a wrong transcription cannot make both sides agree on nonsense.
  t.equal((await probe(probeLab, 'dhe-256-gcm.test', 'windows-2012r2')).status, 'pass');
  t.equal(
    (await probe(probeLab, 'dhe-256-gcm.test', 'windows-2022')).code,
    'TLS_NO_SHARED_CIPHER',
    'not allowed by SCH_USE_STRONG_CRYPTO on 2022',
  );
  t.equal((await probe(probeLab, 'dhe-cbc.test', 'windows-2016')).status, 'pass');
  t.equal((await probe(probeLab, 'dhe-cbc.test', 'windows-2019')).code, 'TLS_NO_SHARED_CIPHER', '1809 no longer enables DHE_RSA CBC');
});

t.test(
  'what a profile cannot fix stays what it is: TLS 1.1 only is too old, a server refusing everyone is a handshake failure',
  async (t) => {
    const probeLab = await lab(t);
    const old = await probe(probeLab, 'tls11-only.test', 'windows-2025');
    t.equal(old.code, 'TLS_PROTOCOL_TOO_OLD', old.message);
    t.match(old.message, /TLSv1\.1/);
    const legacy = await probe(probeLab, 'tls11-only.test', 'windows-2016');
    t.equal(legacy.code, 'TLS_PROTOCOL_TOO_OLD', 'a profile with TLS 1.1 connects, and the version is judged as always');
    const none = await probe(probeLab, 'refuses-all.test', 'windows-2022');
    t.equal(none.code, 'TLS_HANDSHAKE_FAILED', none.message);
    t.match(none.message, /full OpenSSL client fails too \(TLS_HANDSHAKE_FAILED\)/);
    t.match(tlsDetail(none), { unrestricted: { protocol: null } });
    const plain = await probe(probeLab, 'refuses-all.test', 'node');
    t.equal(plain.code, 'TLS_HANDSHAKE_FAILED');
    t.notMatch(plain.message, /fails too/, 'node is already the unrestricted client: no second handshake');
  },
);

t.test(
  'evidence overrides defaults: a host whose cipher order policy lists only CBC suites cannot reach a GCM-only endpoint',
  async (t) => {
    const { hostProfile } = await import('../../../src/probes/client-profiles/host-profile.js');
    const { parseSchannel } = await import('../../../src/evidence/parse-schannel.js');
    const { readEvidenceText } = await import('../../../src/evidence/decode-text.js');
    const { fixture } = await import('../../rules/helpers.js');
    const host = hostProfile(parseSchannel(readEvidenceText(fixture('schannel/policy-2022.txt'))));
    const probeLab = await lab(t);
    const base = probeLab.context({ timeoutMs: 4000 });
    const context = { ...base, clientProfile: profileOffer(host, base.trust) };
    const outcome = await probeTarget(
      { id: 'https://ecdhe-gcm.test:443/', host: 'ecdhe-gcm.test', port: 443, scheme: 'https', path: '/' },
      context,
      context.signal,
    );
    t.equal(outcome.code, 'TLS_NO_SHARED_CIPHER', outcome.message);
    t.match(
      outcome.message,
      /this SCP host's Schannel configuration \(Windows build 20348\) offers as configured \(collect evidence\) \(--client-profile host/,
    );
    t.match(
      outcome.message,
      /windows-2016, windows-2019, windows-2022, windows-2025/,
      "Server 2022's own defaults would have worked: the policy is the cause",
    );
    t.equal((await probe(probeLab, 'ecdhe-gcm.test', 'windows-2022')).status, 'pass', 'while the default 2022 profile passes');
  },
);

t.test(
  'what a full client would add cannot make a profile pass: a TLS 1.3 suite Windows does not enable, a curve it does not offer',
  async (t) => {
    const probeLab = await lab(t);
    const chacha = await probe(probeLab, 'chacha-13.test', 'windows-2022');
    t.equal(chacha.code, 'TLS_NO_SHARED_CIPHER', chacha.message);
    t.match(chacha.message, /accepts TLSv1\.3 with TLS_CHACHA20_POLY1305_SHA256/);
    t.match(
      chacha.message,
      /no built-in Windows profile offers it by default/,
      'CHACHA20 is supported but not enabled on 2022 and Windows 11',
    );
    const old = await probe(probeLab, 'chacha-13.test', 'windows-2019');
    t.equal(old.code, 'TLS_NO_SHARED_CIPHER');
    t.match(old.message, /windows-2019 does not offer TLSv1\.3/);
    const curve = await probe(probeLab, 'p521-only.test', 'windows-2016');
    t.equal(curve.code, 'TLS_NO_SHARED_CIPHER', curve.message);
    t.match(
      curve.message,
      /windows-2016 offers TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 too, so the server refuses its curves \(X25519, P-256, P-384\)/,
    );
    t.equal((await probe(probeLab, 'p521-only.test', 'node')).status, 'pass', "OpenSSL's default curves include P-521");
  },
);
