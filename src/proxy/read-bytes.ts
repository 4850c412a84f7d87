import type { Duplex } from 'node:stream';
import { settleOrAbort } from '../probes/settle-or-abort.js';

/** Exactly `n` bytes from a stream, or why not ('timeout' when `signal` aborts, 'closed' when the peer hung up). */
export function readBytes(socket: Duplex, n: number, signal: AbortSignal): Promise<Buffer | 'timeout' | 'closed'> {
  return settleOrAbort<Buffer | 'timeout' | 'closed'>(
    signal,
    () => 'timeout',
    (finish) => {
      const onReadable = (): void => {
        const chunk = socket.read(n) as Buffer | null;
        if (chunk !== null) finish(chunk.length === n ? chunk : 'closed');
      };
      const onClosed = (): void => finish('closed');
      // 'readable' + read(n) leaves the stream neither flowing nor paused afterwards, so TLS can take over cleanly.
      socket.on('readable', onReadable);
      socket.once('end', onClosed);
      socket.once('close', onClosed);
      socket.once('error', onClosed);
      onReadable();
      return () => {
        socket.off('readable', onReadable);
        socket.off('end', onClosed);
        socket.off('close', onClosed);
        socket.off('error', onClosed);
      };
    },
  );
}
