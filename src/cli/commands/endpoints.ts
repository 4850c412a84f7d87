import type { Argv, CommandModule } from 'yargs';
import { editions } from '../../catalog/index.js';
import type { PlannedEndpoint } from '../../catalog/plan.js';
import { declareCommand } from '../command-declaration.js';
import { endpointsDeclaration, type EndpointsArgs } from '../declarations/endpoints.js';

/** One line of what the firewall must allow (one per documented entry × port; wildcards stay wildcards). */
function rowsOf(endpoints: readonly PlannedEndpoint[]) {
  const seen = new Set<string>();
  return endpoints.flatMap((e) => {
    const key = `${e.group}|${e.entry}|${e.port}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        entry: e.entry,
        host: e.pattern,
        port: e.port,
        protocol: `TCP/${e.scheme.toUpperCase()}`,
        group: e.groupTitle,
        wildcard: e.wildcard,
        source: `${e.provenance.title} (${e.provenance.date}) ${e.provenance.url}`,
      },
    ];
  });
}

/** `scp-preflight endpoints`: prints what the firewall must allow, without probing anything. */
export const endpointsCommand: CommandModule<object, EndpointsArgs> = {
  command: endpointsDeclaration.command,
  describe: endpointsDeclaration.describe,
  builder: (yargs: Argv<object>) => declareCommand<EndpointsArgs>(yargs, endpointsDeclaration),
  handler: async (argv) => {
    // What the command does loads when it runs, not for its --help (issue 10: start-up).
    const [
      { renderTextTable },
      { consoleWidth, contentWidth, fitColumns },
      { wrapText },
      { loadCatalogFile },
      { planEndpoints },
      { csvField },
    ] = await Promise.all([
      import('../../report/text-table.js'),
      import('../../report/console-layout.js'),
      import('../../report/console-wrap.js'),
      import('../../catalog/load-file.js'),
      import('../../catalog/plan.js'),
      import('../../report/csv.js'),
    ]);
    const catalog = argv.catalog ? loadCatalogFile(argv.catalog) : editions[argv.edition];
    const plan = planEndpoints(catalog, {
      intune: argv.intune,
      tenantId: argv['tenant-id'] ?? null,
      groups: argv.groups
        .flatMap((g) => g.split(','))
        .map((g) => g.trim())
        .filter(Boolean),
    });
    const rows = rowsOf(plan.endpoints);
    if (argv.format === 'json') {
      process.stdout.write(`${JSON.stringify({ edition: plan.edition, provenance: plan.provenance, endpoints: rows }, null, 2)}\n`);
      return;
    }
    if (argv.format === 'csv') {
      const head = ['entry', 'host', 'port', 'protocol', 'group', 'wildcard', 'source'];
      process.stdout.write(
        [head, ...rows.map((r) => [r.entry, r.host, String(r.port), r.protocol, r.group, String(r.wildcard), r.source])]
          .map((row) => row.map(csvField).join(','))
          .join('\r\n') + '\r\n',
      );
      return;
    }
    // Built-in editions have one source document (printed above the table); a custom catalog may mix several.
    const mixed = new Set(rows.map((r) => r.source)).size > 1;
    // The table fits the terminal (120 columns in a pipe): long entries and hosts wrap after a dot or a slash.
    const widths = fitColumns(consoleWidth(process.stdout.columns), [
      { weight: 3 },
      { weight: 3 },
      7,
      11,
      { weight: 2 },
      ...(mixed ? [{ weight: 2 }] : []),
    ]);
    const cell = (i: number, text: string): string => {
      const width = widths[i];
      if (width === undefined) throw new Error(`endpoints table: cell ${i} has no column`);
      return wrapText(text, contentWidth(width)).join('\n');
    };
    const head = ['Entry (as documented)', 'Host', 'Port', 'Protocol', 'Group', ...(mixed ? ['Source'] : [])];
    const body = rows.map((r) =>
      [r.entry, r.host, String(r.port), r.protocol, r.group, ...(mixed ? [r.source] : [])].map((text, i) => cell(i, text)),
    );
    // No line between rows, no colour: a list to read, grep or paste into a change request.
    const table = renderTextTable(
      head.map((h, i) => cell(i, h)),
      body,
      { widths, color: false },
    );
    process.stdout.write(`Edition ${plan.edition}: ${plan.provenance.title} (${plan.provenance.date})\n${plan.provenance.url}\n${table}\n`);
  },
};
