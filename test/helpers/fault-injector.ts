import dgram from 'node:dgram';
import net from 'node:net';
import dnsPacket from 'dns-packet';

type Teardown = { teardown(fn: () => unknown): void };

/** A small deterministic PRNG (an LCG), so a failing seed can be replayed exactly. */
export function prng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * What one connection through the injector suffers. Offsets count bytes of the server's answer, so a fault lands
 * inside the TLS handshake, inside the HTTP response, or past it, depending on the draw.
 */
export type TcpFault =
  | { readonly kind: 'pass' }
  | { readonly kind: 'stall'; readonly at: number }
  | { readonly kind: 'close'; readonly at: number }
  | { readonly kind: 'reset'; readonly at: number }
  | { readonly kind: 'corrupt'; readonly at: number }
  | { readonly kind: 'garbage'; readonly at: number; readonly bytes: Buffer }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'silent' }
  | { readonly kind: 'close-on-request' };

/** Draws a fault: offsets up to 6 KiB cover a certificate chain and a response head. */
export function drawTcpFault(random: () => number, maxDelayMs: number): TcpFault {
  const at = Math.floor(random() * random() * 6000);
  const pick = Math.floor(random() * 9);
  switch (pick) {
    case 0:
      return { kind: 'pass' };
    case 1:
      return { kind: 'stall', at };
    case 2:
      return { kind: 'close', at };
    case 3:
      return { kind: 'reset', at };
    case 4:
      return { kind: 'corrupt', at };
    case 5:
      return {
        kind: 'garbage',
        at,
        bytes: Buffer.from(Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 256))),
      };
    case 6:
      return { kind: 'delay', ms: Math.floor(random() * maxDelayMs) };
    case 7:
      return { kind: 'silent' };
    default:
      return { kind: 'close-on-request' };
  }
}

/**
 * A TCP forwarder on 127.0.0.1 that connects each client to `upstream` and injects the fault `next()` draws for that
 * connection: stall, close, reset or corrupt at a byte offset, inject garbage, delay, or never answer. It sits in
 * front of a real endpoint or proxy, so every protocol stage meets real traffic broken at a random point.
 */
export async function startTcpFaultInjector(
  t: Teardown,
  upstream: () => number,
  next: () => TcpFault,
): Promise<{ port: number; faults: TcpFault[] }> {
  const sockets = new Set<net.Socket>();
  const faults: TcpFault[] = [];
  const track = (socket: net.Socket): void => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    track(client);
    const fault = next();
    faults.push(fault);
    if (fault.kind === 'silent') return; // accepts, reads, never answers
    if (fault.kind === 'close-on-request') {
      client.once('data', () => client.destroy());
      return;
    }
    const origin = net.connect({ host: '127.0.0.1', port: upstream() });
    track(origin);
    client.pipe(origin);
    client.on('close', () => origin.destroy());
    origin.on('close', () => client.destroy());
    let sent = 0;
    let stopped = false;
    origin.on('data', (chunk: Buffer) => {
      if (stopped) return;
      const deliver = (data: Buffer): void => {
        if (fault.kind === 'delay') setTimeout(() => client.write(data), fault.ms).unref();
        else client.write(data);
      };
      if (fault.kind === 'pass' || fault.kind === 'delay' || sent + chunk.length <= fault.at) {
        sent += chunk.length;
        deliver(chunk);
        return;
      }
      const head = chunk.subarray(0, fault.at - sent);
      const rest = chunk.subarray(fault.at - sent);
      sent += chunk.length;
      if (head.length > 0) client.write(head);
      switch (fault.kind) {
        case 'stall':
          stopped = true;
          origin.pause();
          return;
        case 'close':
          stopped = true;
          client.end();
          origin.destroy();
          return;
        case 'reset':
          stopped = true;
          client.resetAndDestroy();
          origin.destroy();
          return;
        case 'garbage':
          stopped = true;
          client.write(fault.bytes);
          client.end();
          origin.destroy();
          return;
        case 'corrupt': {
          const flipped = Buffer.from(rest);
          flipped[0] = (flipped[0] ?? 0) ^ 0x5a;
          client.write(flipped);
          (fault as { at: number }).at = Number.MAX_SAFE_INTEGER; // one flip per connection
          return;
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { port: (server.address() as net.AddressInfo).port, faults };
}

/** What one DNS answer through the injector suffers. */
export type DnsFault = 'pass' | 'drop' | 'delay' | 'corrupt' | 'cut' | 'wrong-id' | 'random' | 'truncated-flag' | 'duplicate';

const DNS_FAULTS: readonly DnsFault[] = [
  'pass',
  'pass',
  'drop',
  'delay',
  'corrupt',
  'cut',
  'wrong-id',
  'random',
  'truncated-flag',
  'duplicate',
];

/**
 * A UDP DNS forwarder on 127.0.0.1 in front of a real (loopback) DNS server: each answer is passed, dropped, delayed,
 * corrupted at a random byte, cut short, given a wrong ID, replaced by random bytes, flagged truncated (the client
 * then retries over TCP to this port, where nothing listens), or sent twice.
 */
export async function startDnsFaultInjector(
  t: Teardown,
  upstreamPort: number,
  random: () => number,
  maxDelayMs: number,
): Promise<{ server: string; faults: DnsFault[] }> {
  const socket = dgram.createSocket('udp4');
  const faults: DnsFault[] = [];
  // Delayed answers are timers of their own: each is cleared when the test ends, so none fires into a closed socket
  // (which throws ERR_SOCKET_DGRAM_NOT_RUNNING outside any test and fails the file after all its assertions).
  const delayed = new Set<NodeJS.Timeout>();
  let closed = false;
  socket.on('error', () => {});
  socket.on('message', (query, client) => {
    const fault = DNS_FAULTS[Math.floor(random() * DNS_FAULTS.length)]!;
    faults.push(fault);
    if (fault === 'drop') return;
    const relay = dgram.createSocket('udp4');
    relay.on('error', () => relay.close());
    const timer = setTimeout(() => relay.close(), 5000);
    timer.unref();
    relay.once('message', (answer) => {
      clearTimeout(timer);
      relay.close();
      const send = (bytes: Buffer): void => {
        if (closed) return;
        if (leadsOffMachine(bytes)) return; // a corrupted address must never send the prober off loopback
        socket.send(bytes, client.port, client.address);
      };
      const copy = Buffer.from(answer);
      switch (fault) {
        case 'pass':
          send(copy);
          return;
        case 'delay': {
          const timer = setTimeout(
            () => {
              delayed.delete(timer);
              send(copy);
            },
            Math.floor(random() * maxDelayMs),
          );
          timer.unref();
          delayed.add(timer);
          return;
        }
        case 'corrupt': {
          const i = Math.floor(random() * copy.length);
          copy[i] = (copy[i] ?? 0) ^ (1 + Math.floor(random() * 255));
          send(copy);
          return;
        }
        case 'cut':
          send(copy.subarray(0, Math.floor(random() * copy.length)));
          return;
        case 'wrong-id':
          copy.writeUInt16BE((copy.readUInt16BE(0) + 1) & 0xffff, 0);
          send(copy);
          return;
        case 'random':
          send(Buffer.from(Array.from({ length: Math.floor(random() * 80) }, () => Math.floor(random() * 256))));
          return;
        case 'truncated-flag':
          copy[2] = (copy[2] ?? 0) | 0x02;
          send(copy);
          return;
        case 'duplicate':
          send(copy);
          send(copy);
          return;
      }
    });
    relay.send(query, upstreamPort, '127.0.0.1');
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  t.teardown(() => {
    closed = true;
    for (const timer of delayed) clearTimeout(timer);
    delayed.clear();
    return new Promise<void>((resolve) => socket.close(() => resolve()));
  });
  return { server: `127.0.0.1:${socket.address().port}`, faults };
}

/**
 * Whether a (possibly corrupted) DNS message decodes into an address outside loopback. A flipped bit in an A record
 * can turn 127.0.0.1 into a public address; the prober would then dial the real internet, which no test may do.
 */
function leadsOffMachine(bytes: Buffer): boolean {
  let packet: ReturnType<typeof dnsPacket.decode>;
  try {
    packet = dnsPacket.decode(bytes);
  } catch {
    return false; // undecodable for the prober too
  }
  return [...(packet.answers ?? []), ...(packet.additionals ?? []), ...(packet.authorities ?? [])].some((record) => {
    if (record.type !== 'A' && record.type !== 'AAAA') return false;
    const address = record.data;
    return !(net.isIPv4(address) ? address.startsWith('127.') : address === '::1');
  });
}
