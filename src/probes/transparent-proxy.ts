import type { ExchangeResult } from './http-exchange.js';
import type { ProxyDetail, StageResult } from './types.js';
import { header } from './block-page.js';
import { proxyOwnAnswer } from './proxy-answer.js';

/** What was asked of the endpoint, for the message: the name, the documented port, the address dialled. */
export interface AskedEndpoint {
  readonly host: string;
  readonly port: number;
  readonly address: string | null;
  /** True when the answer came inside TLS (an intercepting device with a certificate this host accepts). */
  readonly tls: boolean;
  /** `GET https://host/path`. */
  readonly request: string;
}

/**
 * The verdict on an answer that arrived *as the endpoint* (direct and SOCKS routes, where no configured proxy may
 * speak): a transparent proxy or captive portal that answered in its place is a failed `proxy` stage naming the
 * device's signatures; anything else is the endpoint's answer (`null`), whatever its status.
 */
export function judgeAsEndpoint(response: ExchangeResult, asked: AskedEndpoint): StageResult | null {
  const own = proxyOwnAnswer(response, 'endpoint', false, asked.host);
  if (own === null || !response.ok) return null;
  const address = asked.address ? ` (address ${asked.address})` : '';
  const where = `${asked.host} port ${asked.port}${address}${asked.tls ? ', inside TLS' : ''}`;
  const shown = own.evidence.join('; ');
  const portal = response.status === 511 || own.evidence.some((e) => e.startsWith('Location:'));
  const message = ((): string => {
    switch (own.code) {
      case 'PROXY_AUTH_REQUIRED':
        return portal
          ? `A captive portal answered in place of ${where}: ${shown}. ` +
              'This network lets nothing through until someone logs in on its portal page, which the SCP cannot do: ' +
              "exempt the SCP's address from the portal."
          : `A transparent proxy answered in place of ${where} and demands authentication: ${shown}. ` +
              'The SCP does not authenticate to a proxy it is not configured with: ' +
              'exempt its address on that proxy, or configure the proxy for the SCP.';
      case 'PROXY_UPSTREAM_FAILED':
        return (
          `A transparent proxy answered in place of ${where}: ${shown}. ` +
          'It intercepts this traffic and could not reach the endpoint itself.'
        );
      case 'PROXY_DENIED':
        return (
          `A transparent proxy or filtering device answered in place of ${where}: ${shown}. ` +
          'It blocks this destination by policy: allow it there, or exempt the SCP from interception.'
        );
      default:
        return `A transparent proxy answered in place of ${where}: ${shown}. Its answer is not the endpoint's.`;
    }
  })();
  const detail: ProxyDetail = {
    kind: 'proxy',
    proxy: `unconfigured ${portal ? 'captive portal' : 'transparent proxy'} answering for ${asked.host}${address}`,
    request: asked.request,
    status: response.status,
    statusText: response.statusText.slice(0, 200),
    authSchemesOffered: [],
    authUsed: null,
    via: header(response, 'via')?.slice(0, 200) ?? null,
    server: header(response, 'server')?.slice(0, 200) ?? null,
    proxyError: own.squid ? own.squid.name : shown.slice(0, 400),
    osError: null,
  };
  return { stage: 'proxy', status: 'fail', code: own.code, message, ms: 0, detail };
}
