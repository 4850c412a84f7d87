import { hasDirect } from './direct-finding.js';
import { OBSERVED_LABEL, firewallRows } from './firewall-rows.js';
import { SIMULATION_CSV_COLUMN, SIMULATION_CSV_VALUE } from './simulation-marks.js';
import type { Report } from '../model/report.js';
import { reachOf } from './profile-matrix.js';

/** Columns of the firewall change request CSV; the header row uses these names (stable, for ticket imports). */
export const CSV_COLUMNS = [
  'destination',
  'host_pattern',
  'port',
  'protocol',
  'service',
  'purpose',
  'rule_location',
  'proxy',
  'observed',
  'observed_label',
  'code',
  'codes',
  'probed_hosts',
  'action',
  'waiver_state',
  'waiver_ticket',
  'waiver_expires',
  'waiver_reason',
  'source_host',
  'source_addresses',
] as const;

/**
 * Columns appended after `CSV_COLUMNS` when the run had `--compare-direct`: the direct probe's state and code, the
 * comparison (`proxy-only`, `both`, `neither`, `direct-only`, `same-route`, `untested`) and where the rule belongs.
 * Reports without direct results keep exactly the columns above, so existing imports are unaffected.
 */
export const CSV_DIRECT_COLUMNS = ['direct_observed', 'direct_code', 'direct_comparison', 'direct_note'] as const;

/**
 * Columns appended when the run had `--client-profile all`: the client profiles that reached every host probed for
 * the row, and those that did not (space-separated ids). Other reports keep their columns.
 */
export const CSV_PROFILE_COLUMNS = ['profiles_reaching', 'profiles_failing'] as const;

/**
 * The header row a report's CSV has. A `demo` report gets a last column `simulation`, saying so on every row, so a
 * simulated firewall request cannot be imported as a real one; real reports keep exactly the columns above.
 */
export function csvColumns(report: Report): readonly string[] {
  return [
    ...CSV_COLUMNS,
    ...(hasDirect(report) ? CSV_DIRECT_COLUMNS : []),
    ...(hasMatrix(report) ? CSV_PROFILE_COLUMNS : []),
    ...(report.settings.simulation ? [SIMULATION_CSV_COLUMN] : []),
  ];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, with quotes doubled. A field that a
 * spreadsheet would read as a formula (starts with =, +, -, @, tab or CR) gets a leading single quote, as OWASP's
 * CSV injection guidance recommends; hostnames never start with those, so real values are unchanged.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The firewall change request rows as CSV (RFC 4180, CRLF line ends, header row first) for ticket systems. */
export function renderCsv(report: Report): string {
  const withDirect = hasDirect(report);
  const withMatrix = hasMatrix(report);
  const lines = [csvColumns(report).join(',')];
  for (const row of firewallRows(report)) {
    const w = row.waiver;
    const d = row.direct;
    const values: (string | number | null)[] = [
      row.destination,
      row.pattern,
      row.port,
      row.protocol,
      row.service,
      row.purpose,
      row.location,
      row.proxy,
      row.observed,
      OBSERVED_LABEL[row.observed],
      row.code,
      row.codes.join(' '),
      row.probedHosts.join(' '),
      row.action,
      w === null ? null : w.expired ? 'expired' : 'active',
      w?.ticket ?? null,
      w?.expires ?? null,
      w?.reason ?? null,
      row.source.host,
      row.source.addresses.join(' '),
      // A row that was not probed (untested wildcard) has empty direct cells.
      ...(withDirect ? [d?.observed ?? null, d?.code ?? null, d?.kind ?? null, d?.note ?? null] : []),
      ...(withMatrix ? reachColumns(report, row.probedHosts, row.port) : []),
      ...(report.settings.simulation ? [SIMULATION_CSV_VALUE] : []),
    ];
    lines.push(values.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function hasMatrix(report: Report): boolean {
  return (report.settings.clientProfile?.matrix.length ?? 0) > 0;
}

function reachColumns(report: Report, hosts: readonly string[], port: number): [string, string] {
  const reach = reachOf(report.endpoints.filter((e) => e.port === port && hosts.includes(e.host)));
  return [reach.reaching.join(' '), reach.failing.join(' ')];
}
