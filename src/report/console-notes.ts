import { wrapText } from './console-wrap.js';
import type { RootCause } from '../model/report.js';
import type { EndpointResult, Report } from '../model/report.js';

/** `host:port` with the documented entry when a sample host stood in for it. */
const probedName = (e: EndpointResult): string => (e.host === e.pattern ? `${e.host}:${e.port}` : `${e.host}:${e.port} (${e.entry})`);

/**
 * The root causes, before any table: each said once with its fix, then the endpoint results it explains as one
 * wrapped list instead of a block per row (their details are in the JSON and HTML reports).
 */
export function rootCauseLines(report: Report, causes: readonly RootCause[], width: number, bold: (text: string) => string): string[] {
  const lines: string[] = [];
  for (const cause of causes) {
    const rows = report.endpoints.filter(
      (e) => e.probeId !== null && cause.probeIds.includes(e.probeId) && (e.route.proxy ?? 'direct') === cause.route,
    );
    const names = [...new Set(rows.map(probedName))];
    lines.push(
      '',
      ...wrapText(`${bold('ROOT CAUSE')}: ${cause.message}`, width, '  '),
      ...wrapText(`Fix: ${cause.fix}`, width, '  '),
      ...wrapText(
        `The ${cause.results} endpoint results it explains (${cause.probes} probes) are not repeated below: ${names.join(', ')}.`,
        width,
        '  ',
      ),
    );
  }
  return lines;
}

/**
 * Waivers that need attention: an expired one (its item fails again), one that names an entry, host or rule this
 * catalog does not have (a typo, or a file written for another edition), and one that matched nothing this run.
 */
export function waiverWarningLines(report: Report, width: number): string[] {
  const waivers = report.waivers;
  if (waivers === undefined) return [];
  const lines: string[] = [];
  const file = waivers.file ?? 'the waivers';
  for (const w of waivers.items) {
    const where = `${file}${w.source.line === null ? '' : ` line ${w.source.line}`}`;
    let text: string | null = null;
    if (w.state === 'expired') {
      text =
        `Warning: waiver ${w.ticket} (${w.matchedBy}) expired on ${w.expires}: ` +
        `${w.matched.length > 0 ? `${w.matched.join(', ')} fails again` : 'it matched nothing'}. Renew it or fix the finding ` +
        `(${where}).`;
    } else if (w.state === 'unused' && !namesSomethingInCatalog(report, w.match)) {
      text =
        `Warning: waiver ${w.ticket} (${w.matchedBy}) matches nothing in this catalog (edition ${report.settings.edition}): ` +
        `check its spelling, or the edition it was written for (${where}).`;
    } else if (w.state === 'unused') {
      text =
        `Note: waiver ${w.ticket} (${w.matchedBy}) matched no failure or warning in this run; ` +
        `remove it once the item stays fixed (${where}).`;
    }
    if (text !== null) lines.push(...wrapText(text, width, '  '));
  }
  return lines.length > 0 ? ['', ...lines] : [];
}

function namesSomethingInCatalog(report: Report, match: NonNullable<Report['waivers']>['items'][number]['match']): boolean {
  const samePort = (port: number): boolean => match.kind === 'rule' || match.port === null || match.port === port;
  switch (match.kind) {
    // Compared as waivers/apply.ts matches them: case-insensitively.
    case 'entry':
      return report.endpoints.some((e) => e.entry.toLowerCase() === match.entry.toLowerCase() && samePort(e.port));
    case 'host':
      return report.endpoints.some(
        (e) => (e.host.toLowerCase() === match.host || e.pattern.toLowerCase() === match.host) && samePort(e.port),
      );
    case 'rule':
      return report.rules.some((r) => r.id.toLowerCase() === match.id.toLowerCase());
  }
}
