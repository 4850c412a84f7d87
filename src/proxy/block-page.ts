import type { ExchangeResult } from '../probes/http-exchange.js';

// Words that vendors' block and warning pages carry (squid, Zscaler, Forcepoint/Websense, Blue Coat/Symantec,
// FortiGuard, Sophos, McAfee/Skyhigh, Palo Alto, Cisco Umbrella, Barracuda). SCP endpoints are APIs and CDNs, which
// never answer with such HTML, so a hit on an HTML page is the proxy speaking.
const MARKERS = /(?:has been blocked|is blocked|was blocked|web ?page blocked|site blocked|blocked by|access (?:to this (?:site|page|web ?site|url) )?(?:is |has been )?denied|url filter|content filter|category:|policy (?:violation|denied)|zscaler|websense|forcepoint|blue ?coat|fortiguard|sophos|mcafee web gateway|skyhigh|palo alto networks|cisco umbrella|barracuda)/i;

/**
 * Names the reason a response looks like a proxy's own page rather than the endpoint's: squid's `X-Squid-Error`, or
 * an HTML page with block-page wording (some proxies answer 200 with it). `null` when it looks like the endpoint.
 */
export function blockPageReason(response: Extract<ExchangeResult, { ok: true }>): string | null {
  const squid = header(response, 'x-squid-error');
  if (squid !== null) return `X-Squid-Error: ${squid}`;
  const type = header(response, 'content-type') ?? '';
  const html = /html/i.test(type) || /^\s*</.test(response.body);
  if (!html) return null;
  const title = /<title[^>]*>([^<]{0,200})<\/title>/i.exec(response.body)?.[1]?.trim();
  const hit = MARKERS.exec(response.body);
  if (hit === null) return null;
  return `the page${title ? ` "${title.replace(/\s+/g, ' ')}"` : ''} says "${hit[0]}"`;
}

export function header(response: Extract<ExchangeResult, { ok: true }>, name: string): string | null {
  const value = response.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
