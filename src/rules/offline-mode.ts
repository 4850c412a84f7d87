import { docLine, planEvidence } from './rule-helpers.js';
import { scpDoc, SERVICE_CONNECTION_TOOL_URL } from './sources.js';
import type { Rule } from './types.js';

/**
 * SCP-OFFLINE-MODE: in offline mode "the service connection point does not connect to the Microsoft cloud
 * service"; updates are imported with the service connection tool. The SCP host's internet results are then
 * informational (`networkIsInformational`): the internet checks belong on the computer that runs the tool's
 * connect phase.
 */
export const offlineMode: Rule = {
  id: 'SCP-OFFLINE-MODE',
  title: 'Mode of operation: online, or offline with the service connection tool',
  source: scpDoc,
  check({ plan, edition, endpoints, networkChecked }) {
    const source = scpDoc(edition);
    const ev = planEvidence(plan, 'scp.server', 'scp.mode');
    if (plan.scp.mode === 'online') {
      return {
        status: 'pass',
        message:
          `The SCP runs online${plan.scp.modeGiven ? '' : ' (scp.mode not set; online, the default, assumed)'}: it checks for updates ` +
          `every 24 hours, so ${plan.scp.server} itself must reach the internet endpoints and the network results count toward the ` +
          `verdict.`,
        evidence: [ev],
        remediation: [],
        source,
      };
    }
    const failing = endpoints.filter((e) => e.status === 'fail').length;
    const net = !networkChecked
      ? 'No network checks ran in this report.'
      : `The ${endpoints.length} endpoint result(s) of this run${failing > 0 ? `, ${failing} of them failing,` : ''} are ` +
        `informational and do not affect the verdict.`;
    return {
      status: 'pass',
      message:
        `The SCP runs offline: it does not connect to the Microsoft cloud service, and updates are imported with the service ` +
        `connection tool. ${net} The internet checks belong on the computer that runs the tool's connect phase.`,
      evidence: [ev],
      remediation: [
        'On the SCP, elevated, from SMSSETUP\\TOOLS\\ServiceConnectionTool: ServiceConnectionTool.exe -prepare -usagedatadest ' +
          'D:\\USB\\UsageData.cab',
        'On a computer with internet access (run scp-preflight check there, with the same proxy): ServiceConnectionTool.exe -connect ' +
          '-usagedatasrc D:\\USB -updatepackdest D:\\USB\\UpdatePacks [-proxyserveruri proxy.contoso.com -proxyusername user]',
        'Back on the SCP: ServiceConnectionTool.exe -import -updatepacksrc D:\\USB\\UpdatePacks, ' +
          'then install the update from Administration → Updates and Servicing.',
        docLine(SERVICE_CONNECTION_TOOL_URL[edition]),
        docLine(source.url),
      ],
      source,
    };
  },
};
