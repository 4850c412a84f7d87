import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { InputError } from '../model/input-error.js';
import type { ReportHost } from '../model/report.js';

/** Where Windows keeps the host name and the primary DNS suffix (the "Full computer name" of System properties). */
const TCPIP_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters';

const lower = (name: string): string => name.trim().replace(/\.$/, '').toLowerCase();

/**
 * The FQDN from `reg query HKLM\...\Tcpip\Parameters` output: `Hostname` plus `Domain` (the primary DNS suffix in
 * effect; `NV Domain`, the configured one, when `Domain` is empty). Value names are not localized. No suffix → null.
 */
export function fqdnFromRegQuery(text: string, host: string): string | null {
  const value = (name: string): string => {
    const match = new RegExp(`^\\s+${name}\\s+REG_SZ[ \\t]*(.*)$`, 'im').exec(text);
    return match?.[1]?.trim() ?? '';
  };
  const domain = value('Domain') || value('NV Domain');
  if (domain === '') return null;
  return lower(`${value('Hostname') || host}.${domain}`);
}

/**
 * The FQDN from /etc/hosts, as `hostname -f` finds it without asking DNS: the first dotted name on a line that
 * names this host (by its short or full name) and starts with the short name.
 */
export function fqdnFromHosts(text: string, host: string): string | null {
  const short = lower(host).split('.')[0] ?? '';
  if (short === '') return null;
  for (const line of text.split(/\r?\n/)) {
    const names = line.replace(/#.*/, '').trim().split(/\s+/).slice(1).map(lower);
    if (!names.some((n) => n === short || n.startsWith(`${short}.`))) continue;
    const full = names.find((n) => n.startsWith(`${short}.`));
    if (full) return full;
  }
  return null;
}

/**
 * This machine's FQDN without a DNS query (a run must not depend on, or leak to, a resolver for its own name):
 * the registry on Windows, /etc/hosts elsewhere; a host name that already has dots is taken as it is.
 */
export function localFqdn(host = hostname()): string | null {
  if (host.includes('.')) return lower(host);
  try {
    if (process.platform === 'win32') {
      const text = execFileSync('reg.exe', ['query', TCPIP_KEY], {
        encoding: 'utf8',
        timeout: 5000,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return fqdnFromRegQuery(text, host);
    }
    return fqdnFromHosts(readFileSync('/etc/hosts', 'utf8'), host);
  } catch {
    return null; // unknown is recorded as null, never guessed
  }
}

/** Longest `--host-label` accepted: a DNS name's limit, so a label fits every view and the 4 KB summary. */
export const HOST_LABEL_MAX = 253;

/** Validates `--host-label`: printable text of 1–253 characters; anything else is bad input (exit 2). */
export function checkHostLabel(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const label = value.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a host label must not contain.
  if (label === '' || label.length > HOST_LABEL_MAX || /[\u0000-\u001f\u007f-\u009f]/.test(label)) {
    throw new InputError(
      `--host-label: give a name of 1 to ${HOST_LABEL_MAX} printable characters (for example cm-lab-01), got ` +
        JSON.stringify(value.slice(0, 40)),
    );
  }
  return label;
}

/** The `host` block of a report made on this machine now. */
export function hostBlock(label?: string): ReportHost {
  const name = hostname();
  return {
    hostname: name,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    fqdn: localFqdn(name),
    ...(label === undefined ? {} : { label }),
  };
}
