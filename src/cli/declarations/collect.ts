import type { CommandDeclaration } from '../command-declaration.js';
import { commandUsage } from '../commands/usage.js';
import type { ArgsOf, OptionRegistry } from '../option-registry.js';

/** The options of `collect`, in their `--help` order. */
export const collectOptions = {
  script: {
    type: 'boolean',
    default: false,
    describe: 'Print the PowerShell script (Windows PowerShell 5.1 compatible) to run on the SCP host',
  },
  out: {
    type: 'string',
    describe: 'On Windows: run the collection here and write the evidence files and plan.yaml into DIR',
  },
  'timeout-s': { type: 'number', default: 300, describe: 'Upper bound for the collection run (--out)' },
  'run-script': {
    type: 'boolean',
    default: false,
    describe:
      'Print the PowerShell script to paste into ConfigMgr Run Scripts: runs scp-preflight check --summary as SYSTEM on each target',
  },
  executable: {
    type: 'string',
    describe: '--run-script: default of its Executable parameter (scp-preflight.exe, local or \\\\server\\share)',
  },
  'output-share': {
    type: 'string',
    describe: '--run-script: default of its OutputShare parameter (full reports go to <share>\\<computer>)',
  },
  edition: { type: 'string', describe: '--run-script: default of its Edition parameter' },
  proxy: { type: 'string', describe: '--run-script: default of its Proxy parameter (a proxy URL, or winhttp)' },
  sha256: {
    type: 'string',
    describe: '--run-script: default of its ExpectedSha256 parameter (the executable is run only if it matches)',
  },
  deadline: { type: 'number', describe: '--run-script: default of its DeadlineSeconds parameter (30..3000)' },
} as const satisfies OptionRegistry;

/** The arguments `collect`'s handler gets. */
export type CollectArgs = ArgsOf<typeof collectOptions>;

/** `scp-preflight collect`: evidence from the SCP host; what its builder declares and its `--help` shows. */
export const collectDeclaration = {
  ...commandUsage.collect,
  positionals: {},
  options: collectOptions,
  examples: [
    [
      '$0 collect --script > collect.ps1',
      'then on the SCP host: powershell -ExecutionPolicy Bypass -File collect.ps1 -OutDir C:\\Temp\\scp-evidence',
    ],
    ['$0 collect --out C:\\Temp\\scp-evidence', 'on the SCP host itself (Windows)'],
    [
      '$0 collect --run-script --executable \\\\fs01\\tools\\scp-preflight.exe --output-share \\\\fs01\\scp-reports > run-scripts.ps1',
      'then Software Library > Scripts > Create Script (docs/run-scripts.md)',
    ],
  ],
} as const satisfies CommandDeclaration;
