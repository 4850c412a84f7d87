import { firewallRows, rowNeedsAction } from '../report/firewall-rows.js';
import { verdictHeadline } from '../report/labels.js';
import { hostLine, scpServerMismatch, sourceHostName } from '../report/run-source.js';
import type { Report } from '../model/report.js';
import type { DigestRow, HostDigest } from './types.js';

/** Whether a run probed anything: a rules-only run says so in every fleet view rather than looking clean. */
function networkOf(report: Report): HostDigest['network'] {
  if (report.endpoints.every((e) => e.probeId === null)) return 'not checked';
  return report.settings.networkInformational ? 'informational' : 'checked';
}

/**
 * What the fleet views need of one saved report: its identity, verdict and firewall rows (the same rows every
 * single-run view shows, so a fleet cell never disagrees with the host's own report). A pure function.
 */
export function digestReport(report: Report, file: string): HostDigest {
  const name = sourceHostName(report.host);
  const rows: DigestRow[] = firewallRows(report).map((r) => ({
    key: `${r.destination}\u0000${r.port}`,
    destination: r.destination,
    port: r.port,
    service: r.service,
    purpose: r.purpose,
    location: r.location,
    proxy: r.proxy,
    observed: r.observed,
    code: r.code,
    codes: r.codes,
    action: r.action,
    needsAction: rowNeedsAction(r),
    waived: r.waiver !== null && !r.waiver.expired,
    addresses: r.source.addresses,
  }));
  return {
    file,
    name,
    key: name.toLowerCase(),
    hostLine: hostLine(report.host),
    startedAt: report.startedAt,
    edition: report.settings.edition,
    route: report.settings.route,
    verdict: report.verdict,
    headline: verdictHeadline(report).word,
    simulation: report.settings.simulation,
    network: networkOf(report),
    summary: report.summary,
    scpWarning: scpServerMismatch(report),
    rows,
  };
}
