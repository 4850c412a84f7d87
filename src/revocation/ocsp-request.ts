import forge from 'node-forge';

/**
 * A DER OCSPRequest (RFC 6960 §4.1.1) for one certificate: one Request with a SHA-1 CertID and no extensions, the
 * form RFC 5019 ("lightweight OCSP", which Windows and public CAs use) requires responders to accept, so any real
 * responder answers it with an OCSPResponse rather than an HTTP error.
 */
export function ocspRequest(certId: { readonly issuerNameHash: string; readonly issuerKeyHash: string }, serialNumber: string): Buffer {
  const { asn1 } = forge;
  const seq = (items: forge.asn1.Asn1[]): forge.asn1.Asn1 => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
  const octets = (hex: string): forge.asn1.Asn1 =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, Buffer.from(hex, 'hex').toString('binary'));
  // The serial as a positive DER INTEGER: a leading zero byte when its top bit is set.
  const serialHex = serialNumber.length % 2 === 0 ? serialNumber : `0${serialNumber}`;
  const serialBytes = Buffer.from(serialHex, 'hex');
  const serial = (serialBytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), serialBytes]) : serialBytes;
  const sha1 = seq([
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer('1.3.14.3.2.26').getBytes()),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
  ]);
  const certIdAsn1 = seq([
    sha1,
    octets(certId.issuerNameHash),
    octets(certId.issuerKeyHash),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, serial.toString('binary')),
  ]);
  const request = seq([seq([seq([seq([certIdAsn1])])])]);
  return Buffer.from(asn1.toDer(request).getBytes(), 'binary');
}

/** The GET form of an OCSP request (RFC 6960 Appendix A.1): the responder URL, a slash, the URL-encoded base64 DER. */
export function ocspGetPath(responderPath: string, der: Buffer): string {
  return `${responderPath.replace(/\/$/, '')}/${encodeURIComponent(der.toString('base64'))}`;
}
