import type { Argv } from 'yargs';
import { DEFAULT_EDITION, EDITION_IDS } from '../catalog/index.js';
import { FILE_FORMAT_NAMES } from '../report/file-formats.js';
import { CLIENT_PROFILE_CHOICES } from '../probes/client-profiles/choose.js';
import { DEADLINE_FLAG, parseDuration, TIMEOUT_FLAG } from './parse-duration.js';
import { withProxyOptions, type ProxyArgs } from './proxy-options.js';

/** Options shared by `check` and `demo` (the demo is a check against a simulated network). */
export interface CheckArgs extends ProxyArgs {
  readonly edition: string;
  readonly catalog: string | undefined;
  readonly intune: boolean;
  readonly 'tenant-id': string | undefined;
  readonly groups: string[];
  readonly 'dns-server': string[];
  readonly 'ca-file': string | undefined;
  readonly 'public-roots': string | undefined;
  /** Milliseconds (parse-duration.ts). */
  readonly timeout: number;
  /** Seconds. */
  readonly deadline: number;
  readonly concurrency: number;
  readonly strict: boolean;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly out: string;
  readonly format: string[];
  readonly plan: string | undefined;
  readonly only: 'all' | 'network' | 'rules';
  readonly waivers: string | undefined;
  readonly 'lab-addresses': string[];
  readonly summary: boolean;
  /** `--no-color` makes it false (yargs' boolean negation). */
  readonly color: boolean;
  readonly 'host-label': string | undefined;
  readonly 'client-profile': string | undefined;
}

/** Declares the check options on a yargs command; descriptions are the `--help` text and the README's. */
export function withCheckOptions<T>(yargs: Argv<T>): Argv<T & CheckArgs> {
  return withProxyOptions(yargs)
    .option('edition', {
      type: 'string',
      choices: EDITION_IDS,
      default: DEFAULT_EDITION,
      describe: 'Built-in endpoint list: the 2018 SCP document or the current Microsoft list',
    })
    .option('catalog', { type: 'string', describe: 'JSON/YAML endpoint list that replaces the built-in one' })
    .option('intune', { type: 'boolean', default: false, describe: 'Also probe the Microsoft Intune group' })
    .option('tenant-id', { type: 'string', describe: 'Azure AD tenant id for {TenantID} URLs (default: "common")' })
    .option('groups', {
      type: 'string',
      array: true,
      default: [],
      describe: 'Optional groups to include, comma-separated (e.g. tenant-attach,certificate-revocation, or all)',
    })
    .option('dns-server', {
      type: 'string',
      array: true,
      default: [],
      describe: 'DNS server ip[:port] to ask instead of the system resolvers (repeatable)',
    })
    .option('ca-file', {
      type: 'string',
      describe: 'PEM roots to trust that are NOT public (e.g. your TLS inspection CA): chains through them are TLS_INTERCEPTED',
    })
    .option('public-roots', { type: 'string', describe: 'PEM roots to treat as public (labs, sovereign clouds)' })
    .option('timeout', {
      type: 'string',
      default: 8000,
      coerce: (v: unknown) => parseDuration(v, TIMEOUT_FLAG),
      describe: 'Per-stage timeout: 8s, 8000ms, 1.5s (a bare number is milliseconds; at least 100 ms)',
    })
    .option('deadline', {
      type: 'string',
      default: 300,
      coerce: (v: unknown) => Math.ceil(parseDuration(v, DEADLINE_FLAG) / 1000),
      describe: 'Whole-run bound: 300s, 5m (a bare number is seconds)',
    })
    .option('concurrency', {
      type: 'number',
      default: 32,
      describe:
        'TLS handshakes and HTTP exchanges in flight at once (the CPU-bound part); meanwhile up to 1,024 probes (at least this many) resolve and connect, so a black-holed endpoint never holds a slot',
    })
    .option('strict', { type: 'boolean', default: false, describe: 'Count warnings as failures' })
    .option('json', { type: 'boolean', default: false, describe: 'Print the JSON report on stdout (and nothing else)' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Print only the verdict line' })
    .option('out', { type: 'string', default: 'reports', describe: 'Folder for report files' })
    .option('format', {
      type: 'string',
      array: true,
      default: ['json', 'html'],
      describe: `Report files to write, comma-separated: ${FILE_FORMAT_NAMES.join(', ')}, or all`,
    })
    .option('color', {
      type: 'boolean',
      default: true,
      describe: 'Colour the console on a terminal; --no-color (like the NO_COLOR variable) turns it off',
    })
    .option('plan', { type: 'string', describe: 'Site plan (YAML/JSON) for the prerequisite rules' })
    .option('only', {
      type: 'string',
      choices: ['all', 'network', 'rules'] as const,
      default: 'all' as const,
      describe: 'Run only the network probes or only the rules',
    })
    .option('waivers', { type: 'string', describe: 'YAML/JSON list of accepted failures with reason, ticket and expiry' })
    .option('summary', {
      type: 'boolean',
      default: false,
      describe: 'Print one JSON summary object of at most 4,096 bytes on stdout (for ConfigMgr Run Scripts), and nothing else',
    })
    .option('host-label', {
      type: 'string',
      describe: 'A name to record for this run in the report host block (fleet fixtures, lab copies); the real host name is kept beside it',
    })
    .option('client-profile', {
      type: 'string',
      choices: CLIENT_PROFILE_CHOICES,
      describe:
        "TLS client to imitate: a Windows Server version's Schannel defaults (versions, cipher suites in order, curves, signature algorithms), node (OpenSSL's full set), or all (a \"which Windows versions can reach it\" matrix). Default: the collect evidence's Schannel configuration, else this Windows version, else node",
    })
    .option('lab-addresses', {
      type: 'string',
      array: true,
      default: [],
      describe:
        'For test labs only: CIDR ranges (comma-separated) whose DNS answers are probed as real endpoints instead of failing as DNS_SINKHOLED (0.0.0.0/8 and :: always fail)',
    }) as unknown as Argv<T & CheckArgs>;
}
