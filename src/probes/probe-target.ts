import type { Duplex } from 'node:stream';
import type { ProbeTarget } from '../catalog/plan.js';
import { worse, type Status } from '../model/status.js';
import { elapsed } from './bounded-signal.js';
import { exchange, type ExchangeResult } from './http-exchange.js';
import type { Destination, ProbeContext } from './opener.js';
import { judgeAsEndpoint } from './transparent-proxy.js';
import { runStopOf, stoppedStage } from './run-stop.js';
import { alertAfterHandshake, handshakeTls } from './tls.js';
import { explainProfileRefusal, needsUnrestrictedCheck } from './client-profiles/no-shared-cipher.js';
import type { HttpDetail, HttpHop, ProbeOutcome, Route, StageName, StageResult } from './types.js';

const MAX_REDIRECTS = 5;

/** One request along the route, through every stage; the first entry of a redirect chain or a later hop. */
interface HopOutcome {
  readonly stages: StageResult[];
  /** Set when the opener decided the route (PAC, fallback lists). */
  readonly route?: Route;
  readonly response: Extract<ExchangeResult, { ok: true }> | null;
}

/**
 * Probes one (host, port, path): route (dns → connect, or the proxy's stages) → tls (https only) → http, then
 * follows up to five redirects, recording each hop's host. Never throws: every failure is a stage with a code.
 */
export async function probeTarget(target: ProbeTarget, runContext: ProbeContext, signal: AbortSignal): Promise<ProbeOutcome> {
  // The progress line's events carry this probe's id, whichever hop or route stage raises them.
  const onStage = runContext.onStage;
  const context: ProbeContext = onStage ? { ...runContext, onStage: (event) => onStage({ ...event, probeId: target.id }) } : runContext;
  const startedAt = new Date().toISOString();
  const start = process.hrtime.bigint();
  const first = await requestOnce(target, target.path, context, signal);
  const route = first.route ?? context.routeFor(target).route;
  const stages = first.stages;
  const httpIndex = stages.findIndex((s) => s.stage === 'http');
  const httpStage = stages[httpIndex];
  if (first.response && httpStage !== undefined) {
    stages[httpIndex] = await followRedirects(first.response, httpStage, context, signal);
  }
  const failing =
    stages.find((s) => s.status === 'fail') ?? stages.find((s) => s.code === 'RUN_STOPPED') ?? stages.find((s) => s.status === 'warn');
  const status = stages.reduce<Status>((acc, s) => worse(acc, s.status), 'skip');
  const last = stages.at(-1);
  const reason = failing?.message ?? last?.message ?? 'no stage ran';
  // A stage's note (a private address for an internet name) must reach every view, whatever the status.
  const notes = stages.flatMap((s) => (s.note === undefined ? [] : [s.note]));
  // A stop that cut the probe short leaves nothing proven: `skip`, whatever passed before it (a failure found
  // before the stop still stands, since it is a finding).
  const stopped = failing?.code === 'RUN_STOPPED';
  return {
    targetId: target.id,
    route,
    startedAt,
    ms: elapsed(start),
    status: stopped ? 'skip' : status === 'skip' ? 'fail' : status,
    code: failing?.code ?? null,
    message: notes.length === 0 ? reason : [reason.replace(/\.?$/, '.'), ...notes].join(' '),
    stages,
  };
}

async function requestOnce(destination: Destination, path: string, context: ProbeContext, signal: AbortSignal): Promise<HopOutcome> {
  const { opener, route } = context.routeFor(destination);
  // A direct opener reports its own dns and connect stages; a proxy route's wait is the proxy's.
  if (route.kind !== 'direct') context.onStage?.({ host: destination.host, port: destination.port, stage: 'proxy' });
  const opened = await opener(destination, context, signal);
  const stages = [...opened.stages];
  const taken = opened.route ? { route: opened.route } : {};
  const skipRest = (after: StageName): HopOutcome => {
    const reason = stages.some((s) => s.code === 'RUN_STOPPED') ? 'Skipped: the run was stopped.' : `Skipped: the ${after} stage failed.`;
    if (destination.scheme === 'https' && !stages.some((s) => s.stage === 'tls')) stages.push(skipped('tls', reason));
    stages.push(skipped('http', reason));
    return { stages, response: null, ...taken };
  };
  if (!opened.socket) return skipRest(stages.at(-1)?.stage ?? 'connect');
  // TLS and HTTP cost CPU; their slots are few, and taken only now that a socket is open (slots.ts).
  const release = await (context.work?.acquire(signal) ?? NO_SLOT);
  try {
    return await overOpenSocket(opened.socket);
  } finally {
    release();
  }

  async function overOpenSocket(open: Duplex): Promise<HopOutcome> {
    let socket = open;
    if (destination.scheme === 'https') {
      context.onStage?.({ host: destination.host, port: destination.port, stage: 'tls' });
      const offer = context.clientProfile?.options
        ? { offer: { profileId: context.clientProfile.profile.id, secureContext: context.clientProfile.secureContext } }
        : {};
      const tls = await handshakeTls({
        socket,
        host: destination.host,
        port: destination.port,
        trust: context.trust,
        signal,
        timeoutMs: context.timeoutMs,
        ...offer,
      });
      stages.push(
        needsUnrestrictedCheck(tls.stage, context.clientProfile)
          ? await explainProfileRefusal(tls.stage, context.clientProfile, destination, context, signal)
          : tls.stage,
      );
      if (!tls.socket) return skipRest('tls');
      socket = tls.socket;
    }
    const defaultPort = destination.scheme === 'https' ? 443 : 80;
    const authority = destination.port === defaultPort ? destination.host : `${destination.host}:${destination.port}`;
    const url = `${destination.scheme}://${authority}${path}`;
    const start = process.hrtime.bigint();
    context.onStage?.({ host: destination.host, port: destination.port, stage: 'http' });
    const response = await exchange({
      socket,
      host: authority,
      requestTarget: opened.absoluteForm ? url : path,
      ...(opened.headers ? { headers: opened.headers } : {}),
      signal,
      timeoutMs: context.timeoutMs,
    });
    const ms = elapsed(start);
    const stop = runStopOf(signal);
    if (!response.ok && response.kind === 'stopped' && stop) {
      stages.push(stoppedStage('http', stop, `waiting for the HTTP answer of ${destination.host} port ${destination.port}`, ms, null));
      return { stages, response: null, ...taken };
    }
    const tlsIndex = stages.findIndex((s) => s.stage === 'tls');
    const tlsStage = stages[tlsIndex];
    if (!response.ok && response.kind === 'tls' && tlsStage !== undefined) {
      // The TLS session never carried an HTTP byte: the alert is the tls stage's verdict (TLS 1.3 sends a refused
      // client certificate's alert after the handshake), not a device answering HTTP badly.
      stages[tlsIndex] = alertAfterHandshake(tlsStage, response.alert, `${destination.host} port ${destination.port}`, response.error);
      return skipRest('tls');
    }
    const proxyVerdict = opened.judgeResponse
      ? opened.judgeResponse(response)
      : judgeAsEndpoint(response, {
          host: destination.host,
          port: destination.port,
          address: dialledAddress(stages),
          tls: tlsIndex >= 0,
          request: `GET ${url}`,
        });
    if (proxyVerdict) {
      stages.push(proxyVerdict, skipped('http', 'Skipped: the proxy answered instead of the endpoint.'));
      return { stages, response: null, ...taken };
    }
    stages.push(httpStage(url, destination, response, ms));
    return { stages, response: response.ok ? response : null, ...taken };
  }
}

const NO_SLOT: Promise<() => void> = Promise.resolve(() => undefined);

/**
 * The endpoint's address as this host's DNS answer gave it (on a direct route, the address dialled). Never the
 * connect stage's address: on a SOCKS route that is the proxy's.
 */
function dialledAddress(stages: readonly StageResult[]): string | null {
  const dns = stages.find((s) => s.detail?.kind === 'dns')?.detail;
  return dns?.kind === 'dns' ? dns.chosen : null;
}

function httpStage(url: string, destination: Destination, response: ExchangeResult, ms: number): StageResult {
  const where = `${destination.host} port ${destination.port}`;
  const hop: HttpHop = {
    url,
    host: destination.host,
    status: response.ok ? response.status : null,
    location: response.ok ? headerOf(response, 'location') : null,
    documented: true,
    error: response.ok ? null : response.error,
  };
  // The endpoint's clock, read as the answer arrives: a host whose clock is off fails certificate validation and
  // Entra tokens (CLOCK_SKEW is judged over all endpoints, in src/check/clock-skew.ts).
  const date = response.ok ? (headerOf(response, 'date')?.slice(0, 64) ?? null) : null;
  const dated = date === null ? Number.NaN : Date.parse(date);
  const detail: HttpDetail = {
    kind: 'http',
    url,
    status: hop.status,
    server: response.ok ? headerOf(response, 'server') : null,
    hops: [hop],
    undocumentedHosts: [],
    error: hop.error,
    date,
    clockOffsetMs: Number.isFinite(dated) ? Math.round(dated - Date.now()) : null,
  };
  if (response.ok) {
    return {
      stage: 'http',
      status: 'pass',
      code: null,
      ms,
      detail,
      message: `${where} answered HTTP ${response.status} ${response.statusText}`.trim() + '.',
    };
  }
  if (response.kind === 'timeout') {
    return {
      stage: 'http',
      status: 'fail',
      code: 'HTTP_TIMEOUT',
      ms,
      detail,
      message: `${where} accepted the connection but sent no HTTP response (${response.error}).`,
    };
  }
  if (response.kind === 'reset') {
    return {
      stage: 'http',
      status: 'fail',
      code: 'CONNECT_RESET',
      ms,
      detail,
      message:
        `The connection to ${where} was reset after the request was sent (${response.error}); ` +
        'an inspection device may be blocking it by name.',
    };
  }
  return {
    stage: 'http',
    status: 'fail',
    code: 'HTTP_PROTOCOL_ERROR',
    ms,
    detail,
    message: `${where} did not answer with valid HTTP (${response.error}).`,
  };
}

/** Follows Location headers; the endpoint's own answer already proved reachability, so hops only add evidence. */
async function followRedirects(
  firstResponse: Extract<ExchangeResult, { ok: true }>,
  first: StageResult,
  context: ProbeContext,
  signal: AbortSignal,
): Promise<StageResult> {
  const detail = first.detail as HttpDetail;
  const hops: HttpHop[] = [...detail.hops];
  let response = firstResponse;
  let current = new URL(detail.url);
  const problems: string[] = [];
  for (let i = 0; i < MAX_REDIRECTS; i += 1) {
    const location = headerOf(response, 'location');
    if (!location || response.status < 300 || response.status > 399) break;
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      problems.push(`redirect to an unparseable location "${location}"`);
      break;
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') break;
    const scheme = next.protocol === 'https:' ? 'https' : 'http';
    const destination: Destination = {
      host: next.hostname.replace(/^\[|\]$/g, ''),
      port: Number(next.port || (scheme === 'https' ? 443 : 80)),
      scheme,
    };
    const hop = await requestOnce(destination, `${next.pathname}${next.search}`, context, signal);
    const failed = hop.stages.find((s) => s.status === 'fail') ?? hop.stages.find((s) => s.code === 'RUN_STOPPED');
    const documented = context.isDocumented(destination.host);
    hops.push({
      url: next.href,
      host: destination.host,
      status: hop.response?.status ?? null,
      location: hop.response ? headerOf(hop.response, 'location') : null,
      documented,
      error: failed ? `${failed.code}: ${failed.message}` : null,
    });
    if (failed?.code === 'RUN_STOPPED')
      problems.push(`the redirect to ${destination.host} port ${destination.port} was not followed to its end: the run was stopped`);
    else if (failed) problems.push(`the redirect to ${destination.host} port ${destination.port} failed (${failed.code})`);
    if (!hop.response) break;
    response = hop.response;
    current = next;
  }
  const undocumentedHosts = [...new Set(hops.filter((h) => !h.documented).map((h) => h.host))];
  const notes = [
    ...(hops.length > 1 ? [`Redirects: ${hops.map((h) => `${h.host} ${h.status ?? 'failed'}`).join(' → ')}.`] : []),
    ...(undocumentedHosts.length
      ? [
          `Redirected to ${undocumentedHosts.join(', ')}, which no catalog entry lists: ` +
            'an undocumented dependency the firewall may not allow.',
        ]
      : []),
    ...(problems.length ? [`Note: ${problems.join('; ')}.`] : []),
  ];
  return { ...first, message: [first.message, ...notes].join(' '), detail: { ...detail, hops, undocumentedHosts } };
}

function headerOf(response: Extract<ExchangeResult, { ok: true }>, name: string): string | null {
  const value = response.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function skipped(stage: StageName, message: string): StageResult {
  return { stage, status: 'skip', code: null, message, ms: 0, detail: null };
}
