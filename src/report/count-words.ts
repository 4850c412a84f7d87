import { firewallRows } from './firewall-rows.js';
import type { Report } from '../model/report.js';

/**
 * The three counts of a run, each with its own word, used the same way by the console, the HTML and the Markdown
 * (one demo once said 20/21, 24 and 27 for the same run without saying what each counted):
 * - a **probe** is one host × port × route the tool connected to; a host listed in several groups is probed once;
 * - a **firewall row** is one documented entry × port, a line of the firewall change request;
 * - an **endpoint result** is one documented entry × port × group × sample host: what each row of the catalog got.
 */
export interface RunCounts {
  readonly probes: number;
  readonly firewallRows: number;
  readonly endpointResults: number;
}

/** Counts a report's probes, firewall rows and endpoint results. */
export function runCounts(report: Report): RunCounts {
  const probes = new Set(report.endpoints.flatMap((e) => (e.probeId === null ? [] : [e.probeId])));
  return { probes: probes.size, firewallRows: firewallRows(report).length, endpointResults: report.endpoints.length };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The word for n probes: `1 probe`, `21 probes`. */
export const probesText = (n: number): string => plural(n, 'probe');
/** The word for n firewall rows. */
export const firewallRowsText = (n: number): string => plural(n, 'firewall row');
/** The word for n endpoint results. */
export const endpointResultsText = (n: number): string => plural(n, 'endpoint result');

/** The counts in one sentence with what each word means; empty when the network was not checked. */
export function countsLine(report: Report): string {
  if (!report.settings.networkChecked) return '';
  const c = runCounts(report);
  return (
    `Counted: ${probesText(c.probes)} (host × port × route) answered ${endpointResultsText(c.endpointResults)} (entry × port × group ` +
    `× sample host) for ${firewallRowsText(c.firewallRows)} (entry × port).`
  );
}
