import { elapsed } from '../probes/bounded-signal.js';
import type { ExchangeResult } from '../probes/http-exchange.js';
import type { Destination, Opener, OpenedPath } from '../probes/opener.js';
import { unlessStopped } from '../probes/run-stop.js';
import type { Route, StageResult } from '../probes/types.js';
import { proxyOwnAnswer } from '../probes/proxy-answer.js';
import { classifyHandshake, type ProxyAsk } from './classify-response.js';
import { parseChallenges, schemeNames } from './auth-challenges.js';
import { proxyHandshake } from './http-handshake.js';
import { basicAuthorization } from './proxy-auth.js';
import { proxyStage } from './proxy-stage.js';
import { reachProxy } from './reach-proxy.js';
import { informationalDns } from './local-dns.js';
import type { ProxyCredentials, ProxyServer } from './types.js';

/**
 * The route through an HTTP or HTTPS proxy, as WinHTTP and .NET take it: `https` destinations through a CONNECT
 * tunnel, `http` ones as an absolute-form request (squid's default config refuses CONNECT to port 80).
 */
export function httpProxyOpener(server: ProxyServer, route: Route, credentials: ProxyCredentials | null): Opener {
  return async (destination, context, signal) => {
    const dns = informationalDns(destination, context, signal, `the proxy ${server.url}`);
    const opened = destination.scheme === 'https' ? await tunnel(destination) : await absolute(destination);
    return { ...opened, stages: [await dns, ...opened.stages], route };

    async function tunnel(d: Destination): Promise<OpenedPath> {
      const reached = await reachProxy(server, context, signal);
      if (!reached.ok) return { stages: reached.stages, socket: null, absoluteForm: false };
      const authority = `${d.host.includes(':') ? `[${d.host}]` : d.host}:${d.port}`;
      const ask: ProxyAsk = { server, request: `CONNECT ${authority}`, target: `${d.host} port ${d.port}`, credentials };
      const start = process.hrtime.bigint();
      const result = await proxyHandshake({
        requestLine: `CONNECT ${authority} HTTP/1.1`,
        host: authority,
        socket: reached.socket,
        credentials,
        reconnect: () => reachProxy(server, context, signal),
        signal,
        timeoutMs: context.timeoutMs,
        bodyless: (s) => s >= 200 && s < 300,
        succeeded: (s) => s >= 200 && s < 300,
      });
      const stage = unlessStopped(
        signal,
        classifyHandshake(ask, result, elapsed(start)),
        `waiting for the proxy ${server.url} to answer ${ask.request}`,
      );
      return {
        stages: [...reached.stages, stage],
        socket: result.socket,
        absoluteForm: false,
        judgeResponse: (r) => judgeTunnelled(ask, d.host, r),
      };
    }

    async function absolute(d: Destination): Promise<OpenedPath> {
      const reached = await reachProxy(server, context, signal);
      if (!reached.ok) return { stages: reached.stages, socket: null, absoluteForm: true };
      const authority = d.port === 80 ? d.host : `${d.host}:${d.port}`;
      const ask: ProxyAsk = { server, request: `GET http://${authority}/…`, target: `${d.host} port ${d.port}`, credentials };
      const judge = (r: ExchangeResult, authUsed: string | null): StageResult | null => judgeAbsolute(ask, d.host, r, authUsed);
      if (credentials === null)
        return { stages: reached.stages, socket: reached.socket, absoluteForm: true, judgeResponse: (r) => judge(r, null) };
      // With credentials, authenticate first with HEAD on this connection: NTLM binds to the connection, and the
      // 407 tells which scheme the proxy wants (a password is never sent in Basic unless the proxy asked for Basic).
      const start = process.hrtime.bigint();
      const result = await proxyHandshake({
        requestLine: `HEAD http://${authority}/ HTTP/1.1`,
        host: authority,
        socket: reached.socket,
        credentials,
        reconnect: () => reachProxy(server, context, signal),
        signal,
        timeoutMs: context.timeoutMs,
        bodyless: () => true,
        succeeded: (s) => s !== 407,
      });
      const stage = unlessStopped(
        signal,
        classifyHandshake({ ...ask, request: `HEAD http://${authority}/` }, result, elapsed(start)),
        `waiting for the proxy ${server.url} to answer HEAD http://${authority}/`,
      );
      if (result.socket === null) return { stages: [...reached.stages, stage], socket: null, absoluteForm: true };
      // A proxy that closes after answering HEAD gets a fresh connection (Basic and no-auth survive that; NTLM does
      // not, and the GET's 407 then says so).
      let socket = result.socket;
      if (!(result.response.ok && result.response.keepAlive)) {
        socket.destroy();
        const again = await reachProxy(server, context, signal);
        if (!again.ok) return { stages: again.stages, socket: null, absoluteForm: true };
        socket = again.socket;
      }
      if (result.authUsed === null) {
        // The proxy asked for nothing (or refused by policy): the GET decides, judged like any other answer.
        return { stages: reached.stages, socket, absoluteForm: true, judgeResponse: (r) => judge(r, null) };
      }
      const headers = result.authUsed === 'Basic' ? { 'Proxy-Authorization': basicAuthorization(credentials) } : undefined;
      const answered = result.response.ok ? ` (HEAD answered HTTP ${result.response.status})` : '';
      const passed = proxyStage(server, `HEAD http://${authority}/`, stage.ms, {
        code: null,
        response: result.response,
        authSchemesOffered: result.schemesOffered,
        authUsed: result.authUsed,
        message:
          `The proxy ${server.url} accepted the credentials of ${credentials.account} with ${result.authUsed}${answered}; ` +
          `the request follows on this ${result.authUsed === 'NTLM' ? 'NTLM-authenticated ' : ''}connection.`,
      });
      return {
        stages: [...reached.stages, passed],
        socket,
        absoluteForm: true,
        ...(headers ? { headers } : {}),
        judgeResponse: (r) => judge(r, result.authUsed),
      };
    }
  };
}

/** Inside a CONNECT tunnel every answer is the endpoint's, unless an intercepting proxy put its own page there. */
function judgeTunnelled(ask: ProxyAsk, host: string, response: ExchangeResult): StageResult | null {
  const own = proxyOwnAnswer(response, 'tunnel', false, host);
  if (own === null || !response.ok) return null;
  const { code, squid } = own;
  return proxyStage(ask.server, `GET inside the tunnel to ${ask.target}`, 0, {
    code,
    message:
      `The proxy ${ask.server.url} answered inside the TLS tunnel with its own page ` +
      `(HTTP ${response.status}; ${own.evidence.join('; ')}): ` +
      `it inspects this traffic and ${code === 'PROXY_DENIED' ? 'blocks' : 'failed to reach'} ${ask.target}.`,
    proxyError: squid ? squid.name : own.evidence.join('; '),
  });
}

/** An absolute-form answer is the proxy's own when its status or its page says so; otherwise it is the endpoint's. */
function judgeAbsolute(ask: ProxyAsk, host: string, response: ExchangeResult, authUsed: string | null): StageResult | null {
  const by = `the proxy ${ask.server.url}`;
  if (!response.ok) {
    const code = response.kind === 'timeout' ? 'PROXY_UPSTREAM_FAILED' : 'PROXY_PROTOCOL_ERROR';
    return proxyStage(ask.server, ask.request, 0, {
      code,
      message: `${by} did not relay a valid answer from ${ask.target} (${response.error}).`,
      osError: response.error,
    });
  }
  const own = proxyOwnAnswer(response, 'absolute', authUsed !== null, host);
  if (own === null) return null;
  const asHandshake = {
    ok: true as const,
    status: response.status,
    statusText: response.statusText,
    body: '',
    keepAlive: false,
    headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v : [String(v)]])),
  };
  const { code } = own;
  // The schemes a 407 offers, as the CONNECT path reads them: a Negotiate-only proxy is then named as such here too.
  const schemesOffered =
    response.status === 407 ? schemeNames(parseChallenges(asHandshake.headers['proxy-authenticate'] ?? [])).slice(0, 16) : [];
  const stage = classifyHandshake(
    ask,
    { socket: null, response: asHandshake, schemesOffered, authUsed: authUsed as never, failure: null },
    0,
  );
  if ((stage.code === code || stage.code === 'PROXY_AUTH_UNSUPPORTED') && code !== 'PROXY_DENIED') return stage;
  return {
    ...stage,
    code,
    status: 'fail',
    message:
      own.page && response.status < 300
        ? `${by} answered with its own block page instead of ${ask.target} (HTTP ${response.status}; ${own.evidence.join('; ')}).`
        : stage.message,
  };
}
