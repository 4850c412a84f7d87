import type { CommandModule } from 'yargs';

/**
 * Every subcommand: its usage and one-line description (what top-level `--help` lists) and how to load the rest.
 * A command's module, with its options, is loaded only when that command runs or its own `--help` is asked for, and
 * what the command does (the probes, the reporters, PAC, forge) only in its handler, so `--help` loads neither and
 * `check --help` only the options (issue 10: start-up within 2× `node -e 0`; main.ts answers top-level help).
 * The lines here repeat the modules' own `command` and `describe`; test/cli/commands-index.test.ts holds them equal.
 * Adding a command is a file plus an entry here.
 */
export const commands = {
  check: {
    command: 'check',
    describe: 'Probe every endpoint the SCP needs from this host, along its real route, and judge the prerequisites',
    load: async () => (await import('./check.js')).checkCommand,
  },
  demo: {
    command: 'demo',
    describe: 'Run the same check against a built-in simulated network on loopback (no internet needed)',
    load: async () => (await import('./demo.js')).demoCommand,
  },
  endpoints: {
    command: 'endpoints',
    describe: 'List what the firewall must allow (entry, host, port, protocol, group, source) without probing',
    load: async () => (await import('./endpoints.js')).endpointsCommand,
  },
  render: {
    command: 'render <report>',
    describe: 'Re-render a saved JSON report as HTML, CSV, JUnit, Markdown or JSON files',
    load: async () => (await import('./render.js')).renderCommand,
  },
  diff: {
    command: 'diff <old> <new>',
    describe: 'Compare two saved JSON reports (e.g. before and after a firewall change); exit 1 if anything regressed',
    load: async () => (await import('./diff.js')).diffCommand,
  },
  collect: {
    command: 'collect',
    describe:
      'Evidence from the SCP host: print the PowerShell collection script (--script), or run it on Windows (--out DIR); or ' +
      'print the ConfigMgr Run Scripts script (--run-script)',
    load: async () => (await import('./collect.js')).collectCommand,
  },
  merge: {
    command: 'merge [reports..]',
    describe:
      'Merge saved JSON reports of many hosts into one fleet report: host × endpoint matrix, one firewall request naming the ' +
      'source hosts, what differs',
    load: async () => (await import('./merge.js')).mergeCommand,
  },
} satisfies Record<string, LazyCommand>;

/** A command yargs can list without loading it. */
export interface LazyCommand {
  readonly command: string;
  readonly describe: string;
  // The modules type their own arguments; yargs hands each command the argv its builder declared.
  readonly load: () => Promise<CommandModule<object, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
