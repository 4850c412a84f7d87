import { InputError } from '../model/input-error.js';
import type { EvidenceText } from './decode-text.js';
import { group } from '../model/match-group.js';

/** One proxy of a WinHTTP proxy list; `scheme` is set for per-scheme entries (`https=proxy:8443`). */
export interface WinHttpProxyEntry {
  readonly scheme: string | null;
  readonly host: string;
  /** `null` when the entry has no port (WinHTTP then uses 80). */
  readonly port: number | null;
  readonly raw: string;
}

/** The machine-wide WinHTTP proxy of the SCP host, as `netsh winhttp show proxy` printed it. */
export interface WinHttpSettings {
  readonly kind: 'winhttp-proxy';
  readonly file: string;
  readonly direct: boolean;
  readonly proxies: readonly WinHttpProxyEntry[];
  /** Bypass entries as written: `<local>` (names without a dot), `*.contoso.com`, `10.*`. */
  readonly bypass: readonly string[];
  /** The lines the settings were read from. */
  readonly lines: readonly string[];
}

// "Proxy Server(s) :  proxy:8080" / "Proxyserver:  proxy:8080" / "Serveur(s) proxy :  proxy:8080": label, colon,
// whitespace, value. The label never holds a colon; the value may (host:port).
const SETTING = /^\s*([^:]+?)\s*:\s+(\S.*?)\s*$/;
// "Direct access (no proxy server)." in English, Dutch, German, French, Spanish, Italian, Portuguese.
const DIRECT_WORDS = /direct|direkt|directe|accès direct|acceso directo|accesso diretto|acesso direto/i;

/**
 * Parses `netsh winhttp show proxy` in any language by structure: a header line ending in a colon, then either one
 * sentence (direct access) or two `label : value` lines (proxy list, bypass list). Per-scheme lists
 * (`http=a:80;https=b:443`) are kept per scheme; a bypass value in parentheses ("(none)", "(keine)") is empty.
 */
export function parseWinHttpProxy(text: EvidenceText): WinHttpSettings {
  const content = text.lines.map((l) => l.trim()).filter((l) => l !== '');
  // The header names the product in every language ("Current WinHTTP proxy settings:", "Aktuelle
  // WinHTTP-Proxyeinstellungen:") and ends with a colon; netsh's own error messages do not.
  const headerAt = content.findIndex((l) => /winhttp/i.test(l) && /:\s*$/.test(l));
  const body = headerAt < 0 ? [] : content.slice(headerAt + 1);
  const settings = body.filter((l) => SETTING.test(l));
  if (settings.length > 0) {
    const [proxyLine, bypassLine] = settings as [string, string | undefined];
    const proxies = splitList(settingValue(proxyLine)).map(parseProxyEntry);
    const bypassValue = bypassLine === undefined ? '' : settingValue(bypassLine);
    const bypass = /^\(.*\)$/.test(bypassValue) ? [] : splitList(bypassValue);
    return {
      kind: 'winhttp-proxy',
      file: text.file,
      direct: proxies.length === 0,
      proxies,
      bypass,
      lines: bypassLine ? [proxyLine, bypassLine] : [proxyLine],
    };
  }
  const sentence = body[0];
  if (sentence !== undefined && (DIRECT_WORDS.test(sentence) || /\(.+\)\.?$/.test(sentence))) {
    return { kind: 'winhttp-proxy', file: text.file, direct: true, proxies: [], bypass: [], lines: [sentence] };
  }
  throw new InputError(
    `not recognized as \`netsh winhttp show proxy\` output (expected a "WinHTTP" header and either a direct-access sentence or "Proxy ` +
      `Server(s) : host:port"); first line: "${(content[0] ?? '(empty file)').slice(0, 120)}"`,
    { file: text.file },
  );
}

/** The proxy WinHTTP uses for a URL scheme: a per-scheme entry first, then an unscoped one, else direct (`null`). */
export function winHttpProxyFor(settings: WinHttpSettings, scheme: 'http' | 'https'): WinHttpProxyEntry | null {
  return settings.proxies.find((p) => p.scheme === scheme) ?? settings.proxies.find((p) => p.scheme === null) ?? null;
}

function splitList(value: string): string[] {
  return value
    .split(/[;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The value of a line that SETTING matched. */
function settingValue(line: string): string {
  const m = SETTING.exec(line);
  if (!m) throw new Error(`winhttp: "${line}" was kept as a setting line but does not match SETTING`);
  return group(m, 2);
}

function parseProxyEntry(raw: string): WinHttpProxyEntry {
  let rest = raw;
  let scheme: string | null = null;
  const eq = /^([a-z]+)=(.*)$/i.exec(rest);
  if (eq) [scheme, rest] = [group(eq, 1).toLowerCase(), group(eq, 2)];
  rest = rest.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(rest);
  const host = (m?.[1] ?? rest).replace(/^\[|\]$/g, '');
  const port = m?.[2] === undefined ? null : Number(m[2]);
  return { scheme, host, port, raw };
}
