/**
 * The little of DER (X.690) this tool reads and writes: certificate extensions (revocation-urls.ts) and an OCSP
 * request (revocation/ocsp-request.ts). Our own, not node-forge's: a check loaded all of forge (a whole crypto
 * library, about 1 MB of JavaScript) for a few dozen lines of tag-length-value; forge now serves only the demo's
 * certificate authority. Certificates come from the network: every read is bounded by its parent's end, and
 * anything malformed throws DerError for the caller to catch.
 */

export class DerError extends Error {
  override readonly name = 'DerError';
}

export const TAG_CLASS = { universal: 0, application: 1, context: 2, private: 3 } as const;

/** Universal tag numbers used here. */
export const UNIVERSAL = { integer: 2, octetString: 4, null: 5, oid: 6, sequence: 16 } as const;

/** One tag-length-value element: where it lies in `bytes`, header included. */
export interface DerNode {
  readonly bytes: Buffer;
  readonly tagClass: number;
  readonly constructed: boolean;
  readonly tag: number;
  /** Offset of the identifier octet (encodedOf: the element's whole DER). */
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

/** The element that starts at `offset`, which must end by `limit`. */
export function readDer(bytes: Buffer, offset = 0, limit = bytes.length): DerNode {
  let at = offset;
  const first = byteAt(bytes, at++, limit);
  let tag = first & 0x1f;
  if (tag === 0x1f) {
    // High tag number form: base-128 digits, the last without its top bit (X.690 §8.1.2.4).
    tag = 0;
    for (let digit = byteAt(bytes, at++, limit); ; digit = byteAt(bytes, at++, limit)) {
      tag = tag * 128 + (digit & 0x7f);
      if (tag > 0xffffff) throw new DerError('tag number too large');
      if ((digit & 0x80) === 0) break;
    }
  }
  const lengthByte = byteAt(bytes, at++, limit);
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    // 0x80 is BER's indefinite length, which DER forbids; more than 4 length octets exceeds any certificate.
    if (count === 0 || count > 4) throw new DerError(`unsupported length form 0x${lengthByte.toString(16)}`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + byteAt(bytes, at++, limit);
  }
  const end = at + length;
  if (end > limit) throw new DerError('element runs past its container');
  return { bytes, tagClass: first >> 6, constructed: (first & 0x20) !== 0, tag, start: offset, contentStart: at, end };
}

/**
 * The elements one level inside a constructed one, in order; none for a primitive element or for `undefined`.
 * One level at a time, never recursive: a hostile certificate's nesting costs no stack.
 */
export function childrenOf(node: DerNode | undefined): DerNode[] {
  if (!node?.constructed) return [];
  const children: DerNode[] = [];
  for (let at = node.contentStart; at < node.end;) {
    const child = readDer(node.bytes, at, node.end);
    children.push(child);
    at = child.end;
  }
  return children;
}

/** The element's whole DER, header included (a copy-free view). */
export function encodedOf(node: DerNode): Buffer {
  return node.bytes.subarray(node.start, node.end);
}

/** The content octets of an element (a copy-free view). */
export function contentOf(node: DerNode): Buffer {
  return node.bytes.subarray(node.contentStart, node.end);
}

/** Whether `node` is `[n]`, the context-specific tag number n. */
export function isContextTag(node: DerNode | undefined, n: number): boolean {
  return node?.tagClass === TAG_CLASS.context && node.tag === n;
}

/** Whether `node` is the primitive universal type `tag` (an OID, an OCTET STRING…). */
export function isUniversal(node: DerNode | undefined, tag: number): boolean {
  return node?.tagClass === TAG_CLASS.universal && node.tag === tag && !node.constructed;
}

/** The dotted form of an OBJECT IDENTIFIER element (X.690 §8.19). */
export function oidOf(node: DerNode): string {
  if (!isUniversal(node, UNIVERSAL.oid)) throw new DerError('not an OID');
  const arcs: number[] = [];
  let value = 0;
  for (const byte of contentOf(node)) {
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError('OID arc too large');
    if (byte & 0x80) continue;
    if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  if (arcs.length === 0) throw new DerError('empty OID');
  return arcs.join('.');
}

/** One DER element: identifier, definite length, content. Tags above 30 are not needed here. */
export function encodeDer(tagClass: number, constructed: boolean, tag: number, content: Buffer): Buffer {
  if (tag > 30) throw new DerError('high tag numbers are not encoded');
  const identifier = (tagClass << 6) | (constructed ? 0x20 : 0) | tag;
  const length = content.length;
  const lengthBytes: number[] = [];
  if (length < 0x80) lengthBytes.push(length);
  else {
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
    lengthBytes.unshift(0x80 | lengthBytes.length);
  }
  return Buffer.concat([Buffer.from([identifier, ...lengthBytes]), content]);
}

export const derSequence = (items: readonly Buffer[]): Buffer =>
  encodeDer(TAG_CLASS.universal, true, UNIVERSAL.sequence, Buffer.concat(items));

/** An OBJECT IDENTIFIER from its dotted form. */
export function derOid(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const [first, second, ...rest] = arcs;
  if (first === undefined || second === undefined || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
    throw new DerError(`bad OID ${dotted}`);
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const digits = [arc % 128];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) digits.unshift(0x80 | (v % 128));
    bytes.push(...digits);
  }
  return encodeDer(TAG_CLASS.universal, false, UNIVERSAL.oid, Buffer.from(bytes));
}

function byteAt(bytes: Buffer, at: number, limit: number): number {
  const byte = at < limit ? bytes[at] : undefined;
  if (byte === undefined) throw new DerError('truncated element');
  return byte;
}
