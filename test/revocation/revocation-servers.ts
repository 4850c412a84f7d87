import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import forge from 'node-forge';
import type { CertificateAuthority, RevocationPointers } from '../../src/demo/certificate-authority.js';

type Teardown = { teardown(fn: () => unknown): void };

const { asn1 } = forge;
const seq = (items: forge.asn1.Asn1[]): forge.asn1.Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const oid = (id: string): forge.asn1.Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const der = (node: forge.asn1.Asn1): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary');

/** A structurally valid (unsigned) CertificateList: what a CRL server sends, RFC 5280 §5.1. */
export function crlDer(): Buffer {
  const algorithm = seq([oid('1.2.840.113549.1.1.11'), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]);
  const name = seq([
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, [
      seq([oid('2.5.4.3'), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTF8, false, 'Lab CA')]),
    ]),
  ]);
  const time = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(new Date()));
  const tbs = seq([asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, '\x01'), algorithm, name, time]);
  return der(seq([tbs, algorithm, asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\x00${'\x55'.repeat(64)}`)]));
}

/** An OCSPResponse with status successful and a basic response body (not signed: only its shape is judged). */
export function ocspResponseDer(): Buffer {
  // [0] EXPLICIT: context-specific tag number 0, which forge's types spell Type.NONE.
  const bytes = asn1.create(asn1.Class.CONTEXT_SPECIFIC, asn1.Type.NONE, true, [
    seq([oid('1.3.6.1.5.5.7.48.1.1'), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, der(seq([])).toString('binary'))]),
  ]);
  return der(seq([asn1.create(asn1.Class.UNIVERSAL, asn1.Type.ENUMERATED, false, '\x00'), bytes]));
}

/** The serial number an OCSP GET request asks about (RFC 6960 Appendix A.1), read back from its path. */
export function ocspSerialOf(path: string): string | null {
  try {
    const encoded = decodeURIComponent(path.split('/').at(-1) ?? '');
    const request = asn1.fromDer(forge.util.createBuffer(Buffer.from(encoded, 'base64').toString('binary')));
    const certId = (
      (((request.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[]
    )[0]!.value as forge.asn1.Asn1[];
    return Buffer.from(certId[3]!.value as string, 'binary')
      .toString('hex')
      .replace(/^00/, '');
  } catch {
    return null;
  }
}

export type RevocationAnswer = 'crl' | 'ocsp' | 'issuer' | 'block-page' | 'not-found' | 'big-crl' | 'portal';

/** A plain-HTTP server answering revocation paths as the lab says: `/good.crl`, `/ocsp/…`, a block page, a 404. */
export async function startRevocationServer(
  t: Teardown,
  answers: (path: string) => RevocationAnswer,
  issuerDer: Buffer,
): Promise<{ port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(`${request.method} ${path} Host=${request.headers.host ?? ''}`);
    const answer = answers(path);
    const send = (type: string, body: Buffer | string, status = 200): void => {
      response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      response.end(body);
    };
    switch (answer) {
      case 'crl':
        send('application/pkix-crl', crlDer());
        return;
      // A CRL larger than the 1 MiB read limit: judged by its DER header, never read to its end.
      case 'big-crl':
        send('application/pkix-crl', bigCrl());
        return;
      case 'ocsp':
        send('application/ocsp-response', ocspResponseDer());
        return;
      case 'issuer':
        send('application/pkix-cert', issuerDer);
        return;
      case 'block-page':
        send(
          'text/html',
          '<html><head><title>Web Page Blocked</title></head>' +
            '<body>Access to this site has been blocked by the URL filter. Category: Uncategorized</body></html>',
        );
        return;
      case 'not-found':
        send('text/plain', 'not found', 404);
        return;
      // A captive portal: every request is sent to its login page on a bare address.
      case 'portal':
        response.writeHead(302, { Location: 'http://10.99.0.1/login?orig=crl', 'Content-Length': 0 });
        return response.end();
    }
  });
  await listen(t, server);
  return { port: (server.address() as net.AddressInfo).port, requests };
}

/** 3 MiB declared as one SEQUENCE holding a SEQUENCE: the shape of a huge CRL's first bytes. */
function bigCrl(): Buffer {
  const size = 3 * 1024 * 1024;
  const body = Buffer.alloc(size, 0x42);
  const outer = size - 5; // 0x30 0x83 LL LL LL
  body.set([0x30, 0x83, (outer >> 16) & 0xff, (outer >> 8) & 0xff, outer & 0xff], 0);
  const inner = outer - 5;
  body.set([0x30, 0x83, (inner >> 16) & 0xff, (inner >> 8) & 0xff, inner & 0xff], 5);
  return body;
}

/** Accepts connections and never answers: a revocation host that a firewall lets through but something holds. */
export async function startStallServer(t: Teardown): Promise<number> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as net.AddressInfo).port;
}

/** An HTTPS endpoint whose certificate names the given revocation URLs; its `Date` header is off by `skewMs`. */
export async function startEndpoint(
  t: Teardown,
  ca: CertificateAuthority,
  host: string,
  revocation: RevocationPointers,
  skewMs = 0,
): Promise<number> {
  const leaf = ca.issue({ hosts: [host], revocation });
  const server = tls.createServer({ cert: leaf.chainPem, key: leaf.keyPem }, (socket) => {
    socket.on('error', () => {});
    socket.once('data', () =>
      socket.end(
        `HTTP/1.1 200 OK\r\nDate: ${new Date(Date.now() + skewMs).toUTCString()}\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok`,
      ),
    );
  });
  server.on('tlsClientError', () => {});
  await listen(t, server);
  return (server.address() as net.AddressInfo).port;
}

async function listen(t: Teardown, server: net.Server): Promise<void> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
}
