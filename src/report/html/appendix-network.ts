import type { DnsDetail } from '../../probes/types.js';
import { type Probed, detailOf } from './probe-evidence.js';
import { type Html, breakable, each, html } from './escape.js';
import { headRow } from './table-head.js';

const none = (what: string): Html => html`<p class="muted">${what}</p>`;
const muted = (text: string): Html => html`<span class="muted">${text}</span>`;

const DNS_HEAD = headRow(['Name', 'Server · answer', 'CNAME chain', 'Addresses (TTL s; ✓ used)']);
const CONNECT_HEAD = headRow(['Endpoint', 'Address', 'Local side', 'OS error']);

/** Each query made for the name: type, transport, answer and time. */
const queries = (d: DnsDetail): Html =>
  html`${d.queries.map((q, i) => html`${i > 0 ? ' · ' : ''}${q.type}/${q.transport} ${q.rcode ?? q.error ?? '—'} ${q.ms} ms`)}`;

/** The server asked, its answer, and each query behind it. */
const answer = (d: DnsDetail): Html =>
  html`<span class="mono">${d.server ?? 'no answer'}</span><div>${d.rcode ?? 'no answer'}</div><div class="muted">${queries(d)}</div>`;

/** The name, then every CNAME hop with its TTL. */
const cnameChain = (d: DnsDetail): Html =>
  d.cnames.length === 0
    ? muted('none')
    : html`<div>${breakable(d.cnames[0]?.name ?? '')}</div>${d.cnames.map(
        (c) => html`<div><span class="arrow">→</span>${breakable(c.target)} <span class="muted">(TTL ${c.ttl})</span></div>`,
      )}`;

/** The addresses with TTLs, the one used in bold. */
const addresses = (d: DnsDetail): Html | Html[] =>
  d.addresses.length === 0
    ? muted('none')
    : d.addresses.map(
        (a) => html`<div>${a.address === d.chosen ? html`<b>${a.address}</b> ✓` : a.address} <span class="muted">(${a.ttl})</span></div>`,
      );

/** DNS answers per probe: the server, rcode, every CNAME hop, addresses with TTLs (the one used in bold). */
export function dnsTable(probes: readonly Probed[]): Html {
  const rows = probes.flatMap((p) => {
    const d = detailOf(p.result, 'dns');
    return d === null ? [] : [{ p, d }];
  });
  if (rows.length === 0) {
    return none('No DNS lookups were made on this host (names were resolved by the proxy, or nothing was probed).');
  }
  return html`<table><caption>Answers from the DNS servers this host uses</caption>
${DNS_HEAD}
<tbody>${each(
    rows,
    ({ d }) => html`<tr>
<th scope="row" class="mono wrap">${breakable(d.name)}</th>
<td class="small">${answer(d)}</td>
<td class="mono small wrap">${cnameChain(d)}</td>
<td class="mono small wrap">${addresses(d)}</td>
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
${CONNECT_HEAD}
<tbody>${each(
    rows,
    ({ p, d }) => html`<tr>
<th scope="row" class="mono wrap">${breakable(p.label)}</th><td class="mono wrap">${d.address} port ${d.port}</td>
<td class="mono wrap">${d.localAddress ?? '—'}</td><td class="mono">${d.osError ?? 'none (connected)'}</td>
</tr>`,
  )}</tbody></table>`;
}
