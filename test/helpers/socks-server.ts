import net from 'node:net';
import { once } from 'node:events';

export interface SocksServerOptions {
  /** Requires RFC 1929 username/password (SOCKS5) or this user id (SOCKS4). */
  readonly user?: string;
  readonly password?: string;
  /** Offer only these SOCKS5 methods (e.g. `[0x01]` for GSSAPI only). */
  readonly methods?: readonly number[];
  /** A reply code to send instead of connecting (SOCKS5 0x01-0x08, SOCKS4 91-93), per destination. */
  readonly reply?: (host: string, port: number) => number | undefined;
  readonly connectTo: (host: string, port: number) => { host: string; port: number };
}

export interface SocksServer {
  readonly port: number;
  /** What each client asked for: version, and the address as sent (an IP, or a name for 4a/5h). */
  readonly requests: { version: 4 | 5; host: string; port: number; user: string | null }[];
  close(): Promise<void>;
}

/** A SOCKS4/4a/5 server on 127.0.0.1 speaking the real protocol, for the SOCKS route tests. */
export async function startSocksServer(options: SocksServerOptions): Promise<SocksServer> {
  const requests: SocksServer['requests'] = [];
  const sockets = new Set<net.Socket>();
  const serve = async (client: net.Socket): Promise<void> => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    let buffer = Buffer.alloc(0);
    const waiters: (() => void)[] = [];
    client.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      waiters.splice(0).forEach((w) => w());
    });
    const take = async (n: number): Promise<Buffer> => {
      while (buffer.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
      const out = buffer.subarray(0, n);
      buffer = buffer.subarray(n);
      return out;
    };
    const until0 = async (): Promise<string> => {
      while (!buffer.includes(0)) await new Promise<void>((resolve) => waiters.push(resolve));
      const at = buffer.indexOf(0);
      const out = buffer.subarray(0, at).toString('latin1');
      buffer = buffer.subarray(at + 1);
      return out;
    };
    const [version] = await take(1);
    if (version === 4) {
      const head = await take(7);
      const port = head.readUInt16BE(1);
      const ip = [...head.subarray(3, 7)].join('.');
      const user = await until0();
      const host = ip.startsWith('0.0.0.') ? await until0() : ip;
      requests.push({ version: 4, host, port, user });
      const code = options.user !== undefined && user !== options.user ? 93 : (options.reply?.(host, port) ?? 90);
      if (code !== 90) return void client.end(Buffer.from([0, code, 0, 0, 0, 0, 0, 0]));
      return splice(host, port, Buffer.from([0, 90, 0, 0, 0, 0, 0, 0]));
    }
    if (version !== 5) return void client.destroy();
    const [count = 0] = await take(1);
    const offered = [...(await take(count))];
    const wanted = options.methods ?? [options.user !== undefined ? 0x02 : 0x00];
    const method = wanted.find((m) => offered.includes(m));
    if (method === undefined || method === 0x01) return void client.end(Buffer.from([5, 0xff]));
    client.write(Buffer.from([5, method]));
    let user: string | null = null;
    if (method === 0x02) {
      const [, ulen = 0] = await take(2);
      user = (await take(ulen)).toString('utf8');
      const [plen = 0] = await take(1);
      const password = (await take(plen)).toString('utf8');
      const ok = user === options.user && password === options.password;
      client.write(Buffer.from([1, ok ? 0 : 1]));
      if (!ok) return void client.end();
    }
    const [, , , type] = await take(4);
    const v6 = (b: Buffer): string => [...Array(8).keys()].map((i) => b.readUInt16BE(i * 2).toString(16)).join(':');
    const host =
      type === 1 ? [...(await take(4))].join('.') : type === 3 ? (await take((await take(1))[0]!)).toString('latin1') : v6(await take(16));
    const port = (await take(2)).readUInt16BE(0);
    requests.push({ version: 5, host, port, user });
    const code = options.reply?.(host, port);
    if (code !== undefined) return void client.end(Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0]));
    return splice(host, port, Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0]));

    async function splice(host: string, port: number, success: Buffer): Promise<void> {
      const to = options.connectTo(host, port);
      const upstream = net.connect(to.port, to.host);
      upstream.on('error', () => {});
      const ok = await once(upstream, 'connect').then(
        () => true,
        () => false,
      );
      if (!ok) return void client.end(version === 4 ? Buffer.from([0, 91, 0, 0, 0, 0, 0, 0]) : Buffer.from([5, 5, 0, 1, 0, 0, 0, 0, 0, 0]));
      client.write(success);
      client.removeAllListeners('data');
      if (buffer.length) upstream.write(buffer);
      client.pipe(upstream).pipe(client);
      upstream.on('close', () => client.destroy());
    }
  };
  // net ignores a listener's return value: each connection's serve() runs on by itself, as before.
  const server = net.createServer((client) => void serve(client));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as net.AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
