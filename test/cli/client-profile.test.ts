import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { Report } from '../../src/model/report.js';
import { planYaml, writePlan } from '../rules/helpers.js';
import { runCli } from './run-cli.js';

// Issue 11 §1: evidence overrides defaults, a flag overrides evidence; a broken schannel file is bad input (exit 2).
const out = () => mkdtempSync(join(tmpdir(), 'scp-preflight-profile-'));
const plan = (schannel: string) => writePlan(planYaml({ evidence: { schannel } }));

t.test("with collect's schannel evidence the profile is the host's real configuration, and the report says so", async (t) => {
  const file = plan('schannel/policy-2022.txt');
  const run = await runCli(['check', '--plan', file, '--only', 'rules', '--json', '--out', out()]);
  t.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  t.match(report.settings.clientProfile, { id: 'host', chosenBy: 'evidence', title: /Windows build 20348/ });
  t.match(report.settings.clientProfile?.remarks.join('\n'), /SSL Cipher Suite Order/);
  t.match(report.settings.clientProfile?.offered, /^host: TLSv1\.2 to TLSv1\.2, 3 suites/);
  const flagged = await runCli(['check', '--plan', file, '--only', 'rules', '--json', '--client-profile', 'windows-2016', '--out', out()]);
  t.match((JSON.parse(flagged.stdout) as Report).settings.clientProfile, { id: 'windows-2016', chosenBy: 'flag' });
  const console = await runCli(['check', '--plan', file, '--only', 'rules', '--out', out()]);
  t.match(
    console.stdout.replace(/\n +/g, ' '),
    new RegExp(
      String.raw`TLS client: host \(this SCP host's Schannel configuration \(Windows build 20348\)\), the SCP host's` +
        String.raw` own Schannel configuration, read from collect evidence`,
    ),
  );
});

t.test('a file that is not schannel evidence stops the run before anything is written', async (t) => {
  const dir = out();
  const run = await runCli(['check', '--plan', plan('schannel/not-schannel.txt'), '--only', 'rules', '--out', dir]);
  t.equal(run.code, 2);
  t.match(run.stderr, /not-schannel\.txt: line 1: not collect's schannel evidence/);
  t.equal(run.stderr.trim().split('\n').length, 1, 'one line');
  t.same(readdirSync(dir), [], 'nothing written');
});
