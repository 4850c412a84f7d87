import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createCertificateAuthority } from '../../src/demo/certificate-authority.js';
import type { HttpDetail, TlsDetail } from '../../src/probes/types.js';
import { rawServer, rawTlsServer, startProbeLab } from '../helpers/probe-lab.js';

// Every failure code of the core issue, each produced by a real condition on loopback.
t.test('each stage code from a real condition', async (t) => {
  const extra: Record<string, number> = {};
  const lab = await startProbeLab(t, {
    zone: {
      'ok.test': { a: ['127.0.0.1'] },
      'redirect.test': { a: ['127.0.0.1'] },
      'refused.test': { a: ['127.0.0.1'] },
      'blackhole.test': { a: ['127.0.0.1'] },
      'unreachable.test': { a: ['224.0.0.1'] }, // multicast: the kernel rejects TCP to it (ENETUNREACH); nothing is sent
      'reset.test': { a: ['127.0.0.1'] },
      'expired.test': { a: ['127.0.0.1'] },
      'wronghost.test': { a: ['127.0.0.1'] },
      'untrusted.test': { a: ['127.0.0.1'] },
      'old.test': { a: ['127.0.0.1'] },
      'garbage-tls.test': { a: ['127.0.0.1'] },
      'silent-http.test': { a: ['127.0.0.1'] },
      'silent-https.test': { a: ['127.0.0.1'] },
      'garbage-http.test': { a: ['127.0.0.1'] },
      'servfail.test': { rcode: 'SERVFAIL' },
    },
    hosts: {
      'ok.test': { certificate: 'valid', server: 'Lab/1.0' },
      'redirect.test': { certificate: 'valid', redirect: 'https://ok.test/next' },
      'expired.test': { certificate: 'expired' },
      'wronghost.test': { certificate: 'wrong-host' },
      'untrusted.test': { certificate: 'untrusted' },
      'old.test': { certificate: 'tls1.1-only' },
    },
    route: (host, port, p) => {
      if (host === 'refused.test') return p.refused;
      if (host === 'blackhole.test') return p.blackHole;
      if (extra[host] !== undefined) return extra[host];
      return port === 80 ? p.http : p.tls;
    },
    // 224.0.0.1 (multicast) is a DNS sinkhole unless a lab declares it: here it stands for an unroutable address.
    labAddresses: ['127.0.0.0/8', '224.0.0.1/32'],
  });
  extra['reset.test'] = await rawServer(t, (s) => s.resetAndDestroy());
  extra['garbage-tls.test'] = await rawServer(t, (s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\nthis is not TLS'));
  extra['silent-http.test'] = await rawServer(t, () => {});
  extra['garbage-http.test'] = await rawServer(t, (s) => s.once('data', () => s.end('\u0000\u0001garbage that is not HTTP\r\n\r\n')));
  extra['silent-https.test'] = await rawTlsServer(t, lab.ca, 'silent-https.test', () => {});

  const https = (host: string, path = '/') => ({ host, port: 443, scheme: 'https' as const, path });
  const cases: [string, ReturnType<typeof https> | { host: string; port: number; scheme: 'http'; path: string }, string | null, string][] =
    [
      ['clean pass', https('ok.test'), null, 'pass'],
      ['NXDOMAIN', https('missing.test'), 'DNS_NXDOMAIN', 'fail'],
      ['SERVFAIL', https('servfail.test'), 'DNS_SERVFAIL', 'fail'],
      ['refused port', https('refused.test'), 'CONNECT_REFUSED', 'fail'],
      ['black hole', https('blackhole.test'), 'CONNECT_TIMEOUT', 'fail'],
      ['no route', https('unreachable.test'), 'NETWORK_UNREACHABLE', 'fail'],
      ['reset on accept', { host: 'reset.test', port: 80, scheme: 'http', path: '/' }, 'CONNECT_RESET', 'fail'],
      ['expired certificate', https('expired.test'), 'TLS_CERT_EXPIRED', 'fail'],
      ['wrong host', https('wronghost.test'), 'TLS_HOSTNAME_MISMATCH', 'fail'],
      ['untrusted root', https('untrusted.test'), 'TLS_CERT_UNTRUSTED', 'fail'],
      ['TLS 1.1 only', https('old.test'), 'TLS_PROTOCOL_TOO_OLD', 'fail'],
      ['not TLS at all', https('garbage-tls.test'), 'TLS_HANDSHAKE_FAILED', 'fail'],
      ['silent after TCP', { host: 'silent-http.test', port: 80, scheme: 'http', path: '/' }, 'HTTP_TIMEOUT', 'fail'],
      ['silent after TLS', https('silent-https.test'), 'HTTP_TIMEOUT', 'fail'],
      ['garbage instead of HTTP', { host: 'garbage-http.test', port: 80, scheme: 'http', path: '/' }, 'HTTP_PROTOCOL_ERROR', 'fail'],
    ];
  const outcomes = await Promise.all(cases.map(([, target]) => lab.probe(target, { timeoutMs: 1200 })));
  cases.forEach(([name, target, code, status], i) => {
    const outcome = outcomes[i]!;
    t.equal(outcome.code, code, `${name}: code`);
    t.equal(outcome.status, status, `${name}: status`);
    t.match(outcome.message, target.host, `${name}: the message names the host`);
    if (status === 'fail') {
      const failing = outcome.stages.findIndex((s) => s.status === 'fail');
      t.ok(
        outcome.stages.slice(failing + 1).every((s) => s.status === 'skip' && /Skipped/.test(s.message)),
        `${name}: later stages skipped with a reason`,
      );
    }
  });
});

t.test('a pass records DNS, connect, TLS and HTTP evidence as one story', async (t) => {
  const lab = await startProbeLab(t, {
    zone: { 'www.ok.test': { cname: 'edge.ok.test' }, 'edge.ok.test': { a: ['127.0.0.1'], ttl: 42 } },
    hosts: { 'www.ok.test': { certificate: 'valid', server: 'Lab/1.0' } },
  });
  const outcome = await lab.probe({ host: 'www.ok.test', port: 443, scheme: 'https', path: '/x?y=1' });
  t.equal(outcome.status, 'pass');
  t.same(
    outcome.stages.map((s) => s.stage),
    ['dns', 'connect', 'tls', 'http'],
  );
  const [dns, connect, tlsStage, http] = outcome.stages;
  t.match(dns!.detail, { cnames: [{ name: 'www.ok.test', target: 'edge.ok.test' }], chosen: '127.0.0.1' });
  t.match(connect!.detail, { address: '127.0.0.1' }, 'connected to the address DNS gave');
  const tlsDetail = tlsStage!.detail as TlsDetail;
  t.equal(tlsDetail.servername, 'www.ok.test');
  t.match(tlsDetail.protocol, /^TLSv1\.[23]$/);
  t.ok(tlsDetail.chain.length >= 1 && tlsDetail.chain[0]!.subjectAltNames.includes('DNS:www.ok.test'));
  t.match(tlsDetail.chain[0]!.fingerprint256, /^[0-9A-F:]{95}$/);
  // The root is named as a Windows root store would show it: SHA-256 and the SHA-1 thumbprint (issue 11 §3).
  const root = new X509Certificate(readFileSync(lab.rootFile));
  t.same(tlsDetail.anchor, {
    subject: 'CN=Probe Lab Public Root, O=scp-preflight tests',
    source: 'public-roots',
    fingerprint256: root.fingerprint256,
    thumbprint: root.fingerprint.replaceAll(':', ''),
  });
  const httpDetail = http!.detail as HttpDetail;
  t.equal(httpDetail.status, 200);
  t.equal(httpDetail.server, 'Lab/1.0');
  t.equal(httpDetail.url, 'https://www.ok.test/x?y=1');
});

t.test('redirects: each hop recorded, undocumented hosts flagged, the endpoint still proven reachable', async (t) => {
  const lab = await startProbeLab(t, {
    zone: { 'go.test': { a: ['127.0.0.1'] }, 'cdn.test': { a: ['127.0.0.1'] }, 'loop.test': { a: ['127.0.0.1'] } },
    hosts: {
      'go.test': { certificate: 'valid', redirect: 'https://cdn.test/file.cab' },
      'cdn.test': { certificate: 'valid', redirect: 'http://undocumented.test/x' },
      'loop.test': { certificate: 'valid', redirect: 'https://loop.test/again' },
    },
  });
  const outcome = await lab.probe({ host: 'go.test', port: 443, scheme: 'https', path: '/fwlink' });
  t.equal(outcome.status, 'pass', 'any HTTP status from the endpoint proves reachability');
  const http = outcome.stages.find((s) => s.stage === 'http')!.detail as HttpDetail;
  t.same(
    http.hops.map((h) => [h.host, h.status, h.documented]),
    [
      ['go.test', 302, true],
      ['cdn.test', 302, true],
      ['undocumented.test', null, false],
    ],
  );
  t.same(http.undocumentedHosts, ['undocumented.test']);
  t.match(outcome.message, /undocumented/);
  const loop = await lab.probe({ host: 'loop.test', port: 443, scheme: 'https', path: '/' });
  const loopHttp = loop.stages.find((s) => s.stage === 'http')!.detail as HttpDetail;
  t.equal(loopHttp.hops.length, 6, 'the first request plus at most five redirects');
});

t.test('TLS interception: a chain that validates only through --ca-file is a warning naming the issuer', async (t) => {
  const inspection = createCertificateAuthority({ commonName: 'Contoso TLS Inspection CA', organization: 'Contoso' });
  const port = await rawTlsServer(t, inspection, 'intercepted.test', (s) =>
    s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')),
  );
  const dir = mkdtempSync(join(tmpdir(), 'scp-preflight-ca-'));
  const caFile = join(dir, 'inspection.pem');
  writeFileSync(caFile, inspection.certPem);
  const target = { host: 'intercepted.test', port: 443, scheme: 'https' as const, path: '/' };
  const intercepted = await startProbeLab(t, { zone: { 'intercepted.test': { a: ['127.0.0.1'] } }, hosts: {}, route: () => port });
  const withCa = await intercepted.probe(target, { caFile });
  t.equal(withCa.status, 'warn');
  t.equal(withCa.code, 'TLS_INTERCEPTED');
  t.match(withCa.message, /Contoso TLS Inspection CA/);
  t.same(
    withCa.stages.map((s) => s.status),
    ['pass', 'pass', 'warn', 'pass'],
    'HTTP still ran',
  );
  const withoutCa = await intercepted.probe(target);
  t.equal(withoutCa.code, 'TLS_CERT_UNTRUSTED');
  t.match(withoutCa.message, /Contoso TLS Inspection CA/);
});

t.test('a run-level abort ends a probe promptly', async (t) => {
  const lab = await startProbeLab(t, { zone: { 'bh.test': { a: ['127.0.0.1'] } }, hosts: {}, route: (_h, _p, p) => p.blackHole });
  const started = Date.now();
  const outcome = await lab.probe({ host: 'bh.test', port: 443, scheme: 'https', path: '/' }, { timeoutMs: 300 });
  t.equal(outcome.code, 'CONNECT_TIMEOUT');
  t.ok(Date.now() - started < 3000, 'bounded by the stage timeout');
});
