import net from 'node:net';
import type { ExchangeResult } from './http-exchange.js';
import { header } from './block-page.js';

/**
 * Why a redirect looks like a captive portal's, or `null`. A portal answers every request with a redirect to its
 * login page, and the one signature a Microsoft endpoint never shows is a redirect to a bare IP address (the
 * portal's own address; endpoints redirect to names). Login-looking URLs that carry the original address are *not*
 * a signature: Entra ID sends exactly those (login.microsoftonline.com/…?redirect_uri=…). Any other redirect, even
 * to an undocumented host, is the endpoint's and is only noted on the hop.
 */
export function portalRedirect(response: Extract<ExchangeResult, { ok: true }>, askedHost: string): string | null {
  if (response.status < 300 || response.status > 399) return null;
  const location = header(response, 'location');
  if (location === null) return null;
  let next: URL;
  try {
    next = new URL(location, `http://${askedHost.includes(':') ? `[${askedHost}]` : askedHost}/`);
  } catch {
    return null;
  }
  const host = next.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) === 0 || host === askedHost.replace(/^\[|\]$/g, '')) return null;
  return `Location: ${location.slice(0, 200)} (a redirect to the bare address ${host}, as captive portals send)`;
}
