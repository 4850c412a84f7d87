/**
 * Every subcommand's usage and one-line description: what top-level `--help` lists (top-level-help.ts). Data only,
 * so that what answers `--help` (main.ts, and the executables' launcher, sea-main.ts) loads no command module. Each
 * command's declaration (declarations/) starts from its line here, and its module takes usage and description from
 * that declaration: one text per command.
 */
export const commandUsage = {
  check: {
    command: 'check',
    describe: 'Probe every endpoint the SCP needs from this host, along its real route, and judge the prerequisites',
  },
  demo: {
    command: 'demo',
    describe: 'Run the same check against a built-in simulated network on loopback (no internet needed)',
  },
  endpoints: {
    command: 'endpoints',
    describe: 'List what the firewall must allow (entry, host, port, protocol, group, source) without probing',
  },
  render: {
    command: 'render <report>',
    describe: 'Re-render a saved JSON report as HTML, CSV, JUnit, Markdown or JSON files',
  },
  diff: {
    command: 'diff <old> <new>',
    describe: 'Compare two saved JSON reports (e.g. before and after a firewall change); exit 1 if anything regressed',
  },
  collect: {
    command: 'collect',
    describe:
      'Evidence from the SCP host: print the PowerShell collection script (--script), or run it on Windows (--out DIR); or ' +
      'print the ConfigMgr Run Scripts script (--run-script)',
  },
  merge: {
    command: 'merge [reports..]',
    describe:
      'Merge saved JSON reports of many hosts into one fleet report: host × endpoint matrix, one firewall request naming the ' +
      'source hosts, what differs',
  },
} satisfies Record<string, CommandUsage>;

/** How a command is shown in the top-level help. */
export interface CommandUsage {
  readonly command: string;
  readonly describe: string;
}
