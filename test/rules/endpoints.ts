// Builds EndpointResult records for rule tests (tap lists this file as "no tests found").
import type { FailureCode } from '../../src/model/codes.js';
import type { EndpointResult } from '../../src/model/report.js';

/** An endpoint result; `proxy` null = direct. */
export function endpoint(o: {
  code?: FailureCode;
  proxy?: string | null;
  host?: string;
  authUsed?: string | null;
  offered?: string[];
  proxyStatus?: number;
}): EndpointResult {
  const proxy = o.proxy ?? null;
  const code = o.code ?? null;
  const host = o.host ?? 'sccm.manage.microsoft.com';
  return {
    entry: '*.manage.microsoft.com',
    group: 'updates-and-servicing',
    groupTitle: 'Updates and servicing',
    provenance: { title: 'x', url: 'https://example.invalid/', date: '2025-01-01' },
    host,
    pattern: '*.manage.microsoft.com',
    wildcard: true,
    port: 443,
    scheme: 'https',
    path: '/',
    notes: [],
    probeId: `https://${host}:443/`,
    status: code === null ? 'pass' : 'fail',
    code,
    message: code ?? 'ok',
    remediation: null,
    route: proxy === null ? { kind: 'direct', proxy: null, reason: 'no proxy configured' } : { kind: 'http', proxy, reason: '--proxy' },
    // An unreachable proxy never answers: reach-proxy.ts records a failed `connect` stage to it and no `proxy` stage.
    stages:
      proxy === null
        ? []
        : code === 'PROXY_UNREACHABLE'
          ? [
              {
                stage: 'connect',
                status: 'fail',
                code,
                message: `Cannot reach the proxy ${proxy}: connection refused.`,
                ms: 1,
                detail: { kind: 'connect', address: '10.0.0.8', port: 8080, localAddress: null, osError: 'ECONNREFUSED' },
              },
            ]
          : [
              {
                stage: 'proxy',
                status: code === null ? 'pass' : 'fail',
                code,
                message: '',
                ms: 1,
                detail: {
                  kind: 'proxy',
                  proxy,
                  request: `CONNECT ${host}:443`,
                  status: o.proxyStatus ?? (code === null ? 200 : 407),
                  statusText: null,
                  authSchemesOffered: o.offered ?? [],
                  authUsed: o.authUsed ?? null,
                  via: null,
                  server: null,
                  proxyError: null,
                  osError: null,
                },
              },
            ],
    undocumentedHosts: [],
  };
}
