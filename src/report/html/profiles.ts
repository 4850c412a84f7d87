import { cellText, profileMatrix } from '../profile-matrix.js';
import type { Report } from '../../model/report.js';
import { badge } from './badge.js';
import { type Html, html, trusted } from './escape.js';

const INTRO = trusted(
  '<p class="muted">One TLS handshake per client profile: each Windows version\'s Schannel defaults (cipher suites in order, curves, ' +
    "signature algorithms, TLS versions). Informational: the verdict stands on the run's own profile.</p>",
);

/**
 * `--client-profile all`: one row per probed https endpoint on 443, one column per client profile, each cell the
 * outcome of that profile's handshake with its message as a tooltip. `null` (no section) for other runs.
 */
export function profilesSection(report: Report, id: string, title: string): Html | null {
  const { columns, rows } = profileMatrix(report);
  if (rows.length === 0) return null;
  return html`<section id="${id}" class="page" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
${INTRO}
<table>
<thead><tr><th scope="col">Endpoint</th>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr><th scope="row" class="mono">${row.host}:${row.port}</th>${columns.map((c) => {
        const cell = row.cells.find((x) => x.profile === c);
        return cell ? html`<td title="${cell.message}">${badge(cell.status)} ${cellText(cell)}</td>` : html`<td></td>`;
      })}</tr>`,
  )}</tbody>
</table>
</section>`;
}
