import type { TlsDetail } from '../../probes/types.js';
import { type Probed, detailOf } from './probe-evidence.js';
import { type Html, breakable, each, html } from './escape.js';

const none = (what: string): Html => html`<p class="muted">${what}</p>`;
const day = (iso: string): string => iso.slice(0, 10);

function trust(d: TlsDetail): Html {
  if (d.verifyError !== null) return html`<b>Not trusted:</b> <span class="code">${d.verifyError}</span>`;
  if (d.anchor === null) return html`<span class="muted">not validated</span>`;
  const where =
    {
      public: "a public root (Node's bundled store)",
      'public-roots': 'a root given with --public-roots',
      'ca-file': 'a root from --ca-file (not public: interception)',
      'node-extra-ca-certs': 'a root from NODE_EXTRA_CA_CERTS (not public: interception)',
    }[d.anchor.source] ?? d.anchor.source;
  const fingerprint = d.anchor.fingerprint256
    ? html` <span class="small muted">(root SHA-256 <span class="mono wrap">${d.anchor.fingerprint256}</span>${d.anchor.thumbprint ? html`, Windows thumbprint <span class="mono">${d.anchor.thumbprint}</span>` : ''})</span>`
    : '';
  return html`Validated against <span class="wrap">${d.anchor.subject}</span>${fingerprint}, ${where}`;
}

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
<p><b class="mono wrap">${breakable(p.label)}</b> <span class="muted">· SNI ${d.servername} · ${d.protocol ?? 'no protocol'} · ${d.cipher ?? 'no cipher'}${d.profile ? ` · client profile ${d.profile}` : ''}${d.unrestricted ? ` · full OpenSSL client: ${d.unrestricted.protocol ?? 'refused'}${d.unrestricted.cipher ? ` ${d.unrestricted.cipher}` : ''}` : ''}</span></p>
<p class="small">${trust(d)}${d.osError ? html` · OS error <span class="mono">${d.osError}</span>` : ''}</p>
${
  d.chain.length === 0
    ? none('The peer sent no certificate.')
    : html`<table>
<thead><tr><th scope="col">#</th><th scope="col">Subject / SANs</th><th scope="col">Issuer</th><th scope="col">Valid</th><th scope="col">SHA-256 fingerprint</th></tr></thead>
<tbody>${d.chain.map(
        (c, i) => html`<tr>
<td class="num">${i}</td>
<td class="wrap">${c.subject}${c.selfSigned ? html` <span class="muted small">(self-signed)</span>` : ''}${c.subjectAltNames.length > 0 ? html`<div class="small muted mono wrap">${c.subjectAltNames.join(', ')}</div>` : ''}</td>
<td class="wrap">${c.issuer}</td>
<td class="nowrap small">${day(c.notBefore)}<br>${day(c.notAfter)}</td>
<td class="fp" style="width:26%">${c.fingerprint256}<div class="muted">serial ${c.serialNumber}</div></td>
</tr>`,
      )}</tbody></table>`
}
</div>`,
  )}`;
}

/** HTTP status and server per probe, and every redirect hop with whether its host is documented. */
export function httpTable(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'http');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) return none('No HTTP requests completed.');
  return html`<table><caption>HTTP requests (status, Server header) and redirect chains</caption>
<thead><tr><th scope="col">Endpoint</th><th scope="col">Status · Server</th><th scope="col">Redirect chain</th></tr></thead>
<tbody>${each(
    rows,
    ({ p, d }) => html`<tr>
<th scope="row" class="mono wrap">${breakable(p.label)}</th>
<td class="small">${d.status ?? 'none'}${d.server ? html` · <span class="mono wrap">${d.server}</span>` : ''}${d.error ? html`<div class="muted">${d.error}</div>` : ''}</td>
<td class="small mono wrap">${d.hops.map((h, i) => html`<div>${i + 1}. ${h.status ?? h.error ?? '—'} ${breakable(h.url)}${h.documented ? '' : html` <span class="badge badge-warn">UNDOCUMENTED HOST</span>`}</div>`)}</td>
</tr>`,
  )}</tbody></table>`;
}

/** What each proxy answered: request, status, auth schemes, Via/Server and the proxy's own error. */
export function proxyTable(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'proxy');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) return none('No proxy was used.');
  return html`<table><caption>Requests to proxies (URLs shown without credentials)</caption>
<thead><tr><th scope="col">Request</th><th scope="col">Proxy</th><th scope="col">Answer</th><th scope="col">Authentication</th><th scope="col">Via · Server · error</th></tr></thead>
<tbody>${each(
    rows,
    ({ d }) => html`<tr>
<th scope="row" class="mono small wrap">${breakable(d.request)}</th>
<td class="mono small wrap">${breakable(d.proxy)}</td>
<td class="small">${d.status ?? 'none'} ${d.statusText ?? ''}${d.osError ? html`<div class="mono">${d.osError}</div>` : ''}</td>
<td class="small wrap">${d.authSchemesOffered.length > 0 ? `offered: ${d.authSchemesOffered.join(', ')}` : 'none asked'}${d.authUsed ? html`<div>used: ${d.authUsed}</div>` : ''}</td>
<td class="small wrap">${[d.via, d.server].filter((x) => x).join(' · ')}${d.proxyError ? html`<div class="mono">${d.proxyError}</div>` : ''}</td>
</tr>`,
  )}</tbody></table>`;
}
