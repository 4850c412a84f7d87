import { planEndpoints } from '../catalog/plan.js';
import { startSimulatedInternet } from '../demo/simulated-internet.js';
import { parseFormats } from '../report/file-format-names.js';
import { buildCheckInput, readCheckFiles } from './build-check-input.js';
import type { CheckArgs } from './check-options.js';
import { refuseRealLatest } from './demo-out.js';
import { ignoredByDemoNote, type ReplacedByDemo } from './demo-ignored.js';
import { executeCheck } from './execute-check.js';

/**
 * `scp-preflight demo`'s run: the simulated internet on loopback, then the normal check against it. Loaded only when
 * the command runs (commands/demo.ts declares its options), like `check`'s run (issue 10: start-up).
 */
export async function runDemo(argv: CheckArgs): Promise<void> {
  // Read and validate the user's files first, so bad input fails before any server starts.
  const files = readCheckFiles(argv);
  refuseRealLatest(argv.out, parseFormats(argv.format));
  const internet = await startSimulatedInternet(planEndpoints(files.catalog, files.planOptions));
  try {
    // The simulated site's own route replaces any proxy flags or variables: the demo never leaves loopback.
    const site: Pick<CheckArgs, ReplacedByDemo> = {
      'dns-server': [internet.dnsServer],
      'public-roots': internet.rootFile,
      proxy: undefined,
      winhttp: undefined,
      pac: internet.proxy.pacFile,
      'proxy-user': internet.proxy.user,
      'proxy-password-file': internet.proxy.passwordFile,
    };
    const args: CheckArgs = { ...argv, ...site, 'lab-addresses': [...argv['lab-addresses'], ...internet.labAddresses] };
    const input = buildCheckInput(args, files, { simulation: true, dialPort: internet.dialPort });
    if (!argv.json && !argv.quiet && !argv.summary) {
      const f = internet.faults;
      const faults = [
        f.nxdomain && `${f.nxdomain} does not exist (NXDOMAIN)`,
        f.refused && `${f.refused} refuses connections`,
        f.blackHoled && `${f.blackHoled} is black-holed`,
        f.expiredCertificate && `${f.expiredCertificate} has an expired certificate`,
        f.deniedByProxy && `the proxy denies ${f.deniedByProxy}`,
      ].filter(Boolean);
      process.stderr.write(
        'SIMULATION: probing a simulated internet on 127.0.0.1 (DNS, TLS and HTTP servers and a proxy started by this ' +
          'command), not the real network.\n' +
          'Route: a PAC file sends *.microsoft.com and *.microsoftonline.com through an authenticating proxy ' +
          `(${internet.proxy.url}, Basic, user ${internet.proxy.user}); everything else goes direct.\n` +
          `Deliberate faults: ${faults.join('; ')}.\n`,
      );
    }
    // Even with --json or --quiet (stderr only, so stdout stays clean JSON): the results differ from a full demo.
    for (const line of internet.leftOut) process.stderr.write(`note: demo fault left out: ${line}.\n`);
    const ignored = ignoredByDemoNote(argv);
    if (ignored !== null) process.stderr.write(`${ignored}\n`);
    process.exitCode = await executeCheck(args, input);
  } finally {
    await internet.close();
  }
}
