import type { Duplex } from 'node:stream';
import type { FailureCode } from '../model/codes.js';
import { boundText } from '../model/bounded-text.js';
import { boundedScope } from '../probes/bounded-signal.js';
import { USER_AGENT } from '../model/tool.js';
import { challengeFor, parseChallenges, schemeNames } from './auth-challenges.js';
import { basicAuthorization, ntlmAuthenticate, ntlmNegotiate, SUPPORTED_SCHEMES, type SupportedScheme } from './proxy-auth.js';
import type { Reached } from './reach-proxy.js';
import { readResponse, type ProxyResponse } from './read-response.js';
import type { ProxyCredentials } from './types.js';

/** Scheme names as evidence: a proxy can name thousands, or one of 60 KiB; a real one names a few short ones. */
function boundSchemes(names: readonly string[]): string[] {
  return names.slice(0, 16).map((name) => boundText(name, 64));
}

export interface HandshakeOptions {
  /** `CONNECT host:443 HTTP/1.1`, or `HEAD http://host/ HTTP/1.1` to authenticate before an absolute-form GET. */
  readonly requestLine: string;
  readonly host: string;
  readonly socket: Duplex;
  /** Opens a fresh connection when the proxy closed the last one after its 407. */
  readonly reconnect: () => Promise<Reached>;
  readonly credentials: ProxyCredentials | null;
  /** Which responses carry no body (2xx to CONNECT, every answer to HEAD). */
  readonly bodyless: (status: number) => boolean;
  /** Which answers leave the connection ready for what comes next (2xx to CONNECT; anything but 407 to HEAD). */
  readonly succeeded: (status: number) => boolean;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/** Where the handshake ended: the proxy's last answer, and the open socket when it is usable. */
export interface HandshakeResult {
  readonly socket: Duplex | null;
  readonly response: ProxyResponse;
  readonly schemesOffered: readonly string[];
  readonly authUsed: SupportedScheme | null;
  /** Set when the handshake itself decided the outcome (unusable schemes, NTLM cut short). */
  readonly failure: { readonly code: FailureCode; readonly message: string } | null;
}

/**
 * Asks the proxy, answering its 407 on the same connection as WinHTTP does: first without credentials (to learn the
 * schemes, so a password is never sent in Basic to a proxy that did not ask for Basic), then NTLM (three legs on one
 * socket: NTLM authenticates the connection) or Basic. Never throws, and every connection it opened or was given is
 * destroyed unless it comes back open in the result: a proxy that keeps an idle connection for minutes (Negotiate
 * only, a malformed NTLM challenge) must not keep this process alive after the run.
 */
export async function proxyHandshake(options: HandshakeOptions): Promise<HandshakeResult> {
  const sockets = new Set<Duplex>([options.socket]);
  const reconnect = async (): Promise<Reached> => {
    const again = await options.reconnect();
    if (again.ok) sockets.add(again.socket);
    return again;
  };
  let result: HandshakeResult;
  try {
    result = await handshake({ ...options, reconnect });
  } catch (error) {
    // A bug on hostile input (an NTLM field that does not fit) is this proxy's protocol error, not a crash.
    const why = error instanceof Error ? error.message : String(error);
    const message = `The proxy's answer could not be processed (${boundText(why, 200)}).`;
    result = {
      socket: null,
      response: { ok: false, kind: 'garbage', error: message },
      schemesOffered: [],
      authUsed: null,
      failure: { code: 'PROXY_PROTOCOL_ERROR', message },
    };
  }
  for (const socket of sockets) if (socket !== result.socket) socket.destroy();
  return result;
}

async function handshake(options: HandshakeOptions): Promise<HandshakeResult> {
  let socket = options.socket;
  const base = { schemesOffered: [] as string[], authUsed: null, failure: null };
  const first = await send(socket, null);
  if (!first.ok || first.status !== 407 || options.credentials === null) return finish(first, base);
  const challenges = parseChallenges(first.headers['proxy-authenticate'] ?? []);
  const offered = boundSchemes(schemeNames(challenges));
  const scheme = SUPPORTED_SCHEMES.find((s) => challengeFor(challenges, s) !== undefined) ?? null;
  if (scheme === null) {
    const asked = offered.length ? offered.join(', ') : 'authentication without naming a scheme';
    const message = `The proxy asks for ${asked}; this tool can answer only NTLM or Basic.`;
    return { socket: null, response: first, schemesOffered: offered, authUsed: null, failure: { code: 'PROXY_AUTH_UNSUPPORTED', message } };
  }
  const withAuth = { schemesOffered: offered, authUsed: scheme, failure: null };
  if (!first.keepAlive || socket.destroyed) {
    socket.destroy();
    const again = await options.reconnect();
    if (!again.ok) {
      const why = again.stages.at(-1)?.message ?? 'no connection';
      return {
        socket: null,
        response: first,
        ...withAuth,
        failure: {
          code: 'PROXY_UNREACHABLE',
          message: `The proxy closed the connection after its 407 and could not be reached again: ${why}`,
        },
      };
    }
    socket = again.socket;
  }
  const credentials = options.credentials;
  if (scheme === 'Basic') return finish(await send(socket, basicAuthorization(credentials)), withAuth);
  const challenged = await send(socket, ntlmNegotiate());
  const token =
    challenged.ok && challenged.status === 407
      ? (challengeFor(parseChallenges(challenged.headers['proxy-authenticate'] ?? []), 'NTLM')?.data ?? '')
      : '';
  if (!challenged.ok || challenged.status !== 407 || token === '') return finish(challenged, withAuth);
  const answer = ntlmAuthenticate(credentials, token);
  if (answer === null) {
    return {
      socket: null,
      response: challenged,
      ...withAuth,
      failure: { code: 'PROXY_PROTOCOL_ERROR', message: "The proxy's NTLM challenge is not a valid CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2)." },
    };
  }
  if (!challenged.keepAlive || socket.destroyed) {
    socket.destroy();
    return {
      socket: null,
      response: challenged,
      ...withAuth,
      failure: {
        code: 'PROXY_AUTH_FAILED',
        message:
          'The proxy closed the connection after its NTLM challenge; NTLM needs the challenge and the answer on one connection ' +
          '(check keep-alive on the proxy or a load balancer in front of it).',
      },
    };
  }
  return finish(await send(socket, answer), withAuth);

  function finish(response: ProxyResponse, extra: Omit<HandshakeResult, 'socket' | 'response'>): HandshakeResult {
    const usable = response.ok && options.succeeded(response.status) && !socket.destroyed;
    if (!usable) socket.destroy();
    const schemes =
      response.ok && response.status === 407 && extra.schemesOffered.length === 0
        ? boundSchemes(schemeNames(parseChallenges(response.headers['proxy-authenticate'] ?? [])))
        : extra.schemesOffered;
    return { ...extra, schemesOffered: schemes, socket: usable ? socket : null, response };
  }

  async function send(target: Duplex, authorization: string | null): Promise<ProxyResponse> {
    if (target.destroyed) return { ok: false, kind: 'closed', error: 'the proxy closed the connection' };
    const lines = [
      options.requestLine,
      `Host: ${options.host}`,
      `User-Agent: ${USER_AGENT}`,
      'Proxy-Connection: Keep-Alive',
      ...(authorization === null ? [] : [`Proxy-Authorization: ${authorization}`]),
    ];
    target.write(`${lines.join('\r\n')}\r\n\r\n`);
    const bound = boundedScope(options.signal, options.timeoutMs);
    return readResponse(target, bound.signal, { bodyless: options.bodyless }).finally(() => bound.dispose());
  }
}
