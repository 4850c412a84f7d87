import { editions, type EditionId } from '../catalog/index.js';
import { loadCatalogFile } from '../catalog/load-file.js';
import { planEndpoints, type PlanOptions } from '../catalog/plan.js';
import type { Catalog } from '../catalog/types.js';
import { checkHostLabel } from '../check/host-identity.js';
import type { CheckInput } from '../check/run-check.js';
import { InputError } from '../model/input-error.js';
import { parseDnsServerFlag, systemResolvers } from '../probes/system-resolvers.js';
import { buildTrustStore } from '../probes/trust-store.js';
import { evaluateRules, loadEvidence, loadSitePlan, networkIsInformational, type Evidence, type SitePlan } from '../rules/index.js';
import type { CheckArgs } from './check-options.js';
import { parseLabAddresses } from './lab-addresses.js';
import { proxyFromArgs } from './proxy-from-args.js';
import { chooseClientProfile, type ProfileChoice } from '../probes/client-profiles/choose.js';
import { offerPlan } from '../probes/client-profiles/offer.js';
import { hostProfile } from '../probes/client-profiles/host-profile.js';

const TENANT_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9][a-z0-9.-]*\.[a-z]{2,})$/i;

/** The files and flag values a check is built from, read and validated once. */
export interface CheckFiles {
  readonly plan: SitePlan | null;
  readonly evidence: Evidence;
  readonly catalog: Catalog;
  readonly planOptions: PlanOptions;
  readonly clientProfile: ProfileChoice;
}

/**
 * Reads the plan, its evidence and the catalog and validates the flags that shape the endpoint list, so a bad file
 * stops the run (exit 2) before any server starts, any probe touches the network or any file is written.
 */
export function readCheckFiles(args: CheckArgs): CheckFiles {
  // --timeout and --deadline are checked as they are parsed (parse-duration.ts); a caller building CheckArgs by hand
  // is checked here too.
  for (const [flag, value, min] of [
    ['--timeout', args.timeout, 100],
    ['--deadline', args.deadline, 1],
    ['--concurrency', args.concurrency, 1],
  ] as const) {
    if (!Number.isFinite(value) || !Number.isInteger(value) || value < min) {
      throw new InputError(`${flag}: expected a whole number >= ${min}, got ${String(value)}`);
    }
  }
  parseLabAddresses(args['lab-addresses']); // validated now; buildCheckInput reads it again (the demo adds its own)
  checkHostLabel(args['host-label']);
  const tenantId = args['tenant-id'] ?? null;
  if (tenantId !== null && !TENANT_ID.test(tenantId)) {
    throw new InputError(`--tenant-id: "${tenantId}" is neither a GUID nor a domain such as contoso.onmicrosoft.com`);
  }
  if (args.only === 'rules' && !args.plan) {
    // Without a plan every rule is skipped: such a run would judge nothing and still say READY.
    throw new InputError(
      '--only rules judges the prerequisite rules of a site plan, and none was given: add --plan FILE (scp-preflight collect ' +
        'writes a plan skeleton on the SCP host), or leave out --only rules to probe the network',
    );
  }
  const plan = args.plan ? loadSitePlan(args.plan) : null;
  const evidence = loadEvidence(plan);
  const editionId = (plan?.edition ?? args.edition) as EditionId;
  const catalog: Catalog = args.catalog ? loadCatalogFile(args.catalog) : editions[editionId];
  const intune = args.intune || plan?.scp.intune === true;
  const planOptions = {
    intune,
    groups: args.groups
      .flatMap((g) => g.split(','))
      .map((g) => g.trim())
      .filter(Boolean),
    tenantId,
  };
  planEndpoints(catalog, planOptions); // validates --groups against this catalog now, before anything is created
  const clientProfile = chooseClientProfile(args['client-profile'], evidence.schannel ? hostProfile(evidence.schannel) : null);
  offerPlan(clientProfile.profile); // a profile that leaves nothing to offer is bad input now, not a run of failures
  return { plan, evidence, catalog, planOptions, clientProfile };
}

/**
 * Turns validated flags and the files read by `readCheckFiles` into a CheckInput: resolvers, trust roots and the
 * route, all settled before any probe runs. Proxy warnings go to stderr here, once.
 */
export function buildCheckInput(
  args: CheckArgs,
  files: CheckFiles = readCheckFiles(args),
  overrides: Partial<CheckInput> = {},
): CheckInput {
  const { plan, evidence, catalog, planOptions, clientProfile } = files;
  const dnsServers = args['dns-server'].length > 0 ? args['dns-server'].map(parseDnsServerFlag) : systemResolvers();
  const trust = buildTrustStore({
    caFile: args['ca-file'] ?? null,
    publicRoots: args['public-roots'] ?? null,
    extraCaCertsFile: process.env.NODE_EXTRA_CA_CERTS || null,
  });
  // The plan's site system proxy is the route the SCP will take; a proxy flag still wins (e.g. to test another).
  const planned = plan?.scp.proxy;
  const proxy = proxyFromArgs(
    args,
    {},
    planned
      ? {
          url: `http://${planned.server.includes(':') ? `[${planned.server}]` : planned.server}:${planned.port}`,
          label: `site plan scp.proxy (${args.plan})`,
        }
      : null,
  );
  for (const line of proxy.warnings) process.stderr.write(`scp-preflight: ${line}\n`);
  const hostLabel = checkHostLabel(args['host-label']);
  return {
    catalog,
    catalogFile: args.catalog ?? null,
    planOptions,
    timeoutMs: args.timeout,
    deadlineS: args.deadline,
    concurrency: args.concurrency,
    dnsServers,
    labAddresses: parseLabAddresses(args['lab-addresses']),
    trust,
    caFile: args['ca-file'] ?? null,
    publicRoots: args['public-roots'] ?? null,
    strict: args.strict,
    simulation: false,
    routing: proxy.routing,
    defaultRoute: proxy.defaultRoute,
    credentials: proxy.credentials,
    ...(args['compare-direct'] ? { compareDirect: true } : {}),
    probeNetwork: args.only !== 'rules',
    evaluateRules: (endpoints, run) =>
      args.only === 'network'
        ? []
        : evaluateRules({
            plan,
            edition: catalog.edition,
            endpoints,
            networkChecked: args.only !== 'rules',
            evidence,
            revocation: run.revocation,
          }),
    // SCP-ROOT-STORE asks whether Windows could fetch a missing root: only then is the trusted root list fetched.
    ...(evidence.rootStore !== null && args.only !== 'rules' ? { checkRootList: true } : {}),
    networkInformational: networkIsInformational(plan),
    ...(hostLabel === undefined ? {} : { hostLabel }),
    ...(plan ? { scpServer: plan.scp.server } : {}),
    clientProfile,
    ...overrides,
  };
}
