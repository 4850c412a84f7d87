import { connectTcp } from './connect.js';
import { resolveHost } from './dns.js';
import type { Opener } from './opener.js';

const NO_SLOT: Promise<() => void> = Promise.resolve(() => undefined);

/**
 * The direct route: our own DNS answer, then TCP to the address it gave, so the evidence tells one story. A sinkhole
 * answer fails the DNS stage (its `chosen` is null), so nothing dials it; redirect hops come through here too.
 */
export const openDirect: Opener = async (destination, context, signal) => {
  const policy = { lab: context.labAddresses ?? [], role: 'endpoint' } as const;
  // The stage's timeout starts once a DNS slot is free (run-probes.ts DNS_LIMIT): waiting is not the server's silence.
  const release = await (context.dns?.acquire(signal) ?? NO_SLOT);
  context.onStage?.({ host: destination.host, port: destination.port, stage: 'dns' });
  const dns = await resolveHost(destination.host, { servers: context.dnsServers, signal, timeoutMs: context.timeoutMs, policy }).finally(
    release,
  );
  const address = dns.detail?.kind === 'dns' ? dns.detail.chosen : null;
  if (dns.status === 'fail' || address === null) return { stages: [dns], socket: null, absoluteForm: false };
  context.onStage?.({ host: destination.host, port: destination.port, stage: 'connect' });
  const { stage, socket } = await connectTcp({
    address,
    host: destination.host,
    documentedPort: destination.port,
    port: context.dialPort?.(destination.host, destination.port) ?? destination.port,
    signal,
    timeoutMs: context.timeoutMs,
  });
  return { stages: [dns, stage], socket, absoluteForm: false };
};
