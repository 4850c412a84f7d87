import type { Route } from '../probes/types.js';
import type { Report, ReportHost } from '../model/report.js';

/** The machine's own name: its FQDN when the report has one, else the host name. */
export function machineName(host: ReportHost): string {
  return host.fqdn ?? host.hostname;
}

/** The name a run is known by in firewall rows and fleet views: the `--host-label` when given, else the machine. */
export function sourceHostName(host: ReportHost): string {
  return host.label ?? machineName(host);
}

/**
 * The host line every view shows: the machine (and FQDN), and when `--host-label` named the run, that it is a label
 * and which machine really ran the probes.
 */
export function hostLine(host: ReportHost): string {
  const fqdn = host.fqdn && host.fqdn.toLowerCase() !== host.hostname.toLowerCase() ? ` (${host.fqdn})` : '';
  const machine = `${host.hostname}${fqdn}`;
  return host.label === undefined ? machine : `${host.label} (a label given with --host-label; the probes ran on ${machine})`;
}

const short = (name: string): string => name.toLowerCase().replace(/\.$/, '').split('.')[0] ?? '';

/**
 * Whether a name denotes this machine: equal FQDNs, or equal first labels when either side is a short name or the
 * FQDN is unknown (a plan may write `scp01` or `scp01.contoso.com`).
 */
export function isThisMachine(host: ReportHost, name: string): boolean {
  const wanted = name.trim().toLowerCase().replace(/\.$/, '');
  const names = [host.hostname, host.fqdn ?? ''].map((n) => n.toLowerCase()).filter((n) => n !== '');
  if (names.includes(wanted)) return true;
  const fqdnKnown = names.some((n) => n.includes('.'));
  return (!wanted.includes('.') || !fqdnKnown) && names.some((n) => short(n) === short(wanted));
}

/**
 * When the plan names `scp.server` and the run was made on another machine, the sentence every firewall view shows:
 * the results describe that other machine's network path. `null` when they match or no plan was given.
 */
export function scpServerMismatch(report: Report): string | null {
  const planned = report.settings.scpServer;
  if (planned === undefined || isThisMachine(report.host, planned)) return null;
  const here = machineName(report.host);
  return (
    `This report was made on ${here}, not on ${planned} (the plan's scp.server): its results describe the network path of ${here}, ` +
    `and the firewall rows name ${here} as their source. Run the check on ${planned} for the rules it needs.`
  );
}

/** `10.20.4.17:50512` → `10.20.4.17`; `[::1]:443`-less IPv6 forms (`fe80::1:50512`) lose the last field only. */
function addressOnly(local: string): string {
  const at = local.lastIndexOf(':');
  return at <= 0 ? local : local.slice(0, at);
}

/**
 * The local addresses this run's TCP connections left from (a connect that timed out records its address too), per
 * rule location (`locationOf`: `SCP host egress`, `Proxy …`): the source a firewall sees. Through a proxy that is
 * the address the proxy sees the host come from.
 */
export function sourceAddresses(report: Report, locationOf: (route: Route) => string): ReadonlyMap<string, readonly string[]> {
  const byLocation = new Map<string, Set<string>>();
  for (const e of report.endpoints) {
    for (const stage of e.stages) {
      if (stage.detail?.kind !== 'connect' || stage.detail.localAddress === null) continue;
      const location = locationOf(e.route);
      const set = byLocation.get(location) ?? new Set<string>();
      set.add(addressOnly(stage.detail.localAddress));
      byLocation.set(location, set);
    }
  }
  return new Map([...byLocation].map(([location, set]) => [location, [...set].sort()]));
}
