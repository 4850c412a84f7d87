import type { ProxyPlan } from '../proxy/build-routing.js';
import { proxyFromArgs, type ProxyArgs } from './proxy-options.js';

const settled = new Map<string, ProxyPlan>();

/**
 * The proxy plan for these flags, settled once per process: `demo` builds its input twice (to validate, then for
 * the simulated network), and the password prompt and the warnings must appear only once. Warnings go to stderr.
 */
export function settledProxy(args: ProxyArgs, planProxy: { url: string; label: string } | null = null): ProxyPlan {
  const key = JSON.stringify([args.proxy, args['proxy-user'], args['proxy-password-file'], args.pac, args.winhttp, planProxy]);
  let plan = settled.get(key);
  if (plan === undefined) {
    plan = proxyFromArgs(args, {}, planProxy);
    settled.set(key, plan);
    for (const line of plan.warnings) process.stderr.write(`scp-preflight: ${line}\n`);
  }
  return plan;
}
