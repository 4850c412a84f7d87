import t from 'tap';
import { clientProfiles, defaultProfileId, CLIENT_PROFILE_IDS } from '../../../src/probes/client-profiles/index.js';
import { IANA_TO_OPENSSL, ianaName } from '../../../src/probes/client-profiles/iana-openssl.js';
import { SCHANNEL_TABLES } from './schannel-tables.js';

/** Which page each Windows profile must cite, and so be checked against. */
const PAGE_OF = {
  'windows-2012r2': '8-1',
  'windows-2016': '10-v1607',
  'windows-2019': '10-v1809',
  'windows-2022': 'server-2022',
  'windows-2025': '11',
} as const;

function tableRows(page: string): { suite: string; strong: boolean; explicitOnly: boolean }[] {
  return SCHANNEL_TABLES[page]!.rows.trim()
    .split('\n')
    .map((line) => {
      const [left, right] = line.split('|').map((s) => s.trim());
      return { suite: left!.split(' ')[0]!, strong: right === 'Yes', explicitOnly: /explicitly requests/.test(left!) };
    });
}

t.test("each Windows profile lists exactly its page's default suites, in order, with the strong-crypto column", async (t) => {
  for (const [id, page] of Object.entries(PAGE_OF)) {
    const profile = clientProfiles[id as keyof typeof PAGE_OF];
    const table = SCHANNEL_TABLES[page]!;
    t.equal(profile.source.title, table.title, `${id} cites "${table.title}"`);
    t.match(profile.source.copy, new RegExp(`tls-cipher-suites-in-windows-${page}\\.md @ ${table.commit}`), `${id} names the copy read`);
    t.match(profile.source.url, new RegExp(`/tls-cipher-suites-in-windows-${page}$`));
    const expected = tableRows(page)
      .filter((r) => !r.explicitOnly)
      .map(({ suite, strong }) => ({ suite, strong }));
    t.same(profile.cipherSuites, expected, `${id} = the table minus the explicit-request NULL suites`);
  }
});

t.test(
  'the field facts hold in the data: 2012 R2 has no ECDHE_RSA GCM suite; 2016/2019 have both, 3rd and 4th; 2022 on lead with TLS 1.3',
  async (t) => {
    const names = (id: keyof typeof clientProfiles) => clientProfiles[id].cipherSuites.map((s) => ianaName(s.suite));
    t.notOk(names('windows-2012r2').some((s) => /^TLS_ECDHE_RSA_WITH_AES_\d+_GCM/.test(s)));
    for (const id of ['windows-2016', 'windows-2019'] as const) {
      t.same(names(id).slice(2, 4), ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']);
      t.notOk(clientProfiles[id].versions.includes('TLSv1.3'));
    }
    for (const id of ['windows-2022', 'windows-2025'] as const) {
      t.same(names(id).slice(0, 2), ['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256']);
      t.ok(clientProfiles[id].versions.includes('TLSv1.3'));
    }
  },
);

t.test('every suite a profile lists has an OpenSSL name, or is declared absent from OpenSSL', async (t) => {
  for (const id of CLIENT_PROFILE_IDS) {
    for (const { suite } of clientProfiles[id].cipherSuites) t.ok(ianaName(suite) in IANA_TO_OPENSSL, `${id}: ${suite} is mapped`);
  }
});

t.test('the default profile follows the Windows build of os.release()', async (t) => {
  t.equal(defaultProfileId('linux', '6.1.0'), 'node');
  t.equal(defaultProfileId('win32', '6.3.9600'), 'windows-2012r2');
  t.equal(defaultProfileId('win32', '10.0.14393'), 'windows-2016');
  t.equal(defaultProfileId('win32', '10.0.17763'), 'windows-2019');
  t.equal(defaultProfileId('win32', '10.0.20348'), 'windows-2022');
  t.equal(defaultProfileId('win32', '10.0.26100'), 'windows-2025');
  t.equal(defaultProfileId('win32', '10.0.19045'), 'windows-2019', 'a build between releases shares the older one');
  t.equal(defaultProfileId('win32', '6.1.7601'), 'node', 'older than any profile');
});
