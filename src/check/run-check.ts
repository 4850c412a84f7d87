import { hostMatches, parseEntry } from '../catalog/parse-entry.js';
import { discoverWildcardSamples } from './discover-samples.js';
import { planEndpoints, type EndpointPlan, type PlanOptions } from '../catalog/plan.js';
import type { Catalog } from '../catalog/types.js';
import { TOOL } from '../model/tool.js';
import { hostBlock } from './host-identity.js';
import type { AddressRange } from '../probes/address-range.js';
import type { ProbeContext } from '../probes/opener.js';
import { runSignal } from '../probes/bounded-signal.js';
import { runStopOf, type RunStop } from '../probes/run-stop.js';
import { runProbes } from '../probes/run-probes.js';
import { directRouting, type RouteSelector } from '../probes/routing.js';
import { attachDirect } from './attach-direct.js';
import type { ProxyCredentials } from '../proxy/types.js';
import { guardOutcomes, guardRecords } from './guard-outcomes.js';
import { applyRevocation, checkRevocation } from '../revocation/check-revocation.js';
import { rootListTarget } from '../revocation/fetch-url.js';
import type { RevocationCheck } from '../revocation/types.js';
import type { TrustStore } from '../probes/trust-store.js';
import type { ProbeOutcome, Route } from '../probes/types.js';
import { endpointResults } from '../report/endpoint-results.js';
import {
  SCHEMA_VERSION,
  type ClientProfileSettings,
  type EndpointResult,
  type Report,
  type ReportSettings,
  type RuleFinding,
  type RunFinding,
} from '../model/report.js';
import type { ProfileChoice } from '../probes/client-profiles/choose.js';
import { describeOffer, offerPlan, profileOffer } from '../probes/client-profiles/offer.js';
import { probeProfileMatrix } from '../probes/client-profiles/profile-matrix.js';
import { attachProfileCells } from '../report/profile-matrix.js';
import { rootCauses } from '../report/root-cause.js';
import type { StageEvent } from '../probes/opener.js';
import { reportTotals } from '../model/verdict.js';
import { clockSkewFinding } from './clock-skew.js';

/** Everything a `check` needs, already validated by the CLI. */
export interface CheckInput {
  readonly catalog: Catalog;
  readonly catalogFile: string | null;
  readonly planOptions: PlanOptions;
  readonly timeoutMs: number;
  readonly deadlineS: number;
  readonly concurrency: number;
  readonly dnsServers: readonly string[];
  /** `--lab-addresses` (test labs only): DNS answers inside these ranges are real endpoints, not sinkholes. */
  readonly labAddresses?: readonly AddressRange[];
  readonly trust: TrustStore;
  readonly caFile: string | null;
  readonly publicRoots: string | null;
  readonly strict: boolean;
  readonly simulation: boolean;
  readonly routing: RouteSelector;
  /** The route shown in the report header (proxy without credentials). */
  readonly defaultRoute: Route;
  /** `false` with `--only rules`: endpoints are listed but not probed. */
  readonly probeNetwork: boolean;
  /** Rule evaluation, given the endpoint results (the rules issue plugs in here). */
  readonly evaluateRules: (endpoints: readonly EndpointResult[], run: { readonly revocation: readonly RevocationCheck[] }) => RuleFinding[];
  /** Also fetch Windows' trusted root list (ctldl.windowsupdate.com) along the route: the plan has root store evidence. */
  readonly checkRootList?: boolean;
  /** True when the plan makes network results informational (offline mode). */
  readonly networkInformational: boolean;
  readonly dialPort?: (host: string, port: number) => number;
  /** `--compare-direct`: also probe every target directly and attach that outcome to each result. */
  readonly compareDirect?: boolean;
  /** The proxy account, whose password in every form is scrubbed from what the network echoed (guardOutcomes). */
  readonly credentials?: ProxyCredentials | null;
  /** `--host-label`, recorded in the report's host block next to the real host name. */
  readonly hostLabel?: string;
  /** The plan's `scp.server`, recorded so every view can say when the run was made on another machine. */
  readonly scpServer?: string;
  /** `--client-profile`: what the TLS stage offers; absent = the tool's full OpenSSL set, recorded as nothing. */
  readonly clientProfile?: ProfileChoice;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, outcome: ProbeOutcome) => void;
  /** Told when a probe starts waiting on a stage (the progress line); observes only. */
  readonly onStage?: (event: StageEvent) => void;
}

/** Runs probes then rules and assembles the canonical report. Never writes anything. */
export async function runCheck(input: CheckInput): Promise<Report> {
  const startedAt = new Date().toISOString();
  let plan = planEndpoints(input.catalog, input.planOptions);
  let endpoints: EndpointResult[] = [];
  let revocation: RevocationCheck[] | null = null;
  let stop: RunStop | null = null;
  const offer = input.clientProfile ? profileOffer(input.clientProfile.profile, input.trust) : null;
  if (input.probeNetwork) {
    const run = runSignal(input.signal ? [input.signal] : [], input.deadlineS * 1000);
    const context: ProbeContext = {
      signal: run.signal,
      deadlineAt: Date.now() + input.deadlineS * 1000,
      timeoutMs: input.timeoutMs,
      dnsServers: input.dnsServers,
      trust: input.trust,
      isDocumented: documentedHosts(input.catalog),
      routeFor: input.routing,
      ...(input.dialPort ? { dialPort: input.dialPort } : {}),
      ...(input.labAddresses ? { labAddresses: input.labAddresses } : {}),
      ...(offer ? { clientProfile: offer } : {}),
      ...(input.onStage ? { onStage: input.onStage } : {}),
    };
    const progress = input.onProgress ? { onProgress: input.onProgress } : {};
    try {
      const outcomes = await runProbes(plan.targets, context, { concurrency: input.concurrency, ...progress });
      // Second round: untested wildcards that the first round's DNS answers revealed concrete hosts for.
      plan = discoverWildcardSamples(plan, outcomes);
      const discovered = plan.targets.filter((target) => !outcomes.has(target.id));
      for (const [id, outcome] of await runProbes(discovered, context, { concurrency: input.concurrency, ...progress })) {
        outcomes.set(id, outcome);
      }
      // The CRL/OCSP/caIssuers URLs of every chain seen, each fetched once along the SCP's route (issue 11 §2).
      const checks = await checkRevocation(
        plan.targets,
        outcomes,
        context,
        input.concurrency,
        input.checkRootList ? [rootListTarget()] : [],
      );
      for (const [id, outcome] of applyRevocation(plan.targets, outcomes, checks)) outcomes.set(id, outcome);
      // --compare-direct: the same targets again without the proxy, within the same deadline.
      const direct = input.compareDirect
        ? await runProbes(plan.targets, { ...withoutStageEvents(context), routeFor: directRouting() }, { concurrency: input.concurrency })
        : null;
      // Nothing a probe recorded enters the report before this pass: secrets scrubbed, every string bounded.
      const credentials = input.credentials ?? null;
      endpoints = endpointResults(plan, guardOutcomes(outcomes, credentials), input.defaultRoute);
      revocation = guardRecords(checks, credentials);
      if (direct) endpoints = attachDirect(endpoints, guardOutcomes(direct, credentials));
      // --client-profile all: each https endpoint once more per profile, within the same deadline.
      const matrix = input.clientProfile?.matrix ?? [];
      if (matrix.length > 0) {
        const cells = await probeProfileMatrix(
          plan.targets,
          matrix.map((p) => profileOffer(p, input.trust)),
          context,
          input.concurrency,
        );
        endpoints = attachProfileCells(
          endpoints,
          guardOutcomes(cells, credentials),
          matrix.map((p) => p.id),
        );
      }
      stop = runStopOf(run.signal);
    } finally {
      run.dispose();
    }
  }
  const rules = input.evaluateRules(endpoints, { revocation: revocation ?? [] });
  const skew = clockSkewFinding(endpoints);
  const runFindings: RunFinding[] = skew === null ? [] : [skew];
  const totals = reportTotals(
    endpoints,
    rules,
    { strict: input.strict, networkInformational: input.networkInformational, networkChecked: input.probeNetwork },
    runFindings,
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    host: hostBlock(input.hostLabel),
    startedAt,
    finishedAt: new Date().toISOString(),
    verdict: totals.verdict,
    headline: totals.headline,
    summary: totals.summary,
    counts: totals.counts,
    settings: settingsOf(input, plan),
    endpoints,
    ...(revocation ? { revocation } : {}),
    rules,
    runFindings,
    rootCauses: rootCauses(endpoints),
    // Only when the stop cut a probe short: a deadline that passed after the last probe changed nothing.
    ...(stop && endpoints.some((e) => e.code === 'RUN_STOPPED')
      ? {
          stopped: {
            cause: stop.stopCause,
            message: `${stop.message}: ${endpoints.filter((e) => e.code === 'RUN_STOPPED').length} endpoint result(s) were not measured.`,
          },
        }
      : {}),
  };
}

function settingsOf(input: CheckInput, plan: EndpointPlan): ReportSettings {
  return {
    edition: plan.edition,
    catalog: { source: input.catalogFile ? 'file' : 'built-in', file: input.catalogFile, provenance: plan.provenance },
    groups: plan.groups.map((g) => ({ id: g.id, title: g.title })),
    intune: input.planOptions.intune,
    tenantId: input.planOptions.tenantId,
    timeoutMs: input.timeoutMs,
    deadlineS: input.deadlineS,
    concurrency: input.concurrency,
    dnsServers: input.dnsServers,
    caFile: input.caFile,
    publicRoots: input.publicRoots,
    strict: input.strict,
    route: input.defaultRoute,
    simulation: input.simulation,
    networkInformational: input.networkInformational,
    // Only a lab run carries it, so a reader of any report sees at once that loopback answers were accepted.
    ...(input.labAddresses && input.labAddresses.length > 0 ? { labAddresses: input.labAddresses.map((r) => r.text) } : {}),
    networkChecked: input.probeNetwork,
    ...(input.scpServer ? { scpServer: input.scpServer } : {}),
    ...(input.clientProfile ? { clientProfile: profileSettings(input.clientProfile) } : {}),
  };
}

function profileSettings(choice: ProfileChoice): ClientProfileSettings {
  const { profile } = choice;
  return {
    id: profile.id,
    title: profile.title,
    chosenBy: choice.chosenBy,
    source: { title: profile.source.title, url: profile.source.url, date: profile.source.date },
    offered: describeOffer(offerPlan(profile)),
    remarks: profile.remarks,
    matrix: choice.matrix.map((p) => p.id),
  };
}

/** Hosts the whole catalog covers (all groups), wildcards included: a redirect to any other host is an undocumented dependency. */
function documentedHosts(catalog: Catalog): (host: string) => boolean {
  const patterns = catalog.entries.map((e) => parseEntry(e.text)).flatMap((p) => (typeof p === 'string' ? [] : [p.host]));
  return (host) => patterns.some((pattern) => hostMatches(pattern, host));
}

/** The comparison round reports no progress (its probes share the first round's ids): its stage events are dropped. */
function withoutStageEvents(context: ProbeContext): ProbeContext {
  const { onStage: _progressOnly, ...rest } = context;
  return rest;
}
