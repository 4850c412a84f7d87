import type net from 'node:net';
import t from 'tap';
import { rawServer, rawTlsServer, startProbeLab } from '../helpers/probe-lab.js';
import { haveProgram, startSquid } from '../helpers/real-programs.js';

// Issue 8: on a direct route, whatever answers as the endpoint may be a transparent proxy or a captive portal.
// Its own answers (squid's error, a vendor's block page even with 200, 511, a redirect to a portal's bare address)
// are PROXY_* failures naming the device's signatures; the endpoint's own 403/404/200 still proves reachability.

type Answer = { status: string; headers: Record<string, string>; body: string };

/** Answers every request with one canned response, as a device in the path would. */
function responder(answer: Answer): (socket: net.Socket) => void {
  return (socket) =>
    socket.once('data', () => {
      const head = [
        `HTTP/1.1 ${answer.status}`,
        ...Object.entries({ ...answer.headers, 'Content-Length': String(Buffer.byteLength(answer.body)), Connection: 'close' }).map(
          ([k, v]) => `${k}: ${v}`,
        ),
      ];
      socket.end(`${head.join('\r\n')}\r\n\r\n${answer.body}`);
    });
}

const html = { 'Content-Type': 'text/html; charset=utf-8' };
const ANSWERS: Record<string, { answer: Answer; code: string | null; message?: RegExp }> = {
  'api403.test': {
    answer: {
      status: '403 Forbidden',
      headers: { 'Content-Type': 'application/json', Server: 'Microsoft-HTTPAPI/2.0' },
      body: '{"error":{"code":"Forbidden","message":"Access is denied."}}',
    },
    code: null,
  },
  'notfound.test': {
    answer: {
      status: '404 Not Found',
      headers: { ...html, Server: 'Microsoft-IIS/10.0' },
      body: '<html><title>404 - File or directory not found.</title></html>',
    },
    code: null,
  },
  // A CDN's own refusal is the endpoint's answer: generic "Access Denied" wording is not a proxy signature.
  'cdn403.test': {
    answer: {
      status: '403 Forbidden',
      headers: { ...html, Server: 'AkamaiGHost' },
      body:
        '<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD>' +
        "<BODY><H1>Access Denied</H1>You don't have permission to access this server.</BODY></HTML>",
    },
    code: null,
  },
  // A transparent proxy that relays the endpoint's answer adds Via; the answer is still the endpoint's.
  'relayed.test': {
    answer: {
      status: '200 OK',
      headers: { 'Content-Type': 'application/json', Server: 'Kestrel', Via: '1.1 squid.corp (squid/6.10)' },
      body: '{}',
    },
    code: null,
  },
  'entra.test': {
    answer: {
      status: '302 Found',
      headers: { Location: 'https://login.lab.test/common/oauth2/authorize?redirect_uri=https%3A%2F%2Fentra.test%2F' },
      body: '',
    },
    code: null,
  },
  'blocked200.test': {
    answer: {
      status: '200 OK',
      headers: html,
      body:
        '<html><head><title>Website blocked</title></head>' +
        '<body>Your organization has selected Zscaler to protect you. URL Filter: category: Proxy Avoidance</body></html>',
    },
    code: 'PROXY_DENIED',
    message: new RegExp(
      String.raw`transparent proxy or filtering device answered in place of blocked200\.test port \d+ \(address` +
        String.raw` 127\.0\.0\.1\).*the page "Website blocked" says`,
    ),
  },
  'squid403.test': {
    answer: {
      status: '403 Forbidden',
      headers: { ...html, Server: 'squid/6.10', 'X-Squid-Error': 'ERR_ACCESS_DENIED 0' },
      body: '<html><title>ERROR: The requested URL could not be retrieved</title></html>',
    },
    code: 'PROXY_DENIED',
    message: /X-Squid-Error: ERR_ACCESS_DENIED 0; Server: squid\/6\.10/,
  },
  'squid503.test': {
    answer: {
      status: '503 Service Unavailable',
      headers: { ...html, Server: 'squid/6.10', 'X-Squid-Error': 'ERR_CONNECT_FAIL 111' },
      body: '<html></html>',
    },
    code: 'PROXY_UPSTREAM_FAILED',
    message: /could not reach the endpoint itself/,
  },
  'portal511.test': {
    answer: {
      status: '511 Network Authentication Required',
      headers: html,
      body: '<html><title>Guest Wi-Fi</title><meta http-equiv="refresh" content="0; url=https://portal.lab.test/login"></html>',
    },
    code: 'PROXY_AUTH_REQUIRED',
    message: /captive portal answered in place of portal511\.test port \d+.*HTTP 511 Network Authentication Required/,
  },
  // A loopback literal stands for the portal's address, so even a broken classifier that follows it stays on this machine.
  'portal302.test': {
    answer: {
      status: '302 Found',
      headers: { Location: 'http://127.0.0.9:8080/portal/login?orig=http%3A%2F%2Fportal302.test%2F' },
      body: '',
    },
    code: 'PROXY_AUTH_REQUIRED',
    message: /captive portal.*Location: http:\/\/127\.0\.0\.9:8080\/portal\/login.*bare address 127\.0\.0\.9/,
  },
  'auth407.test': {
    answer: {
      status: '407 Proxy Authentication Required',
      headers: { 'Proxy-Authenticate': 'Negotiate', Server: 'BlueCoat-Security-Appliance' },
      body: '',
    },
    code: 'PROXY_AUTH_REQUIRED',
    message: /transparent proxy answered in place of auth407\.test.*demands authentication/,
  },
};

t.test("direct route, port 80 and inside TLS: proxy signatures fail, the endpoint's own answers pass", async (t) => {
  const zone = Object.fromEntries([...Object.keys(ANSWERS), 'login.lab.test'].map((h) => [h, { a: ['127.0.0.1'] }]));
  const plain: Record<string, number> = {};
  const secure: Record<string, number> = {};
  const lab = await startProbeLab(t, {
    zone,
    hosts: { 'login.lab.test': { certificate: 'valid' } },
    route: (host, port, p) => (port === 80 ? plain[host] : secure[host]) ?? (port === 80 ? p.http : p.tls),
  });
  for (const [host, { answer }] of Object.entries(ANSWERS)) {
    plain[host] = await rawServer(t, responder(answer));
    secure[host] = await rawTlsServer(t, lab.ca, host, responder(answer));
  }
  for (const scheme of ['http', 'https'] as const) {
    const started = Date.now();
    const hosts = Object.keys(ANSWERS);
    const outcomes = await Promise.all(
      hosts.map((host) => lab.probe({ host, port: scheme === 'http' ? 80 : 443, scheme, path: '/' }, { timeoutMs: 1500 })),
    );
    hosts.forEach((host, i) => {
      const { code, message } = ANSWERS[host]!;
      const outcome = outcomes[i]!;
      t.equal(outcome.code, code, `${scheme} ${host}: ${outcome.message}`);
      t.equal(outcome.status, code === null ? 'pass' : 'fail', `${scheme} ${host}: status`);
      if (message) t.match(outcome.message, message, `${scheme} ${host}: message names host, port, address and evidence`);
      if (code !== null) {
        const stage = outcome.stages.find((s) => s.stage === 'proxy');
        t.match(stage?.detail, {
          kind: 'proxy',
          proxy: /^unconfigured (transparent proxy|captive portal) answering for /,
          request: new RegExp(`^GET ${scheme}://${host}/$`),
        });
        t.equal(outcome.stages.at(-1)?.status, 'skip', `${scheme} ${host}: the http stage is skipped`);
        if (scheme === 'https') t.match(outcome.message, /inside TLS/);
      }
    });
    t.ok(Date.now() - started < 1500 + 3000, `${scheme}: all answered within the timeout + 3 s`);
  }
});

t.test('a real squid (accelerator mode) answering as the endpoint on port 80 is PROXY_DENIED', async (t) => {
  if (!haveProgram(t, '/usr/sbin/squid', 'squid')) return;
  const squid = await startSquid(t, { names: ['denied.test', 'allowed.test'], deny: ['denied.test'], accel: true });
  const lab = await startProbeLab(t, { zone: { 'denied.test': { a: ['127.0.0.1'] } }, hosts: {}, route: () => squid.port });
  const started = Date.now();
  const outcome = await lab.probe({ host: 'denied.test', port: 80, scheme: 'http', path: '/' }, { timeoutMs: 3000 });
  t.equal(outcome.code, 'PROXY_DENIED', outcome.message);
  t.match(
    outcome.message,
    new RegExp(
      String.raw`transparent proxy or filtering device answered in place of denied\.test port 80 \(address` +
        String.raw` 127\.0\.0\.1\): X-Squid-Error: ERR_ACCESS_DENIED 0; Server: squid\/\d`,
    ),
  );
  t.ok(Date.now() - started < 3000 + 3000, 'within the timeout + 3 s');
});
