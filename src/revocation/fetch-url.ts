import { boundedScope, elapsed } from '../probes/bounded-signal.js';
import { exchange } from '../probes/http-exchange.js';
import type { Destination, ProbeContext } from '../probes/opener.js';
import { runStopOf } from '../probes/run-stop.js';
import type { StageResult } from '../probes/types.js';
import { judgeAsEndpoint } from '../probes/transparent-proxy.js';
import { judgeAnswer } from './judge-answer.js';
import { ocspGetPath, ocspRequest } from './ocsp-request.js';
import type { RevocationCheck, RevocationKind, RevocationNeed } from './types.js';

/** At most this much of a CRL is read (issue 11: bounded); a larger CRL is judged by its first MiB. */
export const REVOCATION_BODY_LIMIT = 1024 * 1024;
/** A fetch may take this many stage timeouts in all (route stages plus the answer), like a probe's budget. */
const FETCH_BUDGET = 6;

/** One URL to fetch, with what the fetch needs to know. */
export interface RevocationTarget {
  readonly url: string;
  readonly kind: RevocationKind;
  readonly host: string;
  readonly port: number;
  /** Path and query of the URL. */
  readonly path: string;
  readonly neededBy: readonly RevocationNeed[];
  /** For an OCSP responder: the certificate to ask about (the first one that named it). */
  readonly ocsp?: { readonly certId: { readonly issuerNameHash: string; readonly issuerKeyHash: string }; readonly serialNumber: string };
}

const NOUN: Record<RevocationKind, string> = {
  crl: 'CRL',
  ocsp: 'OCSP responder',
  caIssuers: 'issuer certificate URL',
  ctl: 'trusted root list',
};

/**
 * Fetches one revocation URL the way the SCP host's chain engine would: plain HTTP to its port (80 unless the URL
 * says otherwise), along the route the run's routing gives that host (direct, the proxy, or the PAC's answer), with
 * every stage under the stage timeout and the answer judged by its content. Never throws.
 */
export async function fetchRevocationUrl(target: RevocationTarget, context: ProbeContext, parent: AbortSignal): Promise<RevocationCheck> {
  const start = process.hrtime.bigint();
  const destination: Destination = { host: target.host, port: target.port, scheme: 'http' };
  const selected = context.routeFor(destination);
  const bound = boundedScope(parent, context.timeoutMs * FETCH_BUDGET);
  const { signal } = bound;
  const needs = target.kind === 'ctl' ? "needed by Windows' automatic root certificate update" : describeNeeds(target.neededBy);
  const what = `The ${NOUN[target.kind]} ${target.url}, ${needs},`;
  const base = { url: target.url, kind: target.kind, host: target.host, port: target.port, neededBy: target.neededBy };
  try {
    const opened = await selected.opener(destination, context, signal);
    const route = opened.route ?? selected.route;
    const stages = [...opened.stages];
    const result = (
      status: RevocationCheck['status'],
      code: RevocationCheck['code'],
      message: string,
      extra: Partial<Pick<RevocationCheck, 'httpStatus' | 'contentType' | 'bytes' | 'request'>> = {},
    ): RevocationCheck => ({
      ...base,
      route,
      status,
      code,
      message,
      request: null,
      httpStatus: null,
      contentType: null,
      bytes: null,
      ...extra,
      stages,
      ms: elapsed(start),
    });
    const stopped = (): RevocationCheck | null => {
      const stop = runStopOf(signal);
      return stop ? result('skip', 'RUN_STOPPED', `${what} was not fetched to its end: ${stop.message}.`) : null;
    };
    if (!opened.socket) {
      const failed = stages.find((s) => s.status === 'fail') ?? stages.at(-1);
      return (
        stopped() ??
        result(
          'warn',
          'REVOCATION_UNREACHABLE',
          `${what} cannot be reached along the route ${routeWords(route)}: ${failed?.message ?? 'no connection was opened'}`,
        )
      );
    }
    const path =
      target.kind === 'ocsp' && target.ocsp
        ? ocspGetPath(target.path.split('?')[0] ?? '/', ocspRequest(target.ocsp.certId, target.ocsp.serialNumber))
        : target.path;
    const authority = target.port === 80 ? target.host : `${target.host}:${target.port}`;
    const url = `http://${authority}${path}`;
    const request = `GET ${url.length > 300 ? `${url.slice(0, 300)}…` : url}`;
    const response = await exchange({
      socket: opened.socket,
      host: authority,
      requestTarget: opened.absoluteForm ? url : path,
      ...(opened.headers ? { headers: opened.headers } : {}),
      signal,
      timeoutMs: context.timeoutMs,
      bodyLimit: REVOCATION_BODY_LIMIT,
    });
    const early = stopped();
    if (early) return { ...early, request };
    // A proxy's or captive portal's own answer is judged first, by the same signatures as every endpoint's.
    const dns = stages.find((s) => s.detail?.kind === 'dns')?.detail;
    const proxyVerdict: StageResult | null = opened.judgeResponse
      ? opened.judgeResponse(response)
      : judgeAsEndpoint(response, {
          host: target.host,
          port: target.port,
          address: dns?.kind === 'dns' ? dns.chosen : null,
          tls: false,
          request,
        });
    if (proxyVerdict) {
      stages.push(proxyVerdict);
      return result(
        'warn',
        'REVOCATION_UNREACHABLE',
        `${what} is not served along the route ${routeWords(route)}: ${proxyVerdict.message}`,
        { request, httpStatus: response.ok ? response.status : null },
      );
    }
    if (!response.ok) {
      return result('warn', 'REVOCATION_UNREACHABLE', `${what} did not answer along the route ${routeWords(route)}: ${response.error}.`, {
        request,
      });
    }
    const contentType = headerOf(response.headers['content-type']);
    const answer = { request, httpStatus: response.status, contentType, bytes: Buffer.byteLength(response.body, 'latin1') };
    const verdict = judgeAnswer(target.kind, response, REVOCATION_BODY_LIMIT);
    return verdict.ok
      ? result('pass', null, `${what} answered with ${verdict.what}.`, answer)
      : result('warn', 'REVOCATION_UNREACHABLE', `${what} does not serve it along the route ${routeWords(route)}: ${verdict.why}.`, answer);
  } finally {
    bound.dispose();
  }
}

/**
 * The trusted root list Windows' automatic root update downloads when a chain ends in a root the host lacks
 * (http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab; the G2 article's allow list
 * names ctldl.windowsupdate.com, field-facts §2.2 causes 1 and 2). Fetched only when the plan has root store evidence.
 */
export function rootListTarget(): RevocationTarget {
  return {
    url: 'http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab',
    kind: 'ctl',
    host: 'ctldl.windowsupdate.com',
    port: 80,
    path: '/msdownload/update/v3/static/trustedr/en/authrootstl.cab',
    neededBy: [],
  };
}

/** `needed to check revocation of a.example port 443 ("CN=a.example") and 2 more endpoints`. */
function describeNeeds(needs: readonly RevocationNeed[]): string {
  const hosts = [...new Set(needs.map((n) => `${n.host} port ${n.port}`))];
  const shown = hosts.slice(0, 4).join(', ');
  const more = hosts.length > 4 ? ` and ${hosts.length - 4} more endpoint(s)` : '';
  return `needed to check revocation of ${shown}${more}`;
}

function routeWords(route: { readonly kind: string; readonly proxy: string | null }): string {
  return route.proxy === null ? 'direct' : `through ${route.proxy}`;
}

function headerOf(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
