import type { FailureCode } from '../model/codes.js';
import { boundText } from '../model/bounded-text.js';
import type { StageResult } from '../probes/types.js';
import type { HandshakeResult } from './http-handshake.js';
import { SUPPORTED_SCHEMES } from './proxy-auth.js';
import { codeForStatus } from '../probes/proxy-answer.js';
import { squidError } from '../probes/squid-error.js';
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
