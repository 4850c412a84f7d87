import t from 'tap';
import { createIntermediate } from '../../src/demo/certificate-authority.js';
import type { TlsDetail } from '../../src/probes/types.js';
import { rawTlsServer, startProbeLab } from '../helpers/probe-lab.js';

// Issue 10: a chain met again is not parsed again, and the cache never hands one endpoint another's chain.

const tlsDetail = (outcome: { stages: readonly { detail: unknown }[] }): TlsDetail =>
  outcome.stages.map((s) => s.detail).find((d): d is TlsDetail => (d as TlsDetail | null)?.kind === 'tls')!;

t.test('the same chain is summarized once; another chain gets its own summary', async (t) => {
  const hosts = { 'one.test': { certificate: 'valid' as const }, 'two.test': { certificate: 'valid' as const } };
  const zone = Object.fromEntries(['one.test', 'two.test', 'three.test'].map((h) => [h, { a: ['127.0.0.1'] }]));
  const ports: Record<string, number> = {};
  const lab = await startProbeLab(t, { zone, hosts, route: (host, _port, p) => ports[host] ?? p.tls });
  // three.test is served a chain through an intermediate: a different chain under the same root.
  const intermediate = createIntermediate(lab.ca, 'Probe Lab Issuing CA');
  ports['three.test'] = await rawTlsServerWith(t, intermediate, 'three.test');
  const probe = (host: string) => lab.probe({ host, port: 443, scheme: 'https', path: '/' });
  const [one, oneAgain, three] = [await probe('one.test'), await probe('one.test'), await probe('three.test')];
  const two = await probe('two.test');
  for (const o of [one, oneAgain, two, three]) t.equal(o.status, 'pass', o.message);
  const [a, b, c, d] = [one, oneAgain, two, three].map(tlsDetail);
  t.equal(a!.chain[0]!.subjectAltNames.join(), 'DNS:one.test', 'the leaf of one.test');
  t.equal(a!.chain.at(-1)!.subject, b!.chain.at(-1)!.subject);
  t.equal(a!.chain[0], b!.chain[0], 'the second handshake with the same chain reuses the first summary');
  t.equal(c!.chain[0]!.subjectAltNames.join(), 'DNS:two.test', 'another leaf is summarized on its own');
  t.equal(d!.chain[0]!.subjectAltNames.join(), 'DNS:three.test');
  t.ok(
    d!.chain.some((s) => s.subject.includes('Probe Lab Issuing CA')),
    'the intermediate is in the chain of three.test only',
  );
  t.notOk(a!.chain.some((s) => s.subject.includes('Probe Lab Issuing CA')));
  t.equal(a!.anchor?.source, 'public-roots', 'the anchor is still found from the chain');
});

/** A TLS server that sends leaf + intermediate for `host`, then answers HTTP 200. */
async function rawTlsServerWith(
  t: Parameters<typeof rawTlsServer>[0],
  issuer: Parameters<typeof rawTlsServer>[1],
  host: string,
): Promise<number> {
  return rawTlsServer(t, issuer, host, (socket) => {
    socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'));
  });
}
