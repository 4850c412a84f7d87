import { planError, type PlanSource } from './plan-source.js';
import { readAccount, readBoolean, readEnum, readHost, readMap, readPort, type Path } from './fields.js';
import { SCP_MODES, type PlanProxy, type PlanScp } from './types.js';

const SCP_KEYS = ['server', 'mode', 'intune', 'installationAccount', 'proxy'] as const;
const PROXY_KEYS = ['server', 'port', 'account'] as const;

/** Reads `scp:`, the computer that gets the role and how the role is configured. */
export function readScp(src: PlanSource, v: unknown): PlanScp {
  const path: Path = ['scp'];
  const o = readMap(src, v, path, SCP_KEYS, ['server']);
  const modeGiven = o.mode !== undefined && o.mode !== null;
  return {
    server: readHost(src, o.server, [...path, 'server']),
    // Online is what setup and the Add Site System Roles wizard select by default.
    mode: modeGiven ? readEnum(src, o.mode, [...path, 'mode'], SCP_MODES) : 'online',
    modeGiven,
    intune: readBoolean(src, o.intune, [...path, 'intune'], false),
    installationAccount: readAccount(src, o.installationAccount, [...path, 'installationAccount']),
    proxy: readProxy(src, o.proxy, [...path, 'proxy']),
  };
}

function readProxy(src: PlanSource, v: unknown, path: Path): PlanProxy | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') throw planError(src, path, `write the proxy as a map: { server: proxy.contoso.com, port: 8080 } (got "${v}")`);
  const o = readMap(src, v, path, PROXY_KEYS, ['server']);
  return {
    server: readHost(src, o.server, [...path, 'server']),
    // "By default, it uses port 80" (Proxy server support, Configure the proxy for a site system server).
    port: readPort(src, o.port, [...path, 'port'], 80),
    account: readAccount(src, o.account, [...path, 'account']),
  };
}
