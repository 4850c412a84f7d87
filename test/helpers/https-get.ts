import http from 'node:http';
import net from 'node:net';
import https from 'node:https';
import { TLSSocket } from 'node:tls';

/** What one GET got: the response, or the client's error code. */
export interface Reply {
  status?: number;
  headers?: http.IncomingHttpHeaders;
  body?: string;
  protocol?: string | null;
  error?: string;
  errorMessage?: string;
}

/** One GET to 127.0.0.1:port with a real client; `tls` options switch to HTTPS with SNI = name. Never throws. */
export function get(port: number, name: string, tls?: https.RequestOptions): Promise<Reply> {
  return new Promise((resolve) => {
    const options = { host: '127.0.0.1', port, path: '/', headers: { host: name }, agent: false, timeout: 5000 };
    const request = tls === undefined ? http.get(options) : https.get({ ...options, servername: name, ...tls });
    request.on('response', (response) => {
      const protocol = response.socket instanceof TLSSocket ? response.socket.getProtocol() : null;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, protocol });
      });
    });
    request.on('timeout', () => request.destroy(new Error('client timeout')));
    request.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ error: error.code ?? 'NONE', errorMessage: error.message });
    });
  });
}

/** Sends plain HTTP to a TLS port (garbage to a TLS server) and waits until the server closes the connection. */
export function sendGarbage(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => socket.end('GET / HTTP/1.1\r\n\r\n'));
    socket.on('error', () => {});
    socket.on('close', () => resolve());
    socket.resume();
  });
}
