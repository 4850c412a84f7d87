import { derOid, derSequence, encodeDer, TAG_CLASS, UNIVERSAL } from '../probes/der.js';

/**
 * A DER OCSPRequest (RFC 6960 §4.1.1) for one certificate: one Request with a SHA-1 CertID and no extensions, the
 * form RFC 5019 ("lightweight OCSP", which Windows and public CAs use) requires responders to accept, so any real
 * responder answers it with an OCSPResponse rather than an HTTP error.
 */
export function ocspRequest(certId: { readonly issuerNameHash: string; readonly issuerKeyHash: string }, serialNumber: string): Buffer {
  const primitive = (tag: number, content: Buffer): Buffer => encodeDer(TAG_CLASS.universal, false, tag, content);
  // The serial as a positive DER INTEGER: a leading zero byte when its top bit is set.
  const serialHex = serialNumber.length % 2 === 0 ? serialNumber : `0${serialNumber}`;
  const serialBytes = Buffer.from(serialHex, 'hex');
  const serial = (serialBytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), serialBytes]) : serialBytes;
  const sha1 = derSequence([derOid('1.3.14.3.2.26'), primitive(UNIVERSAL.null, Buffer.alloc(0))]);
  const certIdDer = derSequence([
    sha1,
    primitive(UNIVERSAL.octetString, Buffer.from(certId.issuerNameHash, 'hex')),
    primitive(UNIVERSAL.octetString, Buffer.from(certId.issuerKeyHash, 'hex')),
    primitive(UNIVERSAL.integer, serial),
  ]);
  // OCSPRequest { tbsRequest { requestList SEQUENCE OF Request { reqCert CertID } } }
  return derSequence([derSequence([derSequence([derSequence([certIdDer])])])]);
}

/** The GET form of an OCSP request (RFC 6960 Appendix A.1): the responder URL, a slash, the URL-encoded base64 DER. */
export function ocspGetPath(responderPath: string, der: Buffer): string {
  return `${responderPath.replace(/\/$/, '')}/${encodeURIComponent(der.toString('base64'))}`;
}
