/**
 * Reads the server_name from the first TLS record of a connection, so one loopback port can hand each connection
 * to the TLS server that simulates that host (e.g. a TLS-1.1-only one). RFC 8446 §4.1.2 (ClientHello) and
 * RFC 6066 §3 (server_name extension).
 */

/** Bytes needed to hold the whole first record, or null when the data is not a TLS handshake record. */
export function firstRecordLength(data: Buffer): number | null {
  if (data.length < 1 || data[0] !== 0x16) return null;
  if (data.length < 5) return 5;
  return 5 + data.readUInt16BE(3);
}

/** The host name from a ClientHello's server_name extension; null when absent or unparseable. */
export function clientHelloServerName(data: Buffer): string | null {
  const end = firstRecordLength(data);
  if (end === null || data.length < end) return null;
  try {
    let at = 5;
    if (data[at] !== 0x01) return null; // handshake type client_hello
    at += 4; // type + 24-bit length
    at += 2 + 32; // legacy_version + random
    at += 1 + data.readUInt8(at); // legacy_session_id
    at += 2 + data.readUInt16BE(at); // cipher_suites
    at += 1 + data.readUInt8(at); // legacy_compression_methods
    const extensionsEnd = Math.min(end, at + 2 + data.readUInt16BE(at));
    at += 2;
    while (at + 4 <= extensionsEnd) {
      const type = data.readUInt16BE(at);
      const length = data.readUInt16BE(at + 2);
      at += 4;
      if (type === 0x0000) {
        // server_name_list: 2-byte list length, then entries of (1-byte type, 2-byte length, name).
        let entry = at + 2;
        while (entry + 3 <= at + length) {
          const nameType = data.readUInt8(entry);
          const nameLength = data.readUInt16BE(entry + 1);
          if (nameType === 0) return data.toString('ascii', entry + 3, entry + 3 + nameLength).toLowerCase();
          entry += 3 + nameLength;
        }
        return null;
      }
      at += length;
    }
    return null;
  } catch {
    // A truncated or hostile hello reads past the buffer: it simply has no usable name.
    return null;
  }
}
