import { csvField } from '../report/csv.js';
import { OBSERVED_LABEL } from '../report/firewall-rows.js';
import { formatTime } from '../report/labels.js';
import { mdCode, mdText } from '../report/markdown.js';
import { nameList } from './differences.js';
import type { FleetReport } from './types.js';

/** Columns of the fleet firewall CSV: one row per destination × port × rule location, action rows first. */
export const FLEET_CSV_COLUMNS = [
  'destination',
  'port',
  'protocol',
  'service',
  'purpose',
  'rule_location',
  'proxy',
  'observed',
  'codes',
  'source_hosts',
  'source_addresses',
  'waived_hosts',
  'open_hosts',
  'action',
] as const;

/**
 * The de-duplicated firewall request as CSV (RFC 4180, CRLF, formula-safe fields, as a run's CSV). `source_hosts` and
 * `source_addresses` are aligned lists separated by `; ` (a host's several addresses separated by spaces).
 */
export function renderFleetCsv(f: FleetReport): string {
  const lines = [FLEET_CSV_COLUMNS.join(',')];
  for (const r of f.firewall) {
    lines.push(
      [
        r.destination,
        r.port,
        r.protocol,
        r.service,
        r.purpose,
        r.location,
        r.proxy,
        r.observed,
        r.codes.join(' '),
        r.sources.map((s) => s.host).join('; '),
        r.sources.map((s) => s.addresses.join(' ')).join('; '),
        r.waivedHosts.join('; '),
        r.openHosts.join('; '),
        r.action,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Markdown for a change ticket: the de-duplicated firewall request, what differs between hosts, the source runs. */
export function renderFleetMarkdown(f: FleetReport): string {
  const notReady = f.hosts.filter((h) => h.verdict === 'not-ready').length;
  const out: string[] = [
    `# SCP readiness: fleet of ${f.hosts.length} hosts`,
    '',
    ...(f.simulation === 'none'
      ? []
      : [
          `> **SIMULATION** — ${f.simulation === 'all' ? 'every run' : 'some runs'} came from \`scp-preflight demo\` on a simulated ` +
            `network.`,
          '',
        ]),
    `**${notReady} not ready, ${f.hosts.length - notReady} ready** — ${f.sources.length} reports merged ${formatTime(f.createdAt)}.`,
    '',
    '## Firewall changes needed',
    '',
  ];
  const needed = f.firewall.filter((r) => r.needsAction);
  if (needed.length === 0) out.push('None.', '');
  else {
    out.push('| Destination | Port | Rule belongs on | Needed by | Observed | Action |', '|---|---|---|---|---|---|');
    for (const r of needed) {
      const who = r.sources
        .map((s) => `${mdCode(s.host)}${s.addresses.length > 0 ? ` (${s.addresses.map(mdText).join(', ')})` : ''}`)
        .join(', ');
      const waived = r.waivedHosts.length > 0 ? `; waived on ${r.waivedHosts.map(mdCode).join(', ')}` : '';
      out.push(
        `| ${mdCode(r.destination)} | TCP ${r.port} | ${mdText(r.location)} | ${who || '—'}${waived} | ` +
          `${OBSERVED_LABEL[r.observed]}${r.codes.length > 0 ? ` ${r.codes.map(mdCode).join(' ')}` : ''} | ${mdText(r.action)} |`,
      );
    }
    out.push('');
  }
  const open = f.firewall.filter((r) => !r.needsAction);
  if (open.length > 0)
    out.push(`**Already open on every host:** ${[...new Set(open.map((r) => `${mdCode(r.destination)} TCP ${r.port}`))].join(', ')}`, '');
  out.push('## What differs between hosts', '');
  if (f.differences.length === 0) out.push('No endpoint works on one host and fails on another.', '');
  for (const d of f.differences) {
    const fails = d.fails.map(
      (x) =>
        `${OBSERVED_LABEL[x.observed].toLowerCase()} on ${mdText(nameList(x.hosts))}${x.code ? ` ${mdCode(x.code)}` : ''} → ` +
        mdText(x.reason),
    );
    out.push(`- ${mdCode(d.destination)} TCP ${d.port}: works on ${mdText(nameList(d.works))}; ${fails.join('; ')}.`);
  }
  if (f.differences.length > 0) out.push('');
  out.push('## Source reports', '', '| Host | Started | Edition | Route | Verdict | File |', '|---|---|---|---|---|---|');
  for (const s of f.sources) {
    const notes = [
      s.simulation ? '**SIMULATION**' : '',
      s.network === 'checked' ? '' : `network ${s.network}`,
      s.supersededBy ? `superseded by ${mdText(s.supersededBy)}` : '',
    ]
      .filter((x) => x)
      .join('; ');
    out.push(
      `| ${mdText(s.hostLine)} | ${formatTime(s.startedAt)} | ${mdText(s.edition)} | ${mdText(s.route)} | ` +
        `${mdText(s.headline)}${notes ? ` (${notes})` : ''} | ${mdCode(s.file)} |`,
    );
  }
  out.push('', '_The host × endpoint matrix is in the HTML and JSON fleet reports._', '');
  return out.join('\n');
}
