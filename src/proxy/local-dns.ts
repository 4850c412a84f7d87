import { resolveHost } from '../probes/dns.js';
import type { Destination, ProbeContext } from '../probes/opener.js';
import type { StageResult } from '../probes/types.js';

const INFORMATIONAL_MS = 3000;

/**
 * This host's own answer for the endpoint's name, as evidence only. Through an HTTP proxy (and SOCKS4a/5h) the
 * proxy resolves the name, as the SCP's WinHTTP does, so a local failure must not decide the result: the stage is
 * recorded with status `skip` and no code, its message saying what the local resolver said. It runs alongside the
 * proxy path, so it costs no extra time unless the local resolver is slower than the whole proxy path.
 */
export async function informationalDns(
  destination: Destination,
  context: ProbeContext,
  signal: AbortSignal,
  via: string,
): Promise<StageResult> {
  // Capped: on SCP hosts that resolve only internal names, waiting a full stage timeout for evidence that does not
  // decide anything would make every proxied probe as slow as the local resolver's silence.
  const policy = { lab: context.labAddresses ?? [], role: 'endpoint' } as const;
  const dns = await resolveHost(destination.host, {
    servers: context.dnsServers,
    signal,
    timeoutMs: Math.min(context.timeoutMs, INFORMATIONAL_MS),
    policy,
  });
  // A local note ("the probe went there") is not true of a proxied route, so it is left out here.
  const said = (dns.note === undefined ? dns.message : dns.message.replace(`. ${dns.note}`, '')).replace(/\.$/, '');
  const verdict =
    dns.status === 'pass'
      ? `${said}.`
      : dns.code === 'DNS_SINKHOLED'
        ? `This host's own DNS answers ${destination.host} with a sinkhole (${dns.code}: ${said}).`
        : `This host cannot resolve ${destination.host} itself (${dns.code}: ${said}).`;
  // Rebuilt rather than spread, for the same reason: no `note` on an informational stage.
  return {
    stage: 'dns',
    status: 'skip',
    code: null,
    ms: dns.ms,
    detail: dns.detail,
    message: `Informational: ${verdict} The route is ${via}, which resolves the name, so this does not decide the result.`,
  };
}
