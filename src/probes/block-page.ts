import type { ExchangeResult } from './http-exchange.js';

// Words that vendors' block and warning pages carry (squid, Zscaler, Forcepoint/Websense, Blue Coat/Symantec,
// FortiGuard, Sophos, McAfee/Skyhigh, Palo Alto, Cisco Umbrella, Barracuda). SCP endpoints are APIs and CDNs, which
// never answer with such HTML, so a hit on an HTML page is the proxy speaking. Filtering vocabulary and vendor names
// are strong evidence on their own; generic refusal wording ("access denied", "has been blocked") is also what a
// real endpoint's CDN says in its own 403 (Akamai's "Access Denied" page), so it counts only where a proxy is known
// to be the first to answer (absolute form), never against an endpoint reached directly.
// Regex fragments, one per line, joined into a single alternation (a one-line literal would run past 140 columns).
const STRONG_WORDS = [
  'web ?page blocked',
  'site blocked',
  'url filter',
  'content filter',
  'category:',
  'policy (?:violation|denied)',
  'zscaler',
  'websense',
  'forcepoint',
  'blue ?coat',
  'fortiguard',
  'sophos',
  'mcafee web gateway',
  'skyhigh',
  'palo alto networks',
  'cisco umbrella',
  'barracuda',
];
const STRONG = new RegExp(`(?:${STRONG_WORDS.join('|')})`, 'i');
const WEAK =
  /(?:has been blocked|is blocked|was blocked|blocked by|access (?:to this (?:site|page|web ?site|url) )?(?:is |has been )?denied)/i;

// `Server:` values of forward, transparent and filtering proxies. A proxy that relays the endpoint's answer keeps the
// endpoint's Server header (it adds Via), so one of these names means the proxy wrote the answer itself. Reverse
// proxies that front real sites (nginx, Varnish, Envoy, Apache Traffic Server) are deliberately not listed.
const PROXY_PRODUCT_NAMES = [
  'squid',
  'zscaler',
  'bluecoat',
  'blue coat',
  'proxysg',
  'fortigate',
  'fortiguard',
  'fortiproxy',
  'fortiweb filter',
  'forcepoint',
  'websense',
  'mcafee web gateway',
  'skyhigh',
  'sophos',
  'barracuda',
  'watchguard',
  'ironport',
  'cisco wsa',
  'cisco umbrella',
  'opendns',
  'check ?point',
  'pan-os',
  'tinyproxy',
  'privoxy',
  'kerio',
  'untangle',
  'smoothwall',
  'netsweeper',
  'lightspeed',
  'iboss',
  'contentkeeper',
  'cloudflare gateway',
];
const PROXY_PRODUCTS = new RegExp(String.raw`\b(?:${PROXY_PRODUCT_NAMES.join('|')})\b`, 'i');

/** The proxy product a `Server:` header names (`Server: squid/6.10`), or `null` for anything else. */
export function proxyProduct(response: Extract<ExchangeResult, { ok: true }>): string | null {
  const server = header(response, 'server');
  return server !== null && PROXY_PRODUCTS.test(server) ? server.slice(0, 80) : null;
}

/**
 * Names the reason an HTML page looks like a proxy's own block or warning page rather than the endpoint's (some
 * proxies answer 200 with it): its title and the words that gave it away. `null` when it looks like the endpoint.
 */
export function blockPageReason(response: Extract<ExchangeResult, { ok: true }>, wording: 'strong' | 'any'): string | null {
  const type = header(response, 'content-type') ?? '';
  const html = /html/i.test(type) || /^\s*</.test(response.body);
  if (!html) return null;
  const title = /<title[^>]*>([^<]{0,200})<\/title>/i.exec(response.body)?.[1]?.trim();
  const hit = STRONG.exec(response.body) ?? (wording === 'any' ? WEAK.exec(response.body) : null);
  if (hit === null) return null;
  return `the page${title ? ` "${title.replace(/\s+/g, ' ')}"` : ''} says "${hit[0]}"`;
}

/** The first value of a response header, or `null`. */
export function header(response: Extract<ExchangeResult, { ok: true }>, name: string): string | null {
  const value = response.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
