import type { FailureCode } from '../model/codes.js';
import { blockPageReason, header, proxyProduct } from './block-page.js';
import { portalRedirect } from './captive-portal.js';
import type { ExchangeResult } from './http-exchange.js';
import { squidError, type SquidError } from './squid-error.js';

// Recognising a proxy's own answer is a probe's job too: on a direct route a transparent proxy or captive portal may
// answer in the endpoint's place (transparent-proxy.ts). proxy/ builds on the same decision for configured proxies.

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
