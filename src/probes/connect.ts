import net from 'node:net';
import type { FailureCode } from '../model/codes.js';
import { boundedScope, elapsed } from './bounded-signal.js';
import { runStopOf, stoppedStage, type RunStop } from './run-stop.js';
import { settleOrAbort } from './settle-or-abort.js';
import type { ConnectDetail, StageResult } from './types.js';

export interface ConnectOptions {
  readonly address: string;
  readonly port: number;
  /** The name the address belongs to, for messages. */
  readonly host: string;
  /** The port as documented; differs from `port` only in the demo, which maps 443/80 onto loopback ports. */
  readonly documentedPort?: number;
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/** OS errors and what they mean to a firewall administrator. */
type ConnectCode = Extract<
  FailureCode,
  'CONNECT_REFUSED' | 'CONNECT_REJECTED' | 'CONNECT_TIMEOUT' | 'CONNECT_RESET' | 'NETWORK_UNREACHABLE' | 'LOCAL_LIMIT_REACHED'
>;
const OS_ERRORS: Partial<Record<string, ConnectCode>> = {
  ECONNREFUSED: 'CONNECT_REFUSED',
  // Linux reports an ICMP host-unreachable or administratively-prohibited answer (a firewall's REJECT, RFC 1812
  // §5.2.7.1 code 13) as EHOSTUNREACH: someone in the path said no, unlike ENETUNREACH, where no route exists here.
  EHOSTUNREACH: 'CONNECT_REJECTED',
  // This host's own packet filter said no before anything left: Windows Defender Firewall's outbound block is
  // WSAEACCES, a local netfilter rule EPERM. A firewall rejecting it, not a closed port, so the same code and fix.
  EACCES: 'CONNECT_REJECTED',
  EPERM: 'CONNECT_REJECTED',
  ETIMEDOUT: 'CONNECT_TIMEOUT',
  ECONNRESET: 'CONNECT_RESET',
  EPIPE: 'CONNECT_RESET',
  ENETUNREACH: 'NETWORK_UNREACHABLE',
  EADDRNOTAVAIL: 'NETWORK_UNREACHABLE',
  ENETDOWN: 'NETWORK_UNREACHABLE',
  EHOSTDOWN: 'NETWORK_UNREACHABLE',
  // This host's own limits, before any packet: too many open files (the process's, or the system's), no socket
  // buffer or memory. Read as a refusal, it once sent the firewall team after 664 rules nobody had tested.
  EMFILE: 'LOCAL_LIMIT_REACHED',
  ENFILE: 'LOCAL_LIMIT_REACHED',
  ENOBUFS: 'LOCAL_LIMIT_REACHED',
  ENOMEM: 'LOCAL_LIMIT_REACHED',
};

/** True for an OS error that is this host's own limit (EMFILE, ENOBUFS, …): nothing was sent. */
export function isLocalLimitError(os: string | null): boolean {
  return os !== null && OS_ERRORS[os] === 'LOCAL_LIMIT_REACHED';
}

/** Opens a TCP connection; the socket is returned open on success and the caller owns it. Never throws. */
export async function connectTcp(options: ConnectOptions): Promise<{ stage: StageResult; socket: net.Socket | null }> {
  const start = process.hrtime.bigint();
  const bound = boundedScope(options.signal, options.timeoutMs);
  const { signal } = bound;
  const target = `${options.host} (${options.address}) port ${options.documentedPort ?? options.port}`;
  const socket = net.connect({ host: options.address, port: options.port, noDelay: true });
  // Kept to remove exactly this listener on success, never listeners someone else put on the socket.
  let onError: ((error: NodeJS.ErrnoException) => void) | undefined;
  const result = await settleOrAbort<{ ok: true } | { ok: false; os: string } | { ok: false; stop: RunStop }>(
    signal,
    () => {
      const stop = runStopOf(signal);
      return stop ? { ok: false, stop } : { ok: false, os: 'ETIMEDOUT' };
    },
    (settle) => {
      const onConnect = (): void => settle({ ok: true });
      socket.once('connect', onConnect);
      // The error listener stays: it guards the socket until it is destroyed or handed over with its own guard below.
      onError = (error) => settle({ ok: false, os: error.code ?? error.message });
      socket.once('error', onError);
      return () => socket.off('connect', onConnect);
    },
  );
  bound.dispose();
  const ms = elapsed(start);
  // A connect still pending (dropped SYNs) has a local address already: the source a firewall rule must allow.
  // A refused or reset one has none left to read.
  const detail: ConnectDetail = {
    kind: 'connect',
    address: options.address,
    port: options.port,
    localAddress: socket.localAddress ? `${socket.localAddress}:${socket.localPort}` : null,
    osError: result.ok || 'stop' in result ? null : result.os,
  };
  if (result.ok) {
    // Later stages attach their own listeners; until then a late RST must not become an uncaught 'error'.
    socket.on('error', () => {});
    if (onError) socket.off('error', onError);
    return { stage: { stage: 'connect', status: 'pass', code: null, message: `TCP connection to ${target} opened.`, ms, detail }, socket };
  }
  socket.destroy();
  if ('stop' in result)
    return { stage: stoppedStage('connect', result.stop, `opening the TCP connection to ${target}`, ms, detail), socket: null };
  const code = OS_ERRORS[result.os] ?? 'CONNECT_REFUSED';
  const local = result.os === 'EACCES' || result.os === 'EPERM';
  const documentedPort = options.documentedPort ?? options.port;
  const messages: Record<ConnectCode, string> = {
    CONNECT_REFUSED: `TCP connection to ${target} was refused (${result.os}).`,
    CONNECT_REJECTED: local
      ? `TCP connection to ${target} was blocked by this host's own firewall before it left (${result.os}): ` +
        `allow outbound TCP to ${options.address} port ${documentedPort} in this host's firewall ` +
        '(Windows Defender Firewall outbound rules, or the local packet filter).'
      : `A firewall or router rejected the TCP connection to ${target} with an ICMP error ` +
        `(${result.os}: host unreachable or administratively prohibited): ` +
        `allow outbound TCP to ${options.address} port ${documentedPort} on the firewall that sends the reject.`,
    CONNECT_TIMEOUT: `TCP connection to ${target} got no answer within ${options.timeoutMs} ms: packets are silently dropped.`,
    CONNECT_RESET: `TCP connection to ${target} was reset (${result.os}).`,
    NETWORK_UNREACHABLE: `This host has no route to ${target} (${result.os}).`,
    LOCAL_LIMIT_REACHED:
      `This host could not open a socket to ${target} (${result.os}): it ran out of open files or socket buffers, ` +
      'so nothing was sent and the firewall was not tested.',
  };
  const message = messages[code];
  return { stage: { stage: 'connect', status: 'fail', code, message, ms, detail }, socket: null };
}
