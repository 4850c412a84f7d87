import type { HttpDetail, ProxyDetail, TlsDetail, TrustSource } from '../../probes/types.js';
import { type Probed, detailOf } from './probe-evidence.js';
import { type Html, breakable, each, html } from './escape.js';
import { headRow } from './table-head.js';

const none = (what: string): Html => html`<p class="muted">${what}</p>`;
const day = (iso: string): string => iso.slice(0, 10);

/** Where the root a chain validated against came from (the report schema allows only these). */
const ANCHOR_WHERE: Record<TrustSource, string> = {
  public: "a public root (Node's bundled store)",
  'public-roots': 'a root given with --public-roots',
  'ca-file': 'a root from --ca-file (not public: interception)',
  'node-extra-ca-certs': 'a root from NODE_EXTRA_CA_CERTS (not public: interception)',
};

const CHAIN_HEAD = headRow(['#', 'Subject / SANs', 'Issuer', 'Valid', 'SHA-256 fingerprint']);
const HTTP_HEAD = headRow(['Endpoint', 'Status · Server', 'Redirect chain']);
const PROXY_HEAD = headRow(['Request', 'Proxy', 'Answer', 'Authentication', 'Via · Server · error']);

function trust(d: TlsDetail): Html {
  if (d.verifyError !== null) return html`<b>Not trusted:</b> <span class="code">${d.verifyError}</span>`;
  if (d.anchor === null) return html`<span class="muted">not validated</span>`;
  const where = ANCHOR_WHERE[d.anchor.source];
  const thumbprint = d.anchor.thumbprint ? html`, Windows thumbprint <span class="mono">${d.anchor.thumbprint}</span>` : '';
  const fingerprint = d.anchor.fingerprint256
    ? html` <span class="small muted">(root SHA-256 <span class="mono wrap">${d.anchor.fingerprint256}</span>${thumbprint})</span>`
    : '';
  return html`Validated against <span class="wrap">${d.anchor.subject}</span>${fingerprint}, ${where}`;
}

/** The handshake in one line: SNI, protocol, cipher, client profile and what the full OpenSSL client got. */
function handshakeLine(d: TlsDetail): string {
  const profile = d.profile ? ` · client profile ${d.profile}` : '';
  const unrestricted = d.unrestricted
    ? ` · full OpenSSL client: ${d.unrestricted.protocol ?? 'refused'}${d.unrestricted.cipher ? ` ${d.unrestricted.cipher}` : ''}`
    : '';
  return `· SNI ${d.servername} · ${d.protocol ?? 'no protocol'} · ${d.cipher ?? 'no cipher'}${profile}${unrestricted}`;
}

const SELF_SIGNED = html` <span class="muted small">(self-signed)</span>`;

const altNames = (c: TlsDetail['chain'][number]): Html | '' =>
  c.subjectAltNames.length > 0 ? html`<div class="small muted mono wrap">${c.subjectAltNames.join(', ')}</div>` : '';

/** Each TLS peer chain: subject, issuer, validity, SHA-256 fingerprint, and which root it validated against. */
export function tlsChains(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'tls');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) return none('No TLS handshakes were made.');
  return html`${each(
    rows,
    ({ p, d }) => html`<div class="chain">
<p><b class="mono wrap">${breakable(p.label)}</b> <span class="muted">${handshakeLine(d)}</span></p>
<p class="small">${trust(d)}${d.osError ? html` · OS error <span class="mono">${d.osError}</span>` : ''}</p>
${
  d.chain.length === 0
    ? none('The peer sent no certificate.')
    : html`<table>
${CHAIN_HEAD}
<tbody>${d.chain.map(
        (c, i) => html`<tr>
<td class="num">${i}</td>
<td class="wrap">${c.subject}${c.selfSigned ? SELF_SIGNED : ''}${altNames(c)}</td>
<td class="wrap">${c.issuer}</td>
<td class="nowrap small">${day(c.notBefore)}<br>${day(c.notAfter)}</td>
<td class="fp" style="width:26%">${c.fingerprint256}<div class="muted">serial ${c.serialNumber}</div></td>
</tr>`,
      )}</tbody></table>`
}
</div>`,
  )}`;
}

/** Status, Server header and error of the final answer. */
function httpAnswer(d: HttpDetail): Html {
  const server = d.server ? html` · <span class="mono wrap">${d.server}</span>` : '';
  return html`${d.status ?? 'none'}${server}${d.error ? html`<div class="muted">${d.error}</div>` : ''}`;
}

const UNDOCUMENTED = html` <span class="badge badge-warn">UNDOCUMENTED HOST</span>`;

/** Every hop, numbered, with its status and whether its host is documented. */
const redirectChain = (d: HttpDetail): Html[] =>
  d.hops.map((h, i) => html`<div>${i + 1}. ${h.status ?? h.error ?? '—'} ${breakable(h.url)}${h.documented ? '' : UNDOCUMENTED}</div>`);

/** HTTP status and server per probe, and every redirect hop with whether its host is documented. */
export function httpTable(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'http');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) return none('No HTTP requests completed.');
  return html`<table><caption>HTTP requests (status, Server header) and redirect chains</caption>
${HTTP_HEAD}
<tbody>${each(
    rows,
    ({ p, d }) => html`<tr>
<th scope="row" class="mono wrap">${breakable(p.label)}</th>
<td class="small">${httpAnswer(d)}</td>
<td class="small mono wrap">${redirectChain(d)}</td>
</tr>`,
  )}</tbody></table>`;
}

/** The schemes the proxy offered and the one used. */
function proxyAuth(d: ProxyDetail): Html {
  const offered = d.authSchemesOffered.length > 0 ? `offered: ${d.authSchemesOffered.join(', ')}` : 'none asked';
  return html`${offered}${d.authUsed ? html`<div>used: ${d.authUsed}</div>` : ''}`;
}

/** Via and Server headers, then the proxy's own error text. */
const proxySays = (d: ProxyDetail): Html =>
  html`${[d.via, d.server].filter((x) => x).join(' · ')}${d.proxyError ? html`<div class="mono">${d.proxyError}</div>` : ''}`;

/** What each proxy answered: request, status, auth schemes, Via/Server and the proxy's own error. */
export function proxyTable(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'proxy');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) return none('No proxy was used.');
  return html`<table><caption>Requests to proxies (URLs shown without credentials)</caption>
${PROXY_HEAD}
<tbody>${each(
    rows,
    ({ d }) => html`<tr>
<th scope="row" class="mono small wrap">${breakable(d.request)}</th>
<td class="mono small wrap">${breakable(d.proxy)}</td>
<td class="small">${d.status ?? 'none'} ${d.statusText ?? ''}${d.osError ? html`<div class="mono">${d.osError}</div>` : ''}</td>
<td class="small wrap">${proxyAuth(d)}</td>
<td class="small wrap">${proxySays(d)}</td>
</tr>`,
  )}</tbody></table>`;
}
