import { readFileSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import vm from 'node:vm';
import { createPacResolver } from 'pac-resolver';
import { QuickJS } from 'quickjs-wasi';
import { Agent, fetch } from 'undici';
import { InputError } from '../model/input-error.js';
import { boundedScope } from '../probes/bounded-signal.js';
import { resolveHost } from '../probes/dns.js';
import type { Destination, ProbeContext } from '../probes/opener.js';
import type { StageResult } from '../probes/types.js';
import { parsePacResult } from './pac-result.js';
import { quickjsWasm } from './quickjs-wasm.js';
import type { RouteCandidate } from './types.js';

/** Direct connections for PAC downloads, whatever global dispatcher or proxy variables the process has. */
const directAgent = new Agent({ connect: { timeout: 10_000 } });

/** A PAC script from `--pac`: a file read now, or a URL fetched on first use. */
export interface PacSource {
  readonly label: string;
  readonly load: (signal: AbortSignal) => Promise<string>;
}

/** Reads `--pac FILE|URL`. A file is read and syntax-checked now, so a broken script stops the run (exit 2). */
export function pacSource(value: string): PacSource {
  if (/^https?:\/\//i.test(value)) {
    return {
      label: value,
      // WinHTTP fetches the PAC file directly, never through a proxy: undici's own Agent, not a proxy dispatcher.
      load: async (signal) => {
        const response = await fetch(value, { signal, redirect: 'follow', dispatcher: directAgent });
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
        return response.text();
      },
    };
  }
  let text: string;
  try {
    text = readFileSync(value, 'utf8');
  } catch (error) {
    throw new InputError(`--pac: cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    new vm.Script(text, { filename: value });
  } catch (error) {
    const line = /:(\d+)\n/.exec(String((error as Error).stack))?.[1];
    throw new InputError(`--pac: ${value}${line ? ` line ${line}` : ''}: ${(error as Error).message}`);
  }
  if (!/function\s+FindProxyForURL\b|FindProxyForURL\s*=/.test(text)) throw new InputError(`--pac: ${value} defines no FindProxyForURL function`);
  return { label: value, load: async () => text };
}

/**
 * Evaluates the PAC script in QuickJS (pac-resolver), once per (scheme, host, port). The sandbox's name lookups go
 * through our own resolver and `--dns-server`, and `myIpAddress()` reads the local interfaces: pac-resolver's
 * defaults would use the OS resolver and open a socket to 8.8.8.8, traffic this tool must not send on its own.
 */
export function pacChooser(source: PacSource): (destination: Destination) => (context: ProbeContext) => Promise<readonly RouteCandidate[] | StageResult> {
  let compiled: Promise<(url: string, host: string) => Promise<string>> | null = null;
  const cache = new Map<string, Promise<readonly RouteCandidate[] | StageResult>>();
  return (destination) => (context) => {
    const defaultPort = destination.scheme === 'https' ? 443 : 80;
    const authority = `${destination.host.includes(':') ? `[${destination.host}]` : destination.host}${destination.port === defaultPort ? '' : `:${destination.port}`}`;
    const url = `${destination.scheme}://${authority}/`;
    let answer = cache.get(url);
    if (answer === undefined) {
      compiled ??= compile(source, context);
      answer = evaluate(compiled, url, destination.host, source);
      cache.set(url, answer);
    }
    return answer;
  };
}

async function compile(source: PacSource, context: ProbeContext): Promise<(url: string, host: string) => Promise<string>> {
  const bound = boundedScope(context.signal, context.timeoutMs);
  const text = await source.load(bound.signal).finally(() => bound.dispose());
  const resolve = async (host: string): Promise<string | null> => {
    if (net.isIP(host)) return host;
    const dns = await resolveHost(host, { servers: context.dnsServers, signal: context.signal, timeoutMs: context.timeoutMs });
    return dns.detail?.kind === 'dns' ? dns.detail.addresses.find((a) => a.family === 4)?.address ?? null : null;
  };
  const sandbox = {
    alert: () => {},
    dnsResolve: async (host: string) => resolve(host),
    isResolvable: async (host: string) => (await resolve(host)) !== null,
    myIpAddress: async () => localAddress(),
    isInNet: async (host: string, pattern: string, mask: string) => {
      const ip = await resolve(host);
      return ip !== null && net.isIPv4(ip) && inNet(ip, pattern, mask);
    },
  };
  const qjs = await QuickJS.create({ wasm: await quickjsWasm() });
  const find = createPacResolver(qjs, text, { filename: source.label, sandbox } as never);
  return (url, host) => find(url, host);
}

async function evaluate(compiled: Promise<(url: string, host: string) => Promise<string>>, url: string, host: string, source: PacSource): Promise<readonly RouteCandidate[] | StageResult> {
  const started = process.hrtime.bigint();
  const failure = (message: string, code: 'PROXY_UNREACHABLE' | 'PROXY_PROTOCOL_ERROR'): StageResult => ({
    stage: 'proxy', status: 'fail', code, message, ms: Number(process.hrtime.bigint() - started) / 1e6,
    detail: { kind: 'proxy', proxy: `PAC ${source.label}`, request: `FindProxyForURL("${url}", "${host}")`, status: null, statusText: null, authSchemesOffered: [], authUsed: null, via: null, server: null, proxyError: message, osError: null },
  });
  let find: (url: string, host: string) => Promise<string>;
  try {
    find = await compiled;
  } catch (error) {
    return failure(`The PAC script ${source.label} could not be loaded: ${(error as Error).message}.`, 'PROXY_UNREACHABLE');
  }
  let result: unknown;
  try {
    result = await find(url, host);
  } catch (error) {
    return failure(`The PAC script ${source.label} failed for ${url}: ${(error as Error).message}.`, 'PROXY_PROTOCOL_ERROR');
  }
  const parsed = parsePacResult(result);
  return typeof parsed === 'string' ? failure(`The PAC script ${source.label}: ${parsed}.`, 'PROXY_PROTOCOL_ERROR') : parsed;
}

/** The first non-internal IPv4 address, as browsers' myIpAddress() reports it; 127.0.0.1 when there is none. */
function localAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    const found = list?.find((i) => i.family === 'IPv4' && !i.internal);
    if (found) return found.address;
  }
  return '127.0.0.1';
}

function inNet(ip: string, pattern: string, mask: string): boolean {
  const n = (s: string): number => s.split('.').reduce((acc, o) => (acc << 8) + (Number(o) & 255), 0) >>> 0;
  if (!net.isIPv4(pattern) || !net.isIPv4(mask)) return false;
  return ((n(ip) & n(mask)) >>> 0) === ((n(pattern) & n(mask)) >>> 0);
}
