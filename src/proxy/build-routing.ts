import { execFileSync } from 'node:child_process';
import { InputError } from '../model/input-error.js';
import type { RouteSelector } from '../probes/routing.js';
import { directRouting, DIRECT_ROUTE } from '../probes/routing.js';
import type { Route } from '../probes/types.js';
import { decodeText, readEvidenceText } from '../evidence/decode-text.js';
import { parseWinHttpProxy, type WinHttpSettings } from '../evidence/parse-winhttp-proxy.js';
import { resolveCredentials } from './credentials.js';
import { envCandidate, hasEnvProxy, readEnvProxies } from './env-proxy.js';
import { pacChooser, pacSource } from './pac.js';
import { parseProxyUrl } from './proxy-url.js';
import { routingFrom } from './route-selector.js';
import type { ProxyCredentials } from './types.js';
import { winHttpCandidate } from './winhttp-routing.js';

/** The proxy flags, already read from the command line. */
export interface ProxyFlags {
  /** `--proxy URL`, or `winhttp` (Windows: read the live WinHTTP setting). */
  readonly proxy: string | null;
  readonly pac: string | null;
  readonly winhttp: string | null;
  /** `--no-proxy`: ignore the proxy environment variables. */
  readonly ignoreEnv: boolean;
  readonly proxyUser: string | null;
  readonly proxyPasswordFile: string | null;
  /**
   * The site system proxy from `--plan` (`scp.proxy`): the route the SCP itself will take. Used when no flag names
   * a proxy, and before the environment, which describes this shell rather than the SCP.
   */
  readonly planProxy?: { readonly url: string; readonly label: string } | null;
}

/** How the run reaches the endpoints, and what to tell the user before it starts. */
export interface ProxyPlan {
  readonly routing: RouteSelector;
  /** The report header's route: the proxy without credentials, and where it came from. */
  readonly defaultRoute: Route;
  readonly credentials: ProxyCredentials | null;
  /** One line each, for stderr; they never contain a password. */
  readonly warnings: readonly string[];
}

export interface ProxyEnvironment {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  /** Hidden prompt (tests inject one); the default asks on the terminal. */
  readonly prompt?: (question: string) => string | null;
}

/**
 * Settles the route before any probe runs. Flags beat the environment: `--proxy`, `--pac` and `--winhttp` exclude
 * each other; without them the proxy variables apply unless `--no-proxy`; otherwise everything goes direct.
 */
export function buildProxyRouting(flags: ProxyFlags, environment: ProxyEnvironment): ProxyPlan {
  const chosen = [flags.proxy && '--proxy', flags.pac && '--pac', flags.winhttp && '--winhttp'].filter(Boolean);
  if (chosen.length > 1) throw new InputError(`${chosen.join(' and ')}: give only one way to find the proxy`);
  const warnings: string[] = [];
  const fromPlan = chosen.length === 0 && flags.planProxy ? flags.planProxy : null;
  const fixed =
    flags.proxy !== null && flags.proxy.toLowerCase() !== 'winhttp'
      ? parseProxyUrl(flags.proxy, '--proxy')
      : fromPlan
        ? parseProxyUrl(fromPlan.url, fromPlan.label)
        : null;
  if (fixed?.password)
    warnings.push(
      'warning: --proxy contains a password; it is used but never shown. ' +
        'Prefer SCP_PREFLIGHT_PROXY_PASSWORD or --proxy-password-file (command lines are visible to other users).',
    );
  const env = flags.ignoreEnv || chosen.length > 0 || fromPlan ? null : readEnvProxies(environment.env);
  const credentials = resolveCredentials({
    user: flags.proxyUser ?? fixed?.user ?? null,
    passwordFile: flags.proxyPasswordFile,
    urlPassword: fixed?.password ?? null,
    env: environment.env,
    ...(environment.prompt ? { prompt: environment.prompt } : {}),
  });
  if (fixed) {
    const route: Route = { kind: fixed.server.kind, proxy: fixed.server.url, reason: fromPlan ? fromPlan.label : '--proxy' };
    return {
      routing: routingFrom(() => [{ route, server: fixed.server }], credentials, route),
      defaultRoute: route,
      credentials,
      warnings,
    };
  }
  if (flags.pac !== null) {
    const source = pacSource(flags.pac);
    const pending: Route = { kind: 'http', proxy: null, reason: `PAC ${source.label}: chosen per endpoint` };
    return { routing: routingFrom(pacChooser(source), credentials, pending), defaultRoute: pending, credentials, warnings };
  }
  const winhttp =
    flags.winhttp !== null
      ? parseWinHttpProxy(readEvidenceText(flags.winhttp))
      : flags.proxy !== null
        ? liveWinHttp(environment.platform)
        : null;
  if (winhttp !== null) {
    const first = winHttpCandidate(winhttp, { host: 'example.invalid', port: 443, scheme: 'https' }).route;
    const header: Route = {
      ...first,
      reason: winhttp.direct ? first.reason : `WinHTTP settings in ${winhttp.file} (bypass list per endpoint)`,
    };
    return {
      routing: routingFrom((d) => [winHttpCandidate(winhttp, d)], credentials, header),
      defaultRoute: header,
      credentials,
      warnings,
    };
  }
  if (env !== null && hasEnvProxy(env)) {
    const sample = env.https ?? env.all ?? env.http;
    if (sample === null)
      throw new Error('hasEnvProxy() said a proxy variable is set, but HTTPS_PROXY, ALL_PROXY and HTTP_PROXY are all unset');
    const header: Route = {
      kind: sample.parsed.server.kind,
      proxy: sample.parsed.server.url,
      reason: `${sample.name}${env.noProxy ? ` (${env.noProxy.name} applies per endpoint)` : ''}`,
    };
    if (env.https === null && env.all === null)
      warnings.push(`note: only ${sample.name} is set; https endpoints go direct (set HTTPS_PROXY too)`);
    return { routing: routingFrom((d) => [envCandidate(env, d)], credentials, header), defaultRoute: header, credentials, warnings };
  }
  if (flags.ignoreEnv && hasEnvProxy(readEnvProxies(environment.env)))
    warnings.push('note: --no-proxy: the proxy environment variables are ignored; probing direct');
  if (credentials !== null) warnings.push('note: --proxy-user is given but no proxy is configured; the credentials are not used');
  return { routing: directRouting(DIRECT_ROUTE), defaultRoute: DIRECT_ROUTE, credentials, warnings };
}

/** `--proxy winhttp`: the live machine-wide WinHTTP setting (Windows only). */
function liveWinHttp(platform: NodeJS.Platform): WinHttpSettings {
  if (platform !== 'win32') {
    throw new InputError(
      '--proxy winhttp reads the live WinHTTP setting on Windows only; ' +
        'elsewhere save `netsh winhttp show proxy` output and give --winhttp FILE',
    );
  }
  let output: Buffer;
  try {
    output = execFileSync('netsh', ['winhttp', 'show', 'proxy'], { timeout: 10_000, windowsHide: true });
  } catch (error) {
    throw new InputError(`--proxy winhttp: \`netsh winhttp show proxy\` failed (${(error as Error).message.split('\n')[0]})`);
  }
  return parseWinHttpProxy(decodeText(output, 'netsh winhttp show proxy'));
}
