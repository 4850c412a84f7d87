import { X509Certificate } from 'node:crypto';
import type { ExchangeResult } from '../probes/http-exchange.js';
import type { RevocationKind } from './types.js';

/** Whether an answer is what Windows' chain engine needs from this kind of URL, and what it was, in words. */
export type AnswerVerdict = { readonly ok: true; readonly what: string } | { readonly ok: false; readonly why: string };

// RFC 6960 §4.2.1 OCSPResponseStatus names.
const OCSP_STATUS: Record<number, string> = {
  0: 'successful',
  1: 'malformedRequest',
  2: 'internalError',
  3: 'tryLater',
  5: 'sigRequired',
  6: 'unauthorized',
};
const PKCS7_SIGNED_DATA = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]);

/**
 * Judges the body, not the status line or the content type alone: a proxy's block page or a captive portal answers
 * 200 too, and some CDNs serve CRLs as application/octet-stream. A CRL must be a DER CertificateList (or its PEM);
 * an OCSP answer a DER OCSPResponse (RFC 6960 §4.2.1; RFC 5019 §2.2.1 names its type application/ocsp-response);
 * a caIssuers answer a certificate or a PKCS#7 certs-only bundle (RFC 5280 §4.2.2.1). A body cut at the read limit
 * is judged by its DER header, whose declared length then must exceed what was read.
 */
export function judgeAnswer(kind: RevocationKind, response: Extract<ExchangeResult, { ok: true }>, limit: number): AnswerVerdict {
  const type = headerOf(response, 'content-type') ?? 'no content type';
  if (response.status !== 200)
    return {
      ok: false,
      why:
        `it answered HTTP ${response.status}${response.statusText ? ` ${response.statusText.slice(0, 80)}` : ''} ` +
        `(${type.slice(0, 80)}), not the ${NOUN[kind]}`,
    };
  const body = Buffer.from(response.body, 'latin1');
  const truncated = body.length >= limit;
  const html = /html/i.test(type) || /^\s*</.test(body.subarray(0, 256).toString('latin1'));
  const not = (what: string): AnswerVerdict => ({
    ok: false,
    why:
      `it answered HTTP 200 with ${what} (${type.slice(0, 80)}, ${body.length} bytes), not the ` +
      `${NOUN[kind]}${html ? ': a proxy block page or captive portal answers in its place' : ''}`,
  });
  if (body.length === 0) return not('an empty body');
  const der = derHeader(body);
  switch (kind) {
    case 'crl': {
      if (/^-----BEGIN X509 CRL-----/.test(body.subarray(0, 64).toString('latin1')))
        return { ok: true, what: `a PEM CRL (${body.length} bytes)` };
      if (der === null || der.tag !== 0x30) return not(html ? 'an HTML page' : 'something that is not a DER CRL');
      const inner = derHeader(body.subarray(der.headerLength));
      if (inner === null || inner.tag !== 0x30) return not('a DER structure that is not a CertificateList');
      if (truncated ? der.total <= body.length : der.total !== body.length) return not('a DER structure of the wrong length');
      return {
        ok: true,
        what:
          `a DER CRL (${truncated ? `${der.total} bytes declared, first ${body.length} read` : `${body.length} bytes`}, ` +
          `${type.slice(0, 60)})`,
      };
    }
    case 'ocsp': {
      // OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED, responseBytes [0] EXPLICIT … OPTIONAL }
      if (der === null || der.tag !== 0x30 || der.total !== body.length)
        return not(html ? 'an HTML page' : 'something that is not a DER OCSP response');
      const status = body.subarray(der.headerLength);
      if (status[0] !== 0x0a || status[1] !== 0x01 || status[2] === undefined) return not('a DER structure that is not an OCSPResponse');
      // Any responseStatus proves the responder answers OCSP on this route (the firewall question); it is named, since
      // `unauthorized` for a real certificate would mean the CA points at the wrong responder.
      const name = OCSP_STATUS[status[2]] ?? `status ${status[2]}`;
      return { ok: true, what: `an OCSP response (${name}, ${body.length} bytes, ${type.slice(0, 60)})` };
    }
    case 'ctl': {
      // authrootstl.cab is a Microsoft cabinet file, which starts with "MSCF" ([MS-CAB] §2.1 CFHEADER signature).
      if (body.subarray(0, 4).toString('latin1') === 'MSCF')
        return { ok: true, what: `a cabinet file (${body.length} bytes, ${type.slice(0, 60)})` };
      return not(html ? 'an HTML page' : 'something that is not a cabinet file');
    }
    case 'caIssuers': {
      if (der !== null && der.tag === 0x30 && body.subarray(0, 64).indexOf(PKCS7_SIGNED_DATA) >= 0)
        return { ok: true, what: `a PKCS#7 certificate bundle (${body.length} bytes)` };
      try {
        const cert = new X509Certificate(body);
        return { ok: true, what: `the issuer certificate "${cert.subject.split('\n').join(', ').slice(0, 120)}"` };
      } catch {
        return not(html ? 'an HTML page' : 'something that is not a certificate');
      }
    }
  }
}

const NOUN: Record<RevocationKind, string> = {
  crl: 'CRL',
  ocsp: 'OCSP response',
  caIssuers: 'issuer certificate',
  ctl: 'root certificate trust list (a cabinet file)',
};

/** A DER tag-length header: the tag byte, the header's length and the element's total length; `null` if malformed. */
function derHeader(bytes: Buffer): { tag: number; headerLength: number; total: number } | null {
  const tag = bytes[0];
  const first = bytes[1];
  if (tag === undefined || first === undefined) return null;
  if (first < 0x80) return { tag, headerLength: 2, total: 2 + first };
  const n = first & 0x7f;
  if (n === 0 || n > 4 || bytes.length < 2 + n) return null;
  let length = 0;
  for (let i = 0; i < n; i += 1) length = length * 256 + (bytes[2 + i] ?? 0);
  return { tag, headerLength: 2 + n, total: 2 + n + length };
}

function headerOf(response: Extract<ExchangeResult, { ok: true }>, name: string): string | null {
  const value = response.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
