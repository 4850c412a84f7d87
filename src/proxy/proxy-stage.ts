import type { FailureCode } from '../model/codes.js';
import { boundOptional } from '../model/bounded-text.js';
import type { ProxyDetail, StageResult } from '../probes/types.js';
import type { ProxyResponse } from './read-response.js';
import type { ProxyServer } from './types.js';

/** What is known about one exchange with a proxy, beyond its status. */
export interface ProxyEvidence {
  readonly response?: ProxyResponse | null;
  readonly authSchemesOffered?: readonly string[];
  readonly authUsed?: string | null;
  readonly proxyError?: string | null;
  readonly osError?: string | null;
}

/** Builds a `proxy` stage: pass when `code` is null, else fail with the code. What the proxy sent is bounded here. */
export function proxyStage(
  server: ProxyServer,
  request: string,
  ms: number,
  outcome: { code: FailureCode | null; message: string } & ProxyEvidence,
): StageResult {
  const response = outcome.response?.ok ? outcome.response : null;
  const first = (name: string): string | null => boundOptional(response?.headers[name]?.[0]);
  const detail: ProxyDetail = {
    kind: 'proxy',
    proxy: server.url,
    request,
    status: response?.status ?? null,
    statusText: boundOptional(response?.statusText),
    authSchemesOffered: outcome.authSchemesOffered ?? [],
    authUsed: outcome.authUsed ?? null,
    via: first('via'),
    server: first('server'),
    proxyError: boundOptional(outcome.proxyError) ?? first('x-squid-error'),
    osError: boundOptional(outcome.osError ?? (outcome.response && !outcome.response.ok ? outcome.response.error : null)),
  };
  return { stage: 'proxy', status: outcome.code === null ? 'pass' : 'fail', code: outcome.code, message: outcome.message, ms, detail };
}
