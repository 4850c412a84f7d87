import t from 'tap';
import { guardOutcomes, OUTCOME_TEXT_LIMIT } from '../../src/check/guard-outcomes.js';
import type { ProbeOutcome } from '../../src/probes/types.js';
import { parseAccount } from '../../src/proxy/credentials.js';
import { Secret } from '../../src/proxy/secret.js';

const PASSWORD = 'Guard-Canary-31!';
const basic = Buffer.from(`CONTOSO\\scp:${PASSWORD}`).toString('base64');
const outcome = (statusText: string, via: string): ProbeOutcome => ({
  targetId: 't',
  route: { kind: 'http', proxy: 'http://p:8080', reason: '--proxy' },
  status: 'fail',
  code: 'PROXY_DENIED',
  message: `the proxy refused: HTTP 403 ${statusText}`,
  startedAt: '2025-01-01T00:00:00.000Z',
  ms: 1,
  stages: [
    {
      stage: 'proxy',
      status: 'fail',
      code: 'PROXY_DENIED',
      message: 'x',
      ms: 1,
      detail: {
        kind: 'proxy',
        proxy: 'http://p:8080',
        request: 'CONNECT a:443',
        status: 403,
        statusText,
        authSchemesOffered: Array.from({ length: 1000 }, (_, i) => `S${i}`),
        authUsed: 'Basic',
        via,
        server: null,
        proxyError: null,
        osError: null,
      },
    },
  ],
});

t.test('every string of every outcome is scrubbed of the password, then bounded; lists are cut', async (t) => {
  const credentials = parseAccount('CONTOSO\\scp', new Secret(PASSWORD));
  const guarded = guardOutcomes(
    new Map([['t', outcome(`Forbidden ${'x'.repeat(1024 * 1024)}`, `1.1 echo (Basic ${basic})`)]]),
    credentials,
  ).get('t')!;
  const json = JSON.stringify(guarded);
  t.notOk(json.includes(basic) || json.includes(PASSWORD), 'no password form in the outcome');
  t.ok(guarded.message.length <= OUTCOME_TEXT_LIMIT + 40, `message bounded (${guarded.message.length})`);
  t.match(guarded.message, /…\(1048\d{3} bytes\)$/, 'elided with the original size');
  const detail = guarded.stages[0]!.detail as import('../../src/probes/types.js').ProxyDetail;
  t.equal(detail.via, '1.1 echo (Basic [redacted])');
  t.equal(detail.authSchemesOffered.length, 256);
  t.ok(json.length < 64 * 1024, `the whole outcome is small (${json.length} bytes)`);
  t.equal(guarded.startedAt, '2025-01-01T00:00:00.000Z', 'short strings untouched');
});

t.test('a password cut at the scan limit of a huge string is still removed', async (t) => {
  const credentials = parseAccount('scp', new Secret(PASSWORD));
  const huge = `${'y'.repeat(64 * 1024 - 5)}${PASSWORD}${'z'.repeat(100)}`;
  const guarded = guardOutcomes(new Map([['t', outcome(huge, 'v')]]), credentials).get('t')!;
  t.notOk(JSON.stringify(guarded).includes(PASSWORD.slice(0, 5)));
});
