import type { ChainAnchor } from '../probes/types.js';
import type { EndpointResult, FindingEvidence } from '../model/report.js';
import type { RootStore } from '../evidence/parse-root-store.js';
import { docLine } from './rule-helpers.js';
import { ROOT_STORE_DOC } from './sources.js';
import type { Rule, RuleOutcome } from './types.js';

/** A root the probed chains end in, with the endpoints that need it. */
interface NeededRoot {
  readonly anchor: ChainAnchor;
  readonly endpoints: readonly string[];
}

const POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot';

/** The roots the chains validated against, by Windows thumbprint; anchors recorded without one cannot be compared. */
function neededRoots(endpoints: readonly EndpointResult[]): NeededRoot[] {
  const byThumbprint = new Map<string, { anchor: ChainAnchor; endpoints: Set<string> }>();
  for (const e of endpoints) {
    const tls = e.stages.find((s) => s.stage === 'tls')?.detail;
    if (tls?.kind !== 'tls' || tls.anchor?.thumbprint === undefined) continue;
    const entry = byThumbprint.get(tls.anchor.thumbprint) ?? { anchor: tls.anchor, endpoints: new Set<string>() };
    entry.endpoints.add(`${e.host} port ${e.port}`);
    byThumbprint.set(tls.anchor.thumbprint, entry);
  }
  return [...byThumbprint.values()].map((v) => ({ anchor: v.anchor, endpoints: [...v.endpoints] }));
}

function inStore(store: RootStore, anchor: ChainAnchor): boolean {
  const sha256 = anchor.fingerprint256?.replaceAll(':', '').toUpperCase();
  return store.roots.some((r) => r.thumbprint === anchor.thumbprint || (sha256 !== undefined && r.sha256 === sha256));
}

const rootLine = (n: NeededRoot): string =>
  `"${n.anchor.subject}" (thumbprint ` +
  `${n.anchor.thumbprint}${n.anchor.source === 'ca-file' ? ', the inspection CA from --ca-file' : ''}) for ` +
  `${n.endpoints.slice(0, 3).join(', ')}${n.endpoints.length > 3 ? ` and ${n.endpoints.length - 3} more` : ''}`;

/**
 * SCP-ROOT-STORE: every root the endpoints' chains end in must be in the SCP host's machine root store, or Windows
 * must be able to fetch it (automatic root update on, and its trusted root list on ctldl.windowsupdate.com reachable
 * in this run). A missing Baltimore CyberTrust Root or DigiCert Global Root G2 is the documented cause of "Could not
 * establish trust relationship" and of status 9605/9607 (KB 3187516; field-facts §2.2 cause 1).
 */
export const rootStore: Rule = {
  id: 'SCP-ROOT-STORE',
  title: 'The SCP host trusts the roots the endpoints chain to (LocalMachine\\Root, or automatic root update)',
  source: () => ROOT_STORE_DOC,
  check({ plan, evidence, endpoints, networkChecked, revocation }): RuleOutcome {
    const source = ROOT_STORE_DOC;
    const collect = [
      `On ${plan.scp.server}: scp-preflight collect --script > collect.ps1, then powershell -ExecutionPolicy Bypass -File collect.ps1 ` +
        `(it writes root-store.json), or by hand: Get-ChildItem Cert:\\LocalMachine\\Root | Select-Object Thumbprint, ` +
        `Subject | ConvertTo-Json > root-store.json`,
      'Then add to the plan: evidence: { rootStore: root-store.json }',
      docLine(source.url),
    ];
    const store = evidence.rootStore;
    if (store === null)
      return {
        status: 'skip',
        message: `No root store evidence from ${plan.scp.server}: cannot tell whether it trusts the roots the endpoints chain to.`,
        evidence: [],
        remediation: collect,
        source,
      };
    if (!networkChecked)
      return {
        status: 'skip',
        message: 'The network was not checked (check --only rules): the roots the endpoints chain to are not known.',
        evidence: [],
        remediation: ['Run the check without --only rules.'],
        source,
      };
    const needed = neededRoots(endpoints);
    if (needed.length === 0)
      return {
        status: 'skip',
        message: 'No endpoint chain validated in this run, so there is no root to look for in the store.',
        evidence: [],
        remediation: ['The endpoint results say why no TLS chain validated: resolve those first, then run the check again.'],
        source,
      };
    const missing = needed.filter((n) => !inStore(store, n.anchor));
    const present = needed.filter((n) => inStore(store, n.anchor));
    const policyLine = store.policyKnown
      ? `${POLICY_KEY} DisableRootAutoUpdate = ${store.disableRootAutoUpdate ?? 'not set'}`
      : 'DisableRootAutoUpdate: not collected';
    const ctl = revocation.find((c) => c.kind === 'ctl');
    const lines = [
      ...present.map((n) => `present: ${rootLine(n)}`),
      ...missing.map((n) => `MISSING: ${rootLine(n)}`),
      policyLine,
      ...(ctl ? [`trusted root list: ${ctl.message}`] : []),
    ];
    const ev: FindingEvidence[] = [{ file: store.file, lines }];
    if (missing.length === 0) {
      return {
        status: 'pass',
        message: `${plan.scp.server}'s machine root store holds all ${needed.length} root(s) the endpoints chain to.`,
        evidence: ev,
        remediation: [],
        source,
      };
    }
    const names = missing.map((n) => `"${n.anchor.subject}"`).join(', ');
    const importSteps = [
      ...missing.map(
        (n) =>
          `Import ${n.anchor.subject} (SHA-256 ${n.anchor.fingerprint256 ?? 'unknown'}) into Local Computer > Trusted Root ` +
          `Certification Authorities on ${plan.scp.server} (certutil -addstore Root <file>.cer, or by Group Policy), then restart ` +
          `SMS_EXECUTIVE.`,
      ),
      docLine(source.url),
    ];
    if (store.disableRootAutoUpdate === 1) {
      return {
        status: 'fail',
        evidence: ev,
        source,
        message:
          `${plan.scp.server} lacks ${names}, and automatic root update is off (DisableRootAutoUpdate = 1): ` +
          `Windows will not fetch ${missing.length === 1 ? 'it' : 'them'}, so the chains of ` +
          `${missing
            .flatMap((n) => n.endpoints)
            .slice(0, 4)
            .join(', ')} will not validate there.`,
        remediation: [
          ...importSteps.slice(0, -1),
          `Or turn automatic root update back on (${POLICY_KEY} DisableRootAutoUpdate = 0, "Turn off Automatic Root Certificates ` +
            `Update" not enabled) and allow http://ctldl.windowsupdate.com (TCP 80).`,
          docLine(source.url),
        ],
      };
    }
    if (ctl?.code === 'REVOCATION_UNREACHABLE') {
      return {
        status: 'fail',
        evidence: ev,
        source,
        remediation: [
          `Allow http://ctldl.windowsupdate.com (TCP 80) along the SCP's route, so Windows can fetch missing roots.`,
          ...importSteps,
        ],
        message:
          `${plan.scp.server} lacks ${names}; automatic root update is ${store.policyKnown ? 'on' : 'not known to be off'}, ` +
          `but Windows' trusted root list cannot be fetched in this run: ${ctl.message}`,
      };
    }
    const auto = store.policyKnown ? 'automatic root update is on' : 'the DisableRootAutoUpdate policy was not collected';
    if (ctl?.status === 'pass' && store.policyKnown) {
      return {
        status: 'pass',
        evidence: ev,
        source,
        remediation: [],
        message:
          `${plan.scp.server} lacks ${names} for now, but ${auto} and its trusted root list on ctldl.windowsupdate.com answered along ` +
          `the SCP's route: Windows installs ${missing.length === 1 ? 'it' : 'them'} on first use.`,
      };
    }
    return {
      status: 'warn',
      evidence: ev,
      source,
      remediation: importSteps,
      message:
        `${plan.scp.server} lacks ${names}; ${auto}${ctl ? '' : ', and ctldl.windowsupdate.com was not fetched in this run'}, ` +
        `so it is not proven that Windows can fetch ${missing.length === 1 ? 'it' : 'them'}.`,
    };
  },
};
