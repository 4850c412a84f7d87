import { lookup } from 'node:dns/promises';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { boundedScope, elapsed } from '../probes/bounded-signal.js';
import { connectTcp } from '../probes/connect.js';
import { classifyAddress } from '../probes/address-class.js';
import { resolveHost } from '../probes/dns.js';
import { judgeAddress } from '../probes/sinkhole.js';
import type { ProbeContext } from '../probes/opener.js';
import { runStopOf, stoppedStage } from '../probes/run-stop.js';
import { settleOrAbort } from '../probes/settle-or-abort.js';
import type { StageResult } from '../probes/types.js';
import { proxyStage } from './proxy-stage.js';
import type { ProxyServer } from './types.js';
import { extended } from '../model/extended.js';

/** An open connection to the proxy, or the stage that says why there is none. */
export type Reached =
  | { readonly ok: true; readonly socket: Duplex; readonly stages: readonly StageResult[] }
  | { readonly ok: false; readonly stages: readonly StageResult[] };

/**
 * Opens a connection to a proxy: its name through our resolver (an IP needs none), TCP, and TLS for `https://`
 * proxies. The TCP step is a `connect` stage naming the proxy; when it fails the code is PROXY_UNREACHABLE, because
 * it is the proxy, not the endpoint, that this host cannot reach. The demo's `dialPort` never applies here.
 */
export async function reachProxy(server: ProxyServer, context: ProbeContext, signal: AbortSignal): Promise<Reached> {
  const where = `the proxy ${server.url}`;
  let address = server.host;
  if (net.isIP(server.host) === 0) {
    // Judged as the site's own name: loopback (a local proxy agent) and private addresses are normal for a proxy.
    const policy = { lab: context.labAddresses ?? [], role: 'proxy' } as const;
    const dns = await resolveHost(server.host, { servers: context.dnsServers, signal, timeoutMs: context.timeoutMs, policy });
    if (dns.code === 'RUN_STOPPED') return { ok: false, stages: [dns] };
    if (dns.code === 'DNS_SINKHOLED') {
      return {
        ok: false,
        stages: [
          extended(dns, { stage: 'connect', status: 'fail', code: 'PROXY_UNREACHABLE', message: `Cannot reach ${where}: ${dns.message}.` }),
        ],
      };
    }
    // The proxy's name is the OS's business as much as DNS's (a hosts-file entry is common for proxies), so when
    // our resolver finds nothing the OS resolver gets a bounded try before the proxy is declared unreachable.
    let chosen = dns.detail?.kind === 'dns' ? dns.detail.chosen : null;
    if (chosen === null) {
      chosen = await osLookup(server.host, signal, context.timeoutMs);
      const stop = runStopOf(signal);
      if (chosen === null && stop)
        return { ok: false, stages: [stoppedStage('dns', stop, `resolving the name of ${where}`, dns.ms, dns.detail)] };
      // A hosts file can sinkhole a name as well as DNS can (0.0.0.0 entries are a common block list).
      if (chosen !== null && judgeAddress(chosen, policy) === 'sinkhole') {
        const { words } = classifyAddress(chosen);
        const message =
          `Cannot reach ${where}: the system resolver (hosts file or system DNS) answers ${server.host} with ${chosen} (${words}), ` +
          'a sinkhole, not a proxy. Nothing was connected to it.';
        return { ok: false, stages: [extended(dns, { stage: 'connect', status: 'fail', code: 'PROXY_UNREACHABLE', message })] };
      }
    }
    if (chosen === null) {
      return {
        ok: false,
        stages: [
          {
            ...dns,
            stage: 'connect',
            status: 'fail',
            code: 'PROXY_UNREACHABLE',
            message: `Cannot reach ${where}: its name does not resolve. ${dns.message}.`,
          },
        ],
      };
    }
    address = chosen;
  }
  const { stage, socket } = await connectTcp({ address, port: server.port, host: server.host, signal, timeoutMs: context.timeoutMs });
  if (socket === null && stage.code === 'RUN_STOPPED')
    return { ok: false, stages: [extended(stage, { message: stage.message.replace(/; nothing/, ` (${where}); nothing`) })] };
  if (socket === null) {
    return { ok: false, stages: [extended(stage, { code: 'PROXY_UNREACHABLE', message: `Cannot reach ${where}: ${stage.message}` })] };
  }
  // Extended, not spread: every endpoint's stages through the proxy share one hidden class (see extended).
  const connected: StageResult = extended(stage, { message: `${stage.message.replace(/\.$/, '')} (${where}).` });
  if (server.kind !== 'https') return { ok: true, socket, stages: [connected] };
  return tlsToProxy(server, socket, connected, context, signal);
}

/** The OS resolver's first address for a name (hosts file included), or null; never longer than `ms`. */
async function osLookup(host: string, signal: AbortSignal, ms: number): Promise<string | null> {
  const scope = boundedScope(signal, ms);
  try {
    return await settleOrAbort<string | null>(
      scope.signal,
      () => null,
      (settle) => {
        // IPv4 first, as the DNS stage chooses (see dns.ts).
        lookup(host, { all: true }).then(
          (list) => settle((list.find((a) => a.family === 4) ?? list[0])?.address ?? null),
          () => settle(null),
        );
        return undefined;
      },
    );
  } finally {
    scope.dispose();
  }
}

/** `https://` proxies: TLS to the proxy itself, validated against the run's trust store (curl's --proxy-cacert). */
async function tlsToProxy(
  server: ProxyServer,
  socket: net.Socket,
  connected: StageResult,
  context: ProbeContext,
  signal: AbortSignal,
): Promise<Reached> {
  const start = process.hrtime.bigint();
  const scope = boundedScope(signal, context.timeoutMs);
  const bounded = scope.signal;
  const secure = tls.connect({
    // `host` is what the certificate is checked against; SNI only for names (RFC 6066 forbids IP literals). The
    // run's one TLS context: parsing every root per connection would stall concurrent probes (see trust-store.ts).
    socket,
    host: server.host,
    secureContext: context.trust.secureContext,
    rejectUnauthorized: false,
    ALPNProtocols: ['http/1.1'],
    ...(net.isIP(server.host) === 0 ? { servername: server.host } : {}),
  });
  // Kept to take off exactly this listener later, as tls.ts does: removeAllListeners('error') would also strip any
  // listener that is not ours, Node's own among them (removing Node's 'close' listener once leaked sockets in tls.ts).
  let onError: ((error: NodeJS.ErrnoException) => void) | undefined;
  const outcome = await settleOrAbort<string | null>(
    bounded,
    () => 'no TLS handshake answer in time',
    (settle) => {
      const onSecure = (): void =>
        settle(
          secure.authorized
            ? null
            : `its certificate is not valid for ${server.host} (${String(secure.authorizationError)}); ` +
                'if its CA is private, pass it with --ca-file',
        );
      secure.once('secureConnect', onSecure);
      // The error listener stays: it guards the socket until it is destroyed or given a quiet guard below.
      onError = (error) => settle(`TLS handshake failed (${error.code ?? error.message})`);
      secure.once('error', onError);
      return () => secure.off('secureConnect', onSecure);
    },
  );
  scope.dispose();
  if (outcome !== null) {
    secure.destroy();
    socket.destroy();
    const stop = runStopOf(signal);
    if (stop)
      return {
        ok: false,
        stages: [connected, stoppedStage('proxy', stop, `the TLS handshake with ${server.url} was under way`, elapsed(start), null)],
      };
    const failed = proxyStage(server, 'TLS handshake with the proxy', elapsed(start), {
      code: 'PROXY_PROTOCOL_ERROR',
      message: `TLS to the proxy ${server.url} failed: ${outcome}. Is it really an https:// proxy?`,
      osError: outcome,
    });
    return { ok: false, stages: [connected, failed] };
  }
  secure.on('error', () => {});
  if (onError) secure.off('error', onError);
  const note = `${connected.message.replace(/\.$/, '')}; TLS to the proxy: ${secure.getProtocol() ?? 'TLS'}, certificate valid.`;
  return { ok: true, socket: secure, stages: [extended(connected, { message: note, ms: connected.ms + elapsed(start) })] };
}
