import { elapsed } from '../probes/bounded-signal.js';
import { resolveHost } from '../probes/dns.js';
import type { Opener } from '../probes/opener.js';
import { unlessStopped } from '../probes/run-stop.js';
import type { Route, StageResult } from '../probes/types.js';
import { informationalDns } from './local-dns.js';
import { proxyStage } from './proxy-stage.js';
import { reachProxy } from './reach-proxy.js';
import { socksHandshake, type SocksRequest } from './socks-handshake.js';
import type { ProxyCredentials, ProxyServer } from './types.js';

/**
 * The route through a SOCKS proxy. `socks4`/`socks5` resolve the name on this host (so the DNS stage is real and
 * decides), `socks4a`/`socks5h` hand the name to the proxy (so local DNS is evidence only). Any scheme is tunnelled,
 * port 80 included: SOCKS has no absolute form.
 */
export function socksOpener(server: ProxyServer, route: Route, credentials: ProxyCredentials | null): Opener {
  const kind = server.kind as SocksRequest['kind'];
  const remoteNames = kind === 'socks4a' || kind === 'socks5h';
  return async (destination, context, signal) => {
    const via = `the SOCKS proxy ${server.url}`;
    let dns: StageResult;
    let address = destination.host;
    if (remoteNames) {
      dns = await informationalDns(destination, context, signal, via);
    } else {
      const policy = { lab: context.labAddresses ?? [], role: 'endpoint' } as const;
      dns = await resolveHost(destination.host, { servers: context.dnsServers, signal, timeoutMs: context.timeoutMs, policy });
      const chosen =
        dns.detail?.kind === 'dns'
          ? ((kind === 'socks4' ? dns.detail.addresses.find((a) => a.family === 4)?.address : dns.detail.chosen) ?? null)
          : null;
      if (dns.status === 'fail' || chosen === null) {
        const noV4 =
          dns.status === 'pass'
            ? {
                ...dns,
                status: 'fail' as const,
                code: 'DNS_NO_ADDRESS' as const,
                message: `${dns.message}; SOCKS4 needs an IPv4 address (use socks4a:// or socks5h://)`,
              }
            : dns;
        return { stages: [noV4], socket: null, absoluteForm: false, route };
      }
      address = chosen;
    }
    const reached = await reachProxy(server, context, signal);
    if (!reached.ok) return { stages: [dns, ...reached.stages], socket: null, absoluteForm: false, route };
    const start = process.hrtime.bigint();
    const request = `${kind.toUpperCase()} CONNECT ${address.includes(':') ? `[${address}]` : address}:${destination.port}`;
    // Never thrown by design; if it were, the connection must still not outlive the probe.
    const outcome = await socksHandshake(reached.socket, {
      kind,
      address,
      port: destination.port,
      credentials,
      signal,
      timeoutMs: context.timeoutMs,
    }).catch((error: unknown) => ({
      ok: false as const,
      code: 'PROXY_PROTOCOL_ERROR' as const,
      words: `the SOCKS reply could not be processed (${(error as Error).message})`,
      reply: null,
      authUsed: null,
    }));
    const ms = elapsed(start);
    const as = outcome.authUsed && credentials ? ` as ${credentials.account}` : '';
    const judged = outcome.ok
      ? proxyStage(server, request, ms, {
          code: null,
          authUsed: outcome.authUsed,
          proxyError: `reply ${outcome.reply}`,
          message: `${via} opened ${request}${as}.`,
        })
      : proxyStage(server, request, ms, {
          code: outcome.code,
          authUsed: outcome.authUsed,
          proxyError: outcome.reply === null ? outcome.words : `${outcome.words} (reply ${outcome.reply})`,
          message: `${via} could not open ${request}${as}: ${outcome.words}.`,
        });
    const stage = unlessStopped(signal, judged, `waiting for ${via} to open ${request}`);
    if (!outcome.ok) reached.socket.destroy();
    return { stages: [dns, ...reached.stages, stage], socket: outcome.ok ? reached.socket : null, absoluteForm: false, route };
  };
}
