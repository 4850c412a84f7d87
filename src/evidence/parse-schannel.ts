import { InputError } from '../model/input-error.js';
import type { EvidenceText } from './decode-text.js';
import { parseDotnetTls, type RegKey } from './parse-dotnet-tls.js';
import { group } from '../model/match-group.js';

/** Section headers of schannel.txt, as the collect script writes them (src/rules/collect/script.ts). */
export const SCHANNEL_SECTIONS = {
  build: '[build]',
  policy: '[cipher-suite-order-policy]',
  cmdlet: '[get-tlsciphersuite]',
  protocols: '[schannel-protocols]',
} as const;

/** `Enabled` / `DisabledByDefault` of one `SCHANNEL\Protocols\<version>\Client` key, with the lines they came from. */
export interface ProtocolSetting {
  readonly enabled: number | null;
  readonly disabledByDefault: number | null;
  readonly lines: readonly string[];
}

/** The SCP host's Schannel client configuration, as collect found it. */
export interface SchannelEvidence {
  readonly kind: 'schannel';
  readonly file: string;
  /** `[Environment]::OSVersion.Version.Build`. */
  readonly build: number;
  /**
   * The "SSL Cipher Suite Order" policy, `HKLM\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002`
   * `Functions` (comma list): "Cipher suites not in the priority list will not be used". `null` when not set.
   */
  readonly policyFunctions: readonly string[] | null;
  /** The same key's `EccCurves` (REG_MULTI_SZ, Schannel curve names), or `null`. */
  readonly policyCurves: readonly string[] | null;
  /** `Get-TlsCipherSuite` names in order (Windows 10 1607 / Server 2016 and later), or `null` when unavailable. */
  readonly cmdletSuites: readonly string[] | null;
  /** Keyed by `TLS 1.0` … `TLS 1.3`, `SSL 3.0`: the `Client` subkeys that exist. */
  readonly protocols: ReadonlyMap<string, ProtocolSetting>;
}

/**
 * Parses schannel.txt: sections written by collect.ps1, each holding raw `reg query` output or cmdlet lines.
 * A file that is not one (no `[build]` section with a number) is an InputError naming the file and the fix.
 */
export function parseSchannel(text: EvidenceText): SchannelEvidence {
  const sections = new Map<string, { start: number; lines: string[] }>();
  let current: string[] | null = null;
  text.lines.forEach((line, i) => {
    const header = line.trim().toLowerCase();
    if ((Object.values(SCHANNEL_SECTIONS) as string[]).includes(header)) {
      current = [];
      sections.set(header, { start: i + 1, lines: current });
    } else current?.push(line);
  });
  const build = sections.get(SCHANNEL_SECTIONS.build);
  const buildText = build?.lines.find((l) => l.trim() !== '')?.trim() ?? '';
  if (!build || !/^\d+$/.test(buildText)) {
    throw new InputError(
      `line ${build ? build.start + 1 : 1}: not collect's schannel evidence (expected a "${SCHANNEL_SECTIONS.build}" section holding ` +
        `the Windows build number); run collect.ps1 again on the SCP host`,
      { file: text.file },
    );
  }
  const keys = (name: string): readonly RegKey[] => {
    const section = sections.get(name);
    const lines = section?.lines.filter((l) => l.trim() !== '') ?? [];
    if (!section || lines.length === 0) return [];
    try {
      return parseDotnetTls({ ...text, lines: section.lines, text: section.lines.join('\n') }).keys;
    } catch (error) {
      throw new InputError(`line ${section.start}: the ${name} section is not \`reg query\` output`, { file: text.file, cause: error });
    }
  };
  const policy = keys(SCHANNEL_SECTIONS.policy).find((k) => /\\SSL\\00010002$/i.test(k.path));
  const functions = policy?.values.get('functions');
  const curves = policy?.values.get('ecccurves');
  const cmdlet =
    sections
      .get(SCHANNEL_SECTIONS.cmdlet)
      ?.lines.map((l) => l.trim())
      .filter((l) => l !== '') ?? [];
  const cmdletSuites = cmdlet.length > 0 && cmdlet.every((l) => /^(TLS|SSL)_[A-Z0-9_]+$/.test(l)) ? cmdlet : null;
  const protocols = new Map<string, ProtocolSetting>();
  for (const key of keys(SCHANNEL_SECTIONS.protocols)) {
    const m = /\\Protocols\\([^\\]+)\\Client$/i.exec(key.path);
    if (!m) continue;
    const enabled = key.values.get('enabled');
    const off = key.values.get('disabledbydefault');
    protocols.set(
      group(m, 1)
        .toUpperCase()
        .replace(/^TLS\s*/, 'TLS ')
        .replace(/^SSL\s*/, 'SSL '),
      {
        enabled: enabled?.dword ?? null,
        disabledByDefault: off?.dword ?? null,
        lines: [key.line, ...[enabled, off].flatMap((v) => (v ? [v.line] : []))],
      },
    );
  }
  return {
    kind: 'schannel',
    file: text.file,
    build: Number(buildText),
    policyFunctions:
      functions && functions.data.trim() !== ''
        ? functions.data
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : null,
    policyCurves:
      curves && curves.data.trim() !== ''
        ? curves.data
            .split(/\\0|\s+/)
            .map((s) => s.trim())
            .filter(Boolean)
        : null,
    cmdletSuites,
    protocols,
  };
}
