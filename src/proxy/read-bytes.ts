import type { Duplex } from 'node:stream';

/** Exactly `n` bytes from a stream, or why not ('timeout' when `signal` aborts, 'closed' when the peer hung up). */
export function readBytes(socket: Duplex, n: number, signal: AbortSignal): Promise<Buffer | 'timeout' | 'closed'> {
  return new Promise((resolve) => {
    const finish = (result: Buffer | 'timeout' | 'closed'): void => {
      socket.off('readable', onReadable);
      socket.off('end', onClosed);
      socket.off('close', onClosed);
      socket.off('error', onClosed);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onReadable = (): void => {
      const chunk = socket.read(n) as Buffer | null;
      if (chunk !== null) finish(chunk.length === n ? chunk : 'closed');
    };
    const onClosed = (): void => finish('closed');
    const onAbort = (): void => finish('timeout');
    // 'readable' + read(n) leaves the stream neither flowing nor paused afterwards, so TLS can take over cleanly.
    socket.on('readable', onReadable);
    socket.once('end', onClosed);
    socket.once('close', onClosed);
    socket.once('error', onClosed);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    onReadable();
  });
}
