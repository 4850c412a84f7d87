import { readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import vm from 'node:vm';
import type { Agent } from 'undici';
import { boundText } from '../model/bounded-text.js';
import type { FailureCode } from '../model/codes.js';
import { InputError } from '../model/input-error.js';
import { boundedScope } from '../probes/bounded-signal.js';
import { resolveHost } from '../probes/dns.js';
import type { Destination, ProbeContext } from '../probes/opener.js';
import type { StageResult } from '../probes/types.js';
import type { PacAnswer, PacEngine } from './pac-engine.js';
import { parsePacResult } from './pac-result.js';
import type { Lookup } from './pac-sandbox.js';
import type { RouteCandidate } from './types.js';

/** The largest PAC script read or downloaded: real ones are tens of kilobytes; compiling costs ~1.5 s per MB here. */
export const PAC_MAX_BYTES = 2 * 1024 * 1024;
/** Distinct names one PAC script may have resolved in a run; a script resolving invented names finds none past it. */
const MAX_NAMES = 4096;

/**
 * Direct connections for PAC downloads, whatever global dispatcher or proxy variables the process has. undici and
 * the PAC engine (pac-resolver, QuickJS) are loaded on first use: together about 40 MB of a run's memory and a
 * tenth of a second at start-up, which a run without a PAC script never needs (issue 10).
 */
let directAgent: Agent | null = null;

/** Closes the PAC download connections (kept alive by undici), so the process can end as soon as it is done. */
export function closePacDownloads(): void {
  void directAgent?.destroy().catch(() => {});
}

/** A PAC script from `--pac`: a file read now, or a URL fetched on first use. */
export interface PacSource {
  readonly label: string;
  readonly load: (signal: AbortSignal) => Promise<string>;
}

/** Reads `--pac FILE|URL`. A file is read and syntax-checked now, so a broken script stops the run (exit 2). */
export function pacSource(value: string): PacSource {
  if (/^https?:\/\//i.test(value)) return { label: value, load: (signal) => download(value, signal) };
  let text: string;
  try {
    if (statSync(value).size > PAC_MAX_BYTES)
      throw new InputError(`--pac: ${value} is larger than ${PAC_MAX_BYTES / 1024 / 1024} MiB; that is not a PAC file`);
    text = readFileSync(value, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--pac: cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    new vm.Script(text, { filename: value });
  } catch (error) {
    const line = /:(\d+)\n/.exec(String((error as Error).stack))?.[1];
    throw new InputError(`--pac: ${value}${line ? ` line ${line}` : ''}: ${(error as Error).message}`);
  }
  if (!/function\s+FindProxyForURL\b|FindProxyForURL\s*=/.test(text))
    throw new InputError(`--pac: ${value} defines no FindProxyForURL function`);
  return { label: value, load: () => Promise.resolve(text) };
}

/** WinHTTP fetches the PAC file directly, never through a proxy: undici's own Agent, not a proxy dispatcher. */
async function download(url: string, signal: AbortSignal): Promise<string> {
  const undici = await import('undici');
  directAgent ??= new undici.Agent({ connect: { timeout: 10_000 } });
  const response = await undici.fetch(url, { signal, redirect: 'follow', dispatcher: directAgent });
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    throw new Error(`HTTP ${response.status} ${boundText(response.statusText, 200)}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const body: AsyncIterable<Uint8Array> | Uint8Array[] = response.body ?? [];
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > PAC_MAX_BYTES) {
      void response.body?.cancel().catch(() => {});
      throw new Error(`the file is larger than ${PAC_MAX_BYTES / 1024 / 1024} MiB, which no PAC file is`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

type Compiled =
  { readonly ok: true; readonly engine: PacEngine } | { readonly ok: false; readonly code: FailureCode; readonly message: string };

/**
 * Evaluates the PAC script in QuickJS (pac-resolver, see PacEngine), once per (scheme, host, port): each call within
 * the stage timeout and the runtime's memory cap, a busy or hungry script failing for its endpoint only.
 */
export function pacChooser(
  source: PacSource,
): (destination: Destination) => (context: ProbeContext) => Promise<readonly RouteCandidate[] | StageResult> {
  let compiled: Promise<Compiled> | null = null;
  const cache = new Map<string, Promise<readonly RouteCandidate[] | StageResult>>();
  return (destination) => (context) => {
    const defaultPort = destination.scheme === 'https' ? 443 : 80;
    const host = destination.host.includes(':') ? `[${destination.host}]` : destination.host;
    const authority = `${host}${destination.port === defaultPort ? '' : `:${destination.port}`}`;
    const url = `${destination.scheme}://${authority}/`;
    let answer = cache.get(url);
    if (answer === undefined) {
      compiled ??= compile(source, context);
      answer = evaluate(compiled, url, destination.host, source, context);
      cache.set(url, answer);
    }
    return answer;
  };
}

async function compile(source: PacSource, context: ProbeContext): Promise<Compiled> {
  const bound = boundedScope(context.signal, context.timeoutMs);
  let text: string;
  try {
    text = await source.load(bound.signal);
  } catch (error) {
    if (context.signal.aborted)
      return { ok: false, code: 'RUN_STOPPED', message: `The run was stopped before the PAC script ${source.label} was loaded.` };
    return {
      ok: false,
      code: 'PROXY_UNREACHABLE',
      message: `The PAC script ${source.label} could not be loaded: ${boundText(error instanceof Error ? error.message : String(error))}.`,
    };
  } finally {
    bound.dispose();
  }
  try {
    const { PacEngine } = await import('./pac-engine.js');
    return { ok: true, engine: await PacEngine.compile(text, source.label, lookupFor(context), context) };
  } catch (error) {
    if (context.signal.aborted)
      return { ok: false, code: 'RUN_STOPPED', message: `The run was stopped while the PAC script ${source.label} was being compiled.` };
    return {
      ok: false,
      code: 'PROXY_PROTOCOL_ERROR',
      message: `The PAC script ${source.label} could not be run: ${(error as Error).message}.`,
    };
  }
}

/**
 * Name lookups for the sandbox, shared by every call: each name is resolved once per run (a script asks for the
 * same host in dnsResolve, isInNet and isResolvable), and a lookup takes at most half the stage timeout so a call
 * that meets one unresolvable name still has time to answer, as it would on a host whose resolver gives up.
 */
function lookupFor(context: ProbeContext): Lookup {
  const cache = new Map<string, Promise<string | null>>();
  return (host) => {
    if (net.isIP(host)) return Promise.resolve(host);
    const name = host.trim().toLowerCase().replace(/\.$/, '');
    if (name === '' || name.length > 253) return Promise.resolve(null);
    let answer = cache.get(name);
    if (answer === undefined) {
      if (cache.size >= MAX_NAMES) return Promise.resolve(null);
      const asked = resolveHost(name, {
        servers: context.dnsServers,
        signal: context.signal,
        timeoutMs: Math.max(50, Math.floor(context.timeoutMs / 2)),
      }).then(
        (dns) => {
          // A timeout is not an answer: the next call asks again (the resolver may only have been slow, or this
          // process busy), while a name that does not exist stays answered for the run.
          if (dns.code === 'DNS_TIMEOUT' || (dns.code === null && dns.status !== 'pass')) cache.delete(name);
          return dns.detail?.kind === 'dns' ? (dns.detail.addresses.find((a) => a.family === 4)?.address ?? null) : null;
        },
        () => {
          cache.delete(name);
          return null;
        },
      );
      cache.set(name, asked);
      answer = asked;
    }
    return answer;
  };
}

async function evaluate(
  compiled: Promise<Compiled>,
  url: string,
  host: string,
  source: PacSource,
  context: ProbeContext,
): Promise<readonly RouteCandidate[] | StageResult> {
  const started = process.hrtime.bigint();
  const failure = (message: string, code: FailureCode): StageResult => ({
    stage: 'proxy',
    status: code === 'RUN_STOPPED' ? 'skip' : 'fail',
    code,
    message: boundText(message),
    ms: Number(process.hrtime.bigint() - started) / 1e6,
    detail: {
      kind: 'proxy',
      proxy: `PAC ${source.label}`,
      request: boundText(`FindProxyForURL("${url}", "${host}")`),
      status: null,
      statusText: null,
      authSchemesOffered: [],
      authUsed: null,
      via: null,
      server: null,
      proxyError: boundText(message),
      osError: null,
    },
  });
  const script = await compiled;
  if (!script.ok) return failure(script.message, script.code);
  const answer: PacAnswer = await script.engine.evaluate(url, host, context);
  if (!answer.ok) {
    return answer.kind === 'stopped'
      ? failure(`The run was stopped while the PAC script ${source.label} was choosing the route for ${url}.`, 'RUN_STOPPED')
      : failure(`The PAC script ${source.label} failed for ${url}: ${answer.message}.`, 'PROXY_PROTOCOL_ERROR');
  }
  const parsed = parsePacResult(answer.text, answer.length);
  return typeof parsed === 'string' ? failure(`The PAC script ${source.label}: ${parsed}.`, 'PROXY_PROTOCOL_ERROR') : parsed;
}
