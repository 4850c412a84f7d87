import { docLine, planEvidence } from './rule-helpers.js';
import { SCP_DOC_2018 } from './sources.js';
import type { Rule } from './types.js';

/**
 * SCP-INTUNE-ONLINE: "The process that adds the Microsoft Intune subscription to the service connection point sets
 * the site system role to be online. The service connection point does not support offline mode when set up with
 * an Intune subscription." Only the 2018 document says this (the current one no longer describes hybrid MDM), so
 * it is the source in both editions.
 */
export const intuneOnline: Rule = {
  id: 'SCP-INTUNE-ONLINE',
  title: 'An Intune subscription requires online mode',
  source: () => SCP_DOC_2018,
  check({ plan }) {
    const source = SCP_DOC_2018;
    const ev = planEvidence(plan, 'scp.mode', 'scp.intune');
    if (!plan.scp.intune) {
      return {
        status: 'pass',
        message: `Not applicable: the plan has no Intune subscription (scp.intune: false); the SCP may run ${plan.scp.mode}.`,
        evidence: [ev],
        remediation: [],
        source,
      };
    }
    if (plan.scp.mode === 'online') {
      return {
        status: 'pass',
        message: 'The plan adds an Intune subscription and keeps the SCP in online mode, as Intune requires.',
        evidence: [ev],
        remediation: [],
        source,
      };
    }
    return {
      status: 'fail',
      message:
        'The plan puts the SCP in offline mode with an Intune subscription: adding the subscription forces online mode, ' +
        'and offline mode is not supported with Intune.',
      evidence: [ev],
      remediation: [
        'Plan the SCP in online mode (scp.mode: online) and allow its internet endpoints, including the Microsoft Intune group (check ' +
          '--intune).',
        `Console: Administration → Site Configuration → Servers and Site System Roles → ${plan.scp.server} → Service connection point ` +
          '→ Properties → Online, persistent connection.',
        `PowerShell (ConfigMgr module): Set-CMServiceConnectionPoint -SiteSystemServerName '${plan.scp.server}' -SiteCode ` +
          `'${plan.site.code}' -Mode Online`,
        'After changing the mode, restart the SMS_DMP_DOWNLOADER thread (Configuration Manager Service Manager) or the SMS_Executive ' +
          'service.',
        docLine(source.url),
      ],
      source,
    };
  },
};
