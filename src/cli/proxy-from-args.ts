import { buildProxyRouting, type ProxyPlan } from '../proxy/build-routing.js';
import type { ProxyArgs } from './proxy-options.js';

/**
 * Turns the flags (and the environment) into the run's routing, the report header's route, and the lines to print
 * on stderr before the run. Bad values are InputErrors (exit 2) that never echo a password.
 */
export function proxyFromArgs(
  args: ProxyArgs,
  environment: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; prompt?: (q: string) => string | null } = {},
  planProxy: { url: string; label: string } | null = null,
): ProxyPlan {
  const values = Array.isArray(args.proxy) ? args.proxy : args.proxy === undefined ? [] : [args.proxy];
  const urls = values.filter((v): v is string => typeof v === 'string');
  return buildProxyRouting(
    {
      proxy: urls.at(-1) ?? null,
      pac: args.pac ?? null,
      winhttp: args.winhttp ?? null,
      ignoreEnv: values.includes(false),
      proxyUser: args['proxy-user'] ?? null,
      proxyPasswordFile: args['proxy-password-file'] ?? null,
      planProxy,
    },
    {
      env: environment.env ?? process.env,
      platform: environment.platform ?? process.platform,
      ...(environment.prompt ? { prompt: environment.prompt } : {}),
    },
  );
}
