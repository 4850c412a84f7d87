import { InputError } from '../model/input-error.js';
import type { EvidenceText } from './decode-text.js';

/** One certificate of the SCP host's machine root stores, as the collect script writes it. */
export interface StoredRoot {
  /** `Root` (Trusted Root Certification Authorities) or `AuthRoot` (Third-Party Root Certification Authorities). */
  readonly store: string;
  /** SHA-1, upper-case hex without separators (Windows' `Thumbprint`). */
  readonly thumbprint: string;
  /** SHA-256 of the DER, upper-case hex without separators; `null` when not collected. */
  readonly sha256: string | null;
  readonly subject: string;
}

/** The SCP host's `LocalMachine\Root` (and `AuthRoot`) store and its automatic root update policy. */
export interface RootStore {
  readonly kind: 'root-store';
  readonly file: string;
  readonly roots: readonly StoredRoot[];
  /**
   * `HKLM\SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot` `DisableRootAutoUpdate`: 1 = Windows does not
   * fetch missing roots from Windows Update; 0 or absent (`null`) = it does.
   */
  readonly disableRootAutoUpdate: number | null;
  /** Whether the policy was collected at all (a bare certificate list says nothing about it). */
  readonly policyKnown: boolean;
}

const HEX = /^[0-9A-F]+$/;

/**
 * Parses root-store.json as `scp-preflight collect` writes it (`{ disableRootAutoUpdate, roots: [{ store, thumbprint,
 * sha256, subject }] }`), or a hand-made `Get-ChildItem Cert:\LocalMachine\Root | Select-Object Thumbprint, Subject |
 * ConvertTo-Json` (an array, or one object; the policy then unknown). Key case does not matter (PowerShell writes
 * PascalCase). Anything else is an InputError naming the file and the expected form.
 */
export function parseRootStore(text: EvidenceText): RootStore {
  const expected =
    'expected root-store.json from scp-preflight collect, or Get-ChildItem Cert:\\LocalMachine\\Root | Select-Object Thumbprint, ' +
    'Subject | ConvertTo-Json';
  let data: unknown;
  try {
    data = JSON.parse(text.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message}); ${expected}`, { file: text.file });
  }
  const top = isRecord(data) ? lowerKeys(data) : null;
  const list: unknown = Array.isArray(data) ? data : top && 'roots' in top ? top.roots : top && 'thumbprint' in top ? [data] : undefined;
  if (!Array.isArray(list)) throw new InputError(`no list of root certificates found; ${expected}`, { file: text.file });
  const roots = list.map((item, i): StoredRoot => {
    const o = isRecord(item) ? lowerKeys(item) : null;
    const thumbprint = typeof o?.thumbprint === 'string' ? o.thumbprint.replace(/[\s:]/g, '').toUpperCase() : '';
    if (thumbprint.length !== 40 || !HEX.test(thumbprint)) {
      throw new InputError(`root #${i + 1} has no 40-digit hex Thumbprint (${JSON.stringify(o?.thumbprint ?? null)}); ${expected}`, {
        file: text.file,
      });
    }
    const sha = typeof o?.sha256 === 'string' ? o.sha256.replace(/[\s:-]/g, '').toUpperCase() : null;
    return {
      store: typeof o?.store === 'string' ? o.store : 'Root',
      thumbprint,
      sha256: sha !== null && sha.length === 64 && HEX.test(sha) ? sha : null,
      subject: typeof o?.subject === 'string' ? o.subject : '',
    };
  });
  const policyKnown = top !== null && 'disablerootautoupdate' in top;
  const policy = top?.disablerootautoupdate;
  const disableRootAutoUpdate =
    typeof policy === 'number' ? policy : typeof policy === 'string' && /^\d+$/.test(policy) ? Number(policy) : null;
  return { kind: 'root-store', file: text.file, roots, disableRootAutoUpdate, policyKnown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lowerKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
}
