import type { FailureCode } from '../model/codes.js';
import { boundText } from '../model/bounded-text.js';

// Squid's error page names (errors/templates, `X-Squid-Error: NAME errno`) and what they mean for the SCP.
const NAMES: Record<string, { code: FailureCode; words: string }> = {
  ERR_ACCESS_DENIED: { code: 'PROXY_DENIED', words: "denied by the proxy's access rules" },
  ERR_FORWARDING_DENIED: { code: 'PROXY_DENIED', words: 'forwarding denied by the proxy' },
  ERR_CACHE_ACCESS_DENIED: { code: 'PROXY_AUTH_REQUIRED', words: 'the proxy requires authentication' },
  ERR_DNS_FAIL: { code: 'PROXY_UPSTREAM_FAILED', words: 'the proxy could not resolve the name' },
  ERR_CONNECT_FAIL: { code: 'PROXY_UPSTREAM_FAILED', words: 'the proxy could not connect to the endpoint' },
  ERR_READ_TIMEOUT: { code: 'PROXY_UPSTREAM_FAILED', words: 'the endpoint did not answer the proxy in time' },
  ERR_READ_ERROR: { code: 'PROXY_UPSTREAM_FAILED', words: 'the proxy lost the connection to the endpoint' },
  ERR_ZERO_SIZE_OBJECT: { code: 'PROXY_UPSTREAM_FAILED', words: 'the endpoint sent the proxy an empty answer' },
  ERR_CANNOT_FORWARD: { code: 'PROXY_UPSTREAM_FAILED', words: 'the proxy could not forward the request (no way to the endpoint)' },
  ERR_GATEWAY_FAILURE: { code: 'PROXY_UPSTREAM_FAILED', words: "the proxy's upstream failed" },
  ERR_SECURE_CONNECT_FAIL: { code: 'PROXY_UPSTREAM_FAILED', words: 'the proxy could not open TLS to the endpoint' },
  ERR_INVALID_REQ: { code: 'PROXY_PROTOCOL_ERROR', words: 'the proxy found the request invalid' },
};
// errno values squid appends (Linux numbering), in words.
const ERRNO: Record<string, string> = {
  110: 'timed out',
  111: 'connection refused',
  113: 'no route to host',
  101: 'network unreachable',
  104: 'connection reset',
};

/** Squid's reason, read from its `X-Squid-Error` header. */
export interface SquidError {
  readonly name: string;
  readonly code: FailureCode | null;
  readonly words: string;
}

/** Reads `X-Squid-Error: ERR_CONNECT_FAIL 111` into a code and words; `null` when there is no header. */
export function squidError(value: string | null): SquidError | null {
  if (value === null) return null;
  // A header the proxy controls: only its start is read (real values are `ERR_NAME errno`).
  const [name = '', errno] = boundText(value.trim(), 256).split(/\s+/);
  const known = NAMES[name];
  const detail = errno !== undefined && errno !== '0' ? `, ${ERRNO[errno] ?? `errno ${errno}`}` : '';
  return { name, code: known?.code ?? null, words: `${known?.words ?? name}${detail}` };
}
