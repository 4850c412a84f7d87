import { DEFAULT_EDITION, EDITION_IDS } from '../catalog/edition-ids.js';
import { CLIENT_PROFILE_CHOICES } from '../probes/client-profiles/profile-ids.js';
import { FILE_FORMAT_NAMES } from '../report/file-format-names.js';
import type { ArgsOf, OptionRegistry } from './option-registry.js';
import { DEADLINE_FLAG, parseDuration, TIMEOUT_FLAG } from './parse-duration.js';
import type { ProxyArgs } from './proxy-options.js';

/**
 * The options `check` and `demo` share besides the proxy ones (the demo is a check against a simulated network), in
 * their `--help` order after them. `--timeout` arrives in milliseconds, `--deadline` in seconds (parse-duration.ts);
 * `--no-color` makes `color` false (yargs' boolean negation).
 */
export const checkOptions = {
  edition: {
    type: 'string',
    choices: EDITION_IDS,
    default: DEFAULT_EDITION,
    describe: 'Built-in endpoint list: the 2018 SCP document or the current Microsoft list',
  },
  catalog: { type: 'string', describe: 'JSON/YAML endpoint list that replaces the built-in one' },
  intune: { type: 'boolean', default: false, describe: 'Also probe the Microsoft Intune group' },
  'tenant-id': { type: 'string', describe: 'Azure AD tenant id for {TenantID} URLs (default: "common")' },
  groups: {
    type: 'string',
    array: true,
    default: [],
    describe: 'Optional groups to include, comma-separated (e.g. tenant-attach,certificate-revocation, or all)',
  },
  'dns-server': {
    type: 'string',
    array: true,
    default: [],
    describe: 'DNS server ip[:port] to ask instead of the system resolvers (repeatable)',
  },
  'ca-file': {
    type: 'string',
    describe: 'PEM roots to trust that are NOT public (e.g. your TLS inspection CA): chains through them are TLS_INTERCEPTED',
  },
  'public-roots': { type: 'string', describe: 'PEM roots to treat as public (labs, sovereign clouds)' },
  timeout: {
    type: 'string',
    default: 8000,
    coerce: (v: unknown) => parseDuration(v, TIMEOUT_FLAG),
    describe: 'Per-stage timeout: 8s, 8000ms, 1.5s (a bare number is milliseconds; at least 100 ms)',
  },
  deadline: {
    type: 'string',
    default: 300,
    coerce: (v: unknown) => Math.ceil(parseDuration(v, DEADLINE_FLAG) / 1000),
    describe: 'Whole-run bound: 300s, 5m (a bare number is seconds)',
  },
  concurrency: {
    type: 'number',
    default: 32,
    describe:
      'TLS handshakes and HTTP exchanges in flight at once (the CPU-bound part); meanwhile up to 2,048 probes ' +
      '(fewer under a low open-files limit) resolve, connect and wait for a slot, so a black-holed endpoint never holds one',
  },
  strict: { type: 'boolean', default: false, describe: 'Count warnings as failures' },
  json: { type: 'boolean', default: false, describe: 'Print the JSON report on stdout (and nothing else)' },
  quiet: { type: 'boolean', default: false, describe: 'Print only the verdict line' },
  out: { type: 'string', default: 'reports', describe: 'Folder for report files' },
  format: {
    type: 'string',
    array: true,
    default: ['json', 'html'],
    describe: `Report files to write, comma-separated: ${FILE_FORMAT_NAMES.join(', ')}, or all`,
  },
  color: {
    type: 'boolean',
    default: true,
    describe: 'Colour the console on a terminal; --no-color (like the NO_COLOR variable) turns it off',
  },
  plan: { type: 'string', describe: 'Site plan (YAML/JSON) for the prerequisite rules' },
  only: {
    type: 'string',
    choices: ['all', 'network', 'rules'],
    default: 'all',
    describe: 'Run only the network probes or only the rules',
  },
  waivers: { type: 'string', describe: 'YAML/JSON list of accepted failures with reason, ticket and expiry' },
  summary: {
    type: 'boolean',
    default: false,
    describe: 'Print one JSON summary object of at most 4,096 bytes on stdout (for ConfigMgr Run Scripts), and nothing else',
  },
  'host-label': {
    type: 'string',
    describe: 'A name to record for this run in the report host block (fleet fixtures, lab copies); the real host name is kept beside it',
  },
  'client-profile': {
    type: 'string',
    choices: CLIENT_PROFILE_CHOICES,
    describe:
      "TLS client to imitate: a Windows Server version's Schannel defaults (versions, cipher suites in order, curves, " +
      'signature algorithms), node (OpenSSL\'s full set), or all (a "which Windows versions can reach it" matrix). Default: ' +
      "the collect evidence's Schannel configuration, else this Windows version, else node",
  },
  'lab-addresses': {
    type: 'string',
    array: true,
    default: [],
    describe:
      'For test labs only: CIDR ranges (comma-separated) whose DNS answers are probed as real endpoints instead of failing as ' +
      'DNS_SINKHOLED (0.0.0.0/8 and :: always fail)',
  },
} as const satisfies OptionRegistry;

/** The parsed options of `check` and `demo`. */
export type CheckArgs = ProxyArgs & ArgsOf<typeof checkOptions>;
