import { editions } from '../catalog/index.js';
import { planEndpoints } from '../catalog/plan.js';
import type { Destination } from '../probes/opener.js';
import { bypassEntryFor } from '../evidence/winhttp-bypass.js';
import { sameHost } from './accounts.js';
import { winHttpProxyFor, type WinHttpProxyEntry, type WinHttpSettings } from '../evidence/parse-winhttp-proxy.js';
import type { PlanProxy } from './plan/types.js';
import { docLine, planEvidence } from './rule-helpers.js';
import { PROXY_DOC_CURRENT } from './sources.js';
import type { Rule, RuleContext } from './types.js';

const show = (p: WinHttpProxyEntry | null): string => (p === null ? 'direct' : `${p.host}:${p.port ?? 80}`);
const same = (p: WinHttpProxyEntry | null, planned: PlanProxy | null): boolean =>
  planned === null ? p === null : p !== null && sameHost(p.host, planned.server) && (p.port ?? 80) === planned.port;

/**
 * The concrete SCP destinations (host, port, scheme) of the edition's catalog, every group (wildcards through their
 * sample hosts), and of this run's probes: what the SCP host would send around the proxy if the bypass list matched.
 */
function scpDestinations(ctx: RuleContext): Destination[] {
  const all = planEndpoints(editions[ctx.edition], { intune: true, groups: ['all'], tenantId: null }).targets;
  const probed = ctx.endpoints.filter((e) => e.probeId !== null);
  const seen = new Map<string, Destination>();
  for (const d of [...probed, ...all])
    seen.set(`${d.scheme}://${d.host.toLowerCase()}:${d.port}`, { host: d.host, port: d.port, scheme: d.scheme });
  return [...seen.values()];
}

/**
 * SCP-WINHTTP-PROXY: the site system proxy (console, Proxy tab) is what the SCP uses; the WinHTTP default proxy
 * (`netsh winhttp`) is a separate, machine-wide setting that some components and troubleshooting steps use. When
 * they differ, something on the host takes another route than the SCP: a warning, never a failure.
 */
export const winhttpProxy: Rule = {
  id: 'SCP-WINHTTP-PROXY',
  title: 'The WinHTTP proxy of the SCP host matches the planned site system proxy',
  source: () => PROXY_DOC_CURRENT,
  check(ctx) {
    const { plan, evidence } = ctx;
    const source = PROXY_DOC_CURRENT;
    const planned = plan.scp.proxy;
    const wanted = planned === null ? 'direct (no proxy)' : `${planned.server}:${planned.port}`;
    const settings: WinHttpSettings | null = evidence.winhttpProxy;
    const pev = planEvidence(plan, 'scp.proxy.server', 'scp.proxy.port');
    if (settings === null) {
      return {
        status: 'skip',
        message: `No WinHTTP evidence from ${plan.scp.server}: cannot compare its WinHTTP proxy with the planned ${wanted}.`,
        evidence: [],
        remediation: [
          `On ${plan.scp.server}: netsh winhttp show proxy > winhttp.txt, then add to the plan: evidence: { winhttpProxy: winhttp.txt }`,
          docLine(source.url),
        ],
        source,
      };
    }
    const ev = [{ file: settings.file, lines: settings.lines }, ...(pev.lines.length > 0 ? [pev] : [])];
    const http = winHttpProxyFor(settings, 'http');
    const https = winHttpProxyFor(settings, 'https');
    const set =
      planned === null
        ? `netsh winhttp reset proxy`
        : `netsh winhttp set proxy proxy-server="${planned.server}:${planned.port}" ` +
          `bypass-list="${settings.bypass.length > 0 ? settings.bypass.join(';') : '<local>'}"`;
    const fix = [
      `To align WinHTTP with the plan, on ${plan.scp.server} (elevated): ${set}`,
      'Or, if WinHTTP is right, change the site system proxy: Administration → Site Configuration → Servers and Site System Roles → ' +
        'the server → Site system → Properties → Proxy.',
      docLine(source.url),
    ];
    if (!same(http, planned) || !same(https, planned)) {
      const got = show(http) === show(https) ? show(https) : `http: ${show(http)}, https: ${show(https)}`;
      return {
        status: 'warn',
        message:
          `WinHTTP on ${plan.scp.server} uses ${got}, the plan's site system proxy is ${wanted}. They are separate settings: the SCP ` +
          'uses the site system proxy, but some components and troubleshooting steps use WinHTTP and will take another route.',
        evidence: ev,
        remediation: fix,
        source,
      };
    }
    if (planned !== null) {
      // The same matcher the --winhttp route uses: what this rule calls bypassed is what the probes send direct.
      const skipped = scpDestinations(ctx)
        .filter((d) => bypassEntryFor(settings.bypass, d) !== undefined)
        .map((d) => `${d.host}:${d.port}`);
      if (skipped.length > 0) {
        return {
          status: 'warn',
          message:
            `WinHTTP uses the planned proxy ${wanted}, ` +
            `but its bypass list sends ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ` and ${skipped.length - 5} more` : ''} ` +
            `directly, around the proxy.`,
          evidence: ev,
          remediation: [
            `Remove those entries from the bypass list: netsh winhttp set proxy proxy-server="${wanted}" bypass-list="<local>"`,
            docLine(source.url),
          ],
          source,
        };
      }
    }
    return {
      status: 'pass',
      message:
        planned === null
          ? `WinHTTP on ${plan.scp.server} goes direct, like the plan (no site system proxy).`
          : `WinHTTP on ${plan.scp.server} uses the planned proxy ${wanted}.`,
      evidence: ev,
      remediation: [],
      source,
    };
  },
};
