import { type Probed, detailOf } from './probe-evidence.js';
import { type Html, breakable, each, html } from './escape.js';

const none = (what: string): Html => html`<p class="muted">${what}</p>`;

/** DNS answers per probe: the server, rcode, every CNAME hop, addresses with TTLs (the one used in bold). */
export function dnsTable(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'dns');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) return none('No DNS lookups were made on this host (names were resolved by the proxy, or nothing was probed).');
  return html`<table><caption>Answers from the DNS servers this host uses</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Server · answer</th><th scope="col">CNAME chain</th><th scope="col">Addresses (TTL s; ✓ used)</th></tr></thead>
<tbody>${each(
    rows,
    ({ d }) => html`<tr>
<th scope="row" class="mono wrap">${breakable(d.name)}</th>
<td class="small"><span class="mono">${d.server ?? 'no answer'}</span><div>${d.rcode ?? 'no answer'}</div><div class="muted">${d.queries.map((q, i) => html`${i > 0 ? ' · ' : ''}${q.type}/${q.transport} ${q.rcode ?? q.error ?? '—'} ${q.ms} ms`)}</div></td>
<td class="mono small wrap">${d.cnames.length === 0 ? html`<span class="muted">none</span>` : html`<div>${breakable(d.cnames[0]?.name ?? '')}</div>${d.cnames.map((c) => html`<div><span class="arrow">→</span>${breakable(c.target)} <span class="muted">(TTL ${c.ttl})</span></div>`)}`}</td>
<td class="mono small wrap">${d.addresses.length === 0 ? html`<span class="muted">none</span>` : d.addresses.map((a) => html`<div>${a.address === d.chosen ? html`<b>${a.address}</b> ✓` : a.address} <span class="muted">(${a.ttl})</span></div>`)}</td>
</tr>`,
  )}</tbody></table>`;
}

/** The TCP connection each probe opened (or the OS error it got). */
export function connectTable(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'connect');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) return none('No direct TCP connections were made.');
  return html`<table><caption>Direct TCP connections from this host</caption>
<thead><tr><th scope="col">Endpoint</th><th scope="col">Address</th><th scope="col">Local side</th><th scope="col">OS error</th></tr></thead>
<tbody>${each(
    rows,
    ({ p, d }) => html`<tr>
<th scope="row" class="mono wrap">${breakable(p.label)}</th><td class="mono wrap">${d.address} port ${d.port}</td>
<td class="mono wrap">${d.localAddress ?? '—'}</td><td class="mono">${d.osError ?? 'none (connected)'}</td>
</tr>`,
  )}</tbody></table>`;
}
