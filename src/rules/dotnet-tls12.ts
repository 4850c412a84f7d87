import type { DotnetTls, RegKey } from '../evidence/parse-dotnet-tls.js';
import { docLine } from './rule-helpers.js';
import { TLS_DOC } from './sources.js';
import type { Rule } from './types.js';

const VERSION = 'v4.0.30319';
const NAMES = ['SchUseStrongCrypto', 'SystemDefaultTlsVersions'] as const;
const VIEWS = [
  { view: '64-bit', path: 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' },
  { view: '32-bit', path: 'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319' },
] as const;

interface Check {
  readonly view: string;
  readonly path: string;
  readonly name: string;
  readonly ok: boolean;
  readonly found: string;
}

/** Judges each value in each view, and collects the key and value lines it judged, in file order per view. */
function inspect(tls: DotnetTls): { checks: Check[]; lines: string[] } {
  const out: Check[] = [];
  const lines: string[] = [];
  for (const { view, path } of VIEWS) {
    // The last key wins when a file holds the same key twice (a later query reflects a later state).
    const key: RegKey | undefined = tls.keys.filter((k) => k.view === view && k.version?.toLowerCase() === VERSION).at(-1);
    if (key) lines.push(key.line);
    for (const name of NAMES) {
      const v = key?.values.get(name.toLowerCase());
      if (v) lines.push(v.line);
      const found =
        key === undefined
          ? 'key not in the evidence (absent, or not collected)'
          : v === undefined
            ? 'not set'
            : v.type !== 'REG_DWORD'
              ? `${v.type} ${v.data} (must be REG_DWORD)`
              : `${v.data} (${v.dword})`;
      out.push({ view, path, name, ok: v?.type === 'REG_DWORD' && v.dword === 1, found });
    }
  }
  return { checks: out, lines };
}

/**
 * SCP-DOTNET-TLS12: the current documentation has every site system that talks TLS 1.2 set `SystemDefaultTlsVersions`
 * and `SchUseStrongCrypto` to 1 under `.NETFramework\v4.0.30319`, in the 64-bit view and (for 32-bit applications)
 * under `Wow6432Node`. The 2018 document predates this, so under edition 2018 a gap is a warning.
 */
export const dotnetTls12: Rule = {
  id: 'SCP-DOTNET-TLS12',
  title: '.NET Framework uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions in both registry views)',
  source: () => TLS_DOC,
  check({ plan, edition, evidence }) {
    const source = TLS_DOC;
    const doc = docLine(`${source.url}#bkmk_net`);
    const tls = evidence.dotnetTls;
    if (tls === null) {
      return {
        status: 'skip',
        message: `No .NET registry evidence from ${plan.scp.server}: cannot tell whether .NET uses TLS 1.2.`,
        evidence: [],
        remediation: [
          `On ${plan.scp.server} (cmd.exe): reg query "${VIEWS[0].path}" /reg:64 > dotnet-tls.txt` +
            ` & reg query "${VIEWS[1].path}" /reg:64 >> dotnet-tls.txt`,
          'Then add to the plan: evidence: { dotnetTls: dotnet-tls.txt }',
          doc,
        ],
        source,
      };
    }
    const { checks, lines } = inspect(tls);
    const bad = checks.filter((c) => !c.ok);
    if (bad.length > 0) lines.push(...tls.errors);
    const ev = [{ file: tls.file, lines }];
    if (bad.length === 0) {
      return {
        status: 'pass',
        message:
          `SchUseStrongCrypto and SystemDefaultTlsVersions are 1 for .NET ${VERSION} in the 64-bit and 32-bit (Wow6432Node) registry ` +
          `views.`,
        evidence: ev,
        remediation: [],
        source,
      };
    }
    const found = bad.map((c) => `${c.view} ${c.name}: ${c.found}`).join('; ');
    return {
      status: edition === 'current' ? 'fail' : 'warn',
      message:
        `.NET ${VERSION} is not set up for TLS 1.2 on ${plan.scp.server}: ${found}.` +
        (edition === '2018'
          ? ' The 2018 document does not state this requirement; current documentation does, and the cloud service requires TLS 1.2.'
          : ''),
      evidence: ev,
      remediation: [
        `On ${plan.scp.server}, elevated (cmd or PowerShell):`,
        ...bad.map((c) => `reg add "${c.path}" /v ${c.name} /t REG_DWORD /d 1 /f /reg:64`),
        'Then restart the computer (SchUseStrongCrypto takes effect after a restart). Set the same values under v2.0.50727 for .NET ' +
          '3.5 applications.',
        doc,
      ],
      source,
    };
  },
};
