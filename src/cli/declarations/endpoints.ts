import { DEFAULT_EDITION, EDITION_IDS } from '../../catalog/edition-ids.js';
import type { CommandDeclaration } from '../command-declaration.js';
import { commandUsage } from '../commands/usage.js';
import type { ArgsOf, OptionRegistry } from '../option-registry.js';

/** The options of `endpoints`, in their `--help` order. */
export const endpointsOptions = {
  edition: { type: 'string', choices: EDITION_IDS, default: DEFAULT_EDITION, describe: 'Built-in endpoint list' },
  catalog: { type: 'string', describe: 'JSON/YAML endpoint list that replaces the built-in one' },
  intune: { type: 'boolean', default: false, describe: 'Include the Microsoft Intune group' },
  'tenant-id': { type: 'string', describe: 'Tenant id for {TenantID} URLs' },
  groups: { type: 'string', array: true, default: [], describe: 'Optional groups to include, comma-separated, or all' },
  format: {
    type: 'string',
    choices: ['table', 'json', 'csv'],
    default: 'table',
    describe: 'Output format',
  },
} as const satisfies OptionRegistry;

/** The arguments `endpoints`'s handler gets. */
export type EndpointsArgs = ArgsOf<typeof endpointsOptions>;

/** `scp-preflight endpoints`: what the firewall must allow, without probing; what its builder declares and its `--help` shows. */
export const endpointsDeclaration = {
  ...commandUsage.endpoints,
  positionals: {},
  options: endpointsOptions,
  examples: [],
} as const satisfies CommandDeclaration;
