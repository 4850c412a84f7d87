import type { FailureCode } from '../model/codes.js';
import type { ExchangeResult } from '../probes/http-exchange.js';
import { boundText } from '../model/bounded-text.js';
import type { StageResult } from '../probes/types.js';
import { blockPageReason, header, proxyProduct } from './block-page.js';
import { portalRedirect } from './captive-portal.js';
import type { HandshakeResult } from './http-handshake.js';
import { SUPPORTED_SCHEMES } from './proxy-auth.js';
import { squidError, type SquidError } from './squid-error.js';
import { proxyStage } from './proxy-stage.js';
import type { ProxyCredentials, ProxyServer } from './types.js';

/** What was asked of the proxy, for messages and the stage detail. */
export interface ProxyAsk {
  readonly server: ProxyServer;
  /** `CONNECT host:443`, `GET http://host/`. */
  readonly request: string;
  /** `host port 443`. */
  readonly target: string;
  readonly credentials: ProxyCredentials | null;
}

/**
 * The failure code for a proxy's own HTTP status (RFC 9110; the SCP's own check counts 407, 408, 451, 502, 511,
 * 598 and 599 as proxy problems). Squid's X-Squid-Error, when it names a known error, decides over the status.
 */
export function codeForStatus(status: number, squid: FailureCode | null, authSent: boolean): FailureCode | null {
  if (status >= 200 && status < 300) return null;
  if (status === 407) return authSent ? 'PROXY_AUTH_FAILED' : 'PROXY_AUTH_REQUIRED';
  if (squid !== null && squid !== 'PROXY_AUTH_REQUIRED') return squid;
  if (status === 511) return 'PROXY_AUTH_REQUIRED';
  if (status === 400 || status === 426) return 'PROXY_PROTOCOL_ERROR';
  if (status === 408 || status >= 500) return 'PROXY_UPSTREAM_FAILED';
  return 'PROXY_DENIED';
}

/** Turns the end of a handshake into the `proxy` stage: pass with the tunnel open, or the PROXY_* failure. */
export function classifyHandshake(ask: ProxyAsk, result: HandshakeResult, ms: number): StageResult {
  const { response } = result;
  const evidence = { response, authSchemesOffered: result.schemesOffered, authUsed: result.authUsed };
  const by = `the proxy ${ask.server.url}`;
  if (result.failure !== null) return proxyStage(ask.server, ask.request, ms, { ...evidence, ...result.failure });
  if (!response.ok) {
    const [code, message]: [FailureCode, string] =
      response.kind === 'timeout'
        ? [
            'PROXY_UPSTREAM_FAILED',
            `${by} accepted the connection but did not answer ${ask.request} in time; it may still be trying to reach ${ask.target}.`,
          ]
        : response.kind === 'closed'
          ? ['PROXY_PROTOCOL_ERROR', `${by} closed the connection instead of answering ${ask.request} (${response.error}).`]
          : ['PROXY_PROTOCOL_ERROR', `${by} did not answer ${ask.request} with HTTP: ${response.error}.`];
    return proxyStage(ask.server, ask.request, ms, { ...evidence, code, message });
  }
  const squid = squidError(response.headers['x-squid-error']?.[0] ?? null);
  const code = codeForStatus(response.status, squid?.code ?? null, result.authUsed !== null);
  const status = `HTTP ${response.status}${response.statusText ? ` ${boundText(response.statusText)}` : ''}`;
  const reason = squid ? ` (X-Squid-Error ${squid.name}: ${squid.words})` : '';
  const as = result.authUsed && ask.credentials ? ` as ${ask.credentials.account} with ${result.authUsed}` : '';
  const offered = result.schemesOffered.length ? result.schemesOffered.join(', ') : 'no scheme named';
  const message = ((): string => {
    switch (code) {
      case null:
        return `${by} accepted ${ask.request}${as} (${status}).`;
      case 'PROXY_AUTH_REQUIRED':
        return response.status === 407 &&
          !result.schemesOffered.some((s) => SUPPORTED_SCHEMES.some((x) => x.toLowerCase() === s.toLowerCase())) &&
          result.schemesOffered.length > 0
          ? `${by} requires authentication (${status}) with ${offered}, which this tool cannot answer; no credentials were given either.`
          : `${by} requires authentication (${status}; offers ${offered}) and no credentials were given: use --proxy-user.`;
      case 'PROXY_AUTH_FAILED':
        return (
          `${by} rejected the credentials of ${ask.credentials?.account ?? 'the proxy account'} ` +
          `sent with ${result.authUsed ?? 'authentication'} (${status}; offers ${offered}).`
        );
      case 'PROXY_DENIED':
        return `${by} refused ${ask.request} by policy: ${status}${reason}.`;
      case 'PROXY_UPSTREAM_FAILED':
        return `${by} could not reach ${ask.target}: ${status}${reason}.`;
      default:
        return `${by} answered ${ask.request} with ${status}${reason}: not a usable proxy answer.`;
    }
  })();
  const unsupported =
    code === 'PROXY_AUTH_REQUIRED' &&
    response.status === 407 &&
    result.schemesOffered.length > 0 &&
    !result.schemesOffered.some((s) => SUPPORTED_SCHEMES.some((x) => x.toLowerCase() === s.toLowerCase()));
  return proxyStage(ask.server, ask.request, ms, { ...evidence, code: unsupported ? 'PROXY_AUTH_UNSUPPORTED' : code, message });
}

/**
 * Who the first HTTP answer comes from when it is not the endpoint: `absolute` (a configured proxy answers the
 * absolute-form request, so its own statuses count too), `tunnel` (inside a CONNECT tunnel, where only an intercepting
 * proxy can insert its page) or `endpoint` (a direct or SOCKS route: whatever answers is supposed to be the endpoint).
 */
export type AnswerPath = 'absolute' | 'tunnel' | 'endpoint';

/** A proxy's own answer where the endpoint's was expected, and the signatures that show it. */
export interface ProxyOwnAnswer {
  readonly code: FailureCode;
  /** `X-Squid-Error: ERR_ACCESS_DENIED 0`, `Server: squid/6.10`, `HTTP 511 …`, `the page "…" says "…"`. */
  readonly evidence: readonly string[];
  readonly squid: SquidError | null;
  /** True when the evidence is a block page (the message then says "block page"). */
  readonly page: boolean;
}

// Statuses only a proxy sends (RFC 9110 §15.5.8: 407 is the proxy's; RFC 6585 §6: 511 is for intercepting proxies
// and captive portals, origin servers do not send it).
const PROXY_ONLY = new Set([407, 511]);
// Statuses an absolute-form answer carries only when the proxy itself speaks (RFC 9110; the SCP's own list).
const PROXY_STATUSES = new Set([407, 408, 451, 502, 503, 504, 511, 598, 599]);

/**
 * The one decision, for every route, whether an HTTP answer is a proxy's (or captive portal's) own rather than the
 * endpoint's. It rests on signatures, never on an error status alone, because a real endpoint answers 403 or 404
 * and that still proves it reachable: squid's X-Squid-Error, the Server header of a proxy product with an error
 * status, a status only proxies send (407, 511), or a vendor's block page even when it comes with 200. Only on
 * the absolute-form path, where the proxy is known to answer first, do its statuses (502, 504…) count on their own.
 * A redirect to a bare IP address is a captive portal's (see captive-portal.ts).
 */
export function proxyOwnAnswer(response: ExchangeResult, path: AnswerPath, authSent: boolean, askedHost: string): ProxyOwnAnswer | null {
  if (!response.ok) return null;
  const squidValue = header(response, 'x-squid-error');
  const squid = squidError(squidValue);
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText.slice(0, 80)}` : ''}`;
  const proxyStatus = PROXY_ONLY.has(response.status) || (path === 'absolute' && PROXY_STATUSES.has(response.status));
  const page = blockPageReason(response, path === 'absolute' ? 'any' : 'strong');
  const product = proxyProduct(response);
  // A proxy product's name alone, on a success, may be a relayed header: it counts with an error status or beside
  // other evidence.
  const named = product !== null && (response.status >= 400 || squidValue !== null || proxyStatus || page !== null);
  const evidence = [
    ...(squidValue !== null ? [`X-Squid-Error: ${squidValue.slice(0, 120)}`] : []),
    ...(named ? [`Server: ${product}`] : []),
    ...(proxyStatus ? [status] : []),
    ...(page !== null ? [page] : []),
  ];
  const portal = portalRedirect(response, askedHost);
  if (portal !== null) return { code: 'PROXY_AUTH_REQUIRED', evidence: [...evidence, portal], squid, page: false };
  if (evidence.length === 0) return null;
  const code = codeForStatus(response.status, squid?.code ?? null, authSent) ?? squid?.code ?? 'PROXY_DENIED';
  return { code, evidence, squid, page: page !== null };
}
