import { InputError } from '../model/input-error.js';
import type { EvidenceText } from './decode-text.js';
import { group } from '../model/match-group.js';

/** One registry value as the evidence shows it. */
export interface RegValue {
  readonly name: string;
  /** `REG_DWORD`, `REG_SZ`, … (a `.reg` export's `dword:` is reported as `REG_DWORD`). */
  readonly type: string;
  /** The data as written (`0x1`, `dword:00000001`, `"1"`). */
  readonly data: string;
  /** The number, for a DWORD. */
  readonly dword: number | null;
  readonly line: string;
}

/** One registry key with its values. */
export interface RegKey {
  /** `HKLM\SOFTWARE\…`, as written but with the hive abbreviated. */
  readonly path: string;
  /** `32-bit` for keys under `Wow6432Node`, which 32-bit .NET applications on 64-bit Windows read. */
  readonly view: '64-bit' | '32-bit';
  /** `v4.0.30319` when the key is a .NET Framework version key. */
  readonly version: string | null;
  /** Keyed by lower-cased value name (registry names are case-insensitive). */
  readonly values: ReadonlyMap<string, RegValue>;
  readonly line: string;
}

/** The .NET Framework registry keys of the SCP host, from `reg query` output or a `.reg` export. */
export interface DotnetTls {
  readonly kind: 'dotnet-tls';
  readonly file: string;
  readonly format: 'reg-query' | 'reg-export';
  readonly keys: readonly RegKey[];
  /** reg.exe error lines ("ERROR: The system was unable to find the specified registry key or value."). */
  readonly errors: readonly string[];
}

const EXPORT_KEY = /^\s*\[(-?)(HKEY_[^\]]+|HKLM\\[^\]]+)\]\s*$/i;
const EXPORT_VALUE = /^\s*("(?:[^"\\]|\\.)*"|@)\s*=\s*(.*)$/;
const QUERY_KEY = /^\s*(HKEY_LOCAL_MACHINE\\.+|HKLM\\.+)$/i;
const QUERY_VALUE = /^\s+(.+?)\s+(REG_[A-Z0-9_]+)(?:\s+(.*?))?\s*$/;
// reg.exe's error prefix in English, German, Dutch, French, Spanish, Italian.
const ERROR_LINE = /^\s*(ERROR|FEHLER|FOUT|ERREUR|ERRORE)\s*:/i;

/** Parses `reg query` output or a `.reg` export (regedit / `reg export`), whichever the content is. */
export function parseDotnetTls(text: EvidenceText): DotnetTls {
  const isExport = text.lines.some((l) => EXPORT_KEY.test(l) || /^(Windows Registry Editor|REGEDIT4)/i.test(l.trim()));
  const keys: RegKey[] = [];
  const errors: string[] = [];
  let current: { path: string; line: string; values: Map<string, RegValue> } | null = null;
  const open = (path: string, line: string): { path: string; line: string; values: Map<string, RegValue> } => {
    const key = { path: path.replace(/^HKEY_LOCAL_MACHINE\\/i, 'HKLM\\').trim(), line, values: new Map<string, RegValue>() };
    keys.push(toKey(key));
    return key;
  };
  for (const raw of text.lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (ERROR_LINE.test(line)) {
      errors.push(line);
      continue;
    }
    if (isExport) {
      const k = EXPORT_KEY.exec(raw);
      if (k) {
        if (k[1] === '-') current = null;
        else current = open(group(k, 2), line);
        continue;
      }
      const v = EXPORT_VALUE.exec(raw);
      if (v && current) addValue(current, exportValue(group(v, 1), group(v, 2).trim(), line));
      continue;
    }
    const k = QUERY_KEY.exec(raw);
    if (k) {
      current = open(group(k, 1), line);
      continue;
    }
    const v = QUERY_VALUE.exec(raw);
    if (v && current) {
      const data = v[3] ?? '';
      const dword = v[2] === 'REG_DWORD' && /^0x[0-9a-f]+$/i.test(data) ? Number.parseInt(data, 16) : null;
      addValue(current, { name: group(v, 1), type: group(v, 2), data, dword, line });
    }
  }
  if (keys.length === 0 && errors.length === 0) {
    throw new InputError(
      'not recognized as `reg query` output or a .reg export of HKLM\\SOFTWARE\\[Wow6432Node\\]Microsoft\\.NETFramework\\v4.0.30319 ' +
        '(no registry key line found)',
      { file: text.file },
    );
  }
  return { kind: 'dotnet-tls', file: text.file, format: isExport ? 'reg-export' : 'reg-query', keys, errors };
}

function toKey(c: { path: string; line: string; values: Map<string, RegValue> }): RegKey {
  const version = /\\\.NETFramework\\(v\d+(?:\.\d+)+)$/i.exec(c.path)?.[1] ?? null;
  return { path: c.path, view: /\\Wow6432Node\\/i.test(c.path) ? '32-bit' : '64-bit', version, values: c.values, line: c.line };
}

function addValue(c: { values: Map<string, RegValue> }, v: RegValue): void {
  c.values.set(v.name.toLowerCase(), v);
}

function exportValue(rawName: string, data: string, line: string): RegValue {
  const name = rawName === '@' ? '(Default)' : rawName.slice(1, -1).replace(/\\(.)/g, '$1');
  const dw = /^dword:([0-9a-f]{1,8})$/i.exec(data);
  if (dw) return { name, type: 'REG_DWORD', data, dword: Number.parseInt(group(dw, 1), 16), line };
  const type = data.startsWith('"')
    ? 'REG_SZ'
    : /^hex\(b\):/i.test(data)
      ? 'REG_QWORD'
      : /^hex\(7\):/i.test(data)
        ? 'REG_MULTI_SZ'
        : /^hex\(2\):/i.test(data)
          ? 'REG_EXPAND_SZ'
          : 'REG_BINARY';
  return { name, type, data, dword: null, line };
}
