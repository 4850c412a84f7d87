import type { FailureCode } from '../model/codes.js';

/** RFC 1928 section 6 reply codes, in words, with the closest failure code (refused/timed out as if direct). */
export const SOCKS5_REPLIES: Record<number, { words: string; code: FailureCode | null }> = {
  0x00: { words: 'succeeded', code: null },
  0x01: { words: 'general SOCKS server failure', code: 'PROXY_UPSTREAM_FAILED' },
  0x02: { words: 'connection not allowed by ruleset', code: 'PROXY_DENIED' },
  0x03: { words: 'network unreachable', code: 'PROXY_UPSTREAM_FAILED' },
  0x04: { words: 'host unreachable', code: 'PROXY_UPSTREAM_FAILED' },
  0x05: { words: 'connection refused', code: 'CONNECT_REFUSED' },
  0x06: { words: 'TTL expired (the connection timed out)', code: 'CONNECT_TIMEOUT' },
  0x07: { words: 'command not supported', code: 'PROXY_PROTOCOL_ERROR' },
  0x08: { words: 'address type not supported', code: 'PROXY_PROTOCOL_ERROR' },
};

/** The SOCKS4 protocol's reply codes (90-93). */
export const SOCKS4_REPLIES: Record<number, { words: string; code: FailureCode | null }> = {
  90: { words: 'request granted', code: null },
  91: { words: 'request rejected or failed', code: 'PROXY_DENIED' },
  92: { words: 'rejected: the server cannot reach an identd on this host', code: 'PROXY_AUTH_FAILED' },
  93: { words: 'rejected: identd reports a different user id', code: 'PROXY_AUTH_FAILED' },
};
