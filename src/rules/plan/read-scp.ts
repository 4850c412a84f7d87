import { lowerCase, map, optionalText, orDefault, text } from './fields.js';
import { SCP_MODES, type PlanProxy, type PlanScp } from './types.js';

/** Reads `scp:`, the computer that gets the role and how the role is configured (the schema has checked it). */
export function readScp(v: unknown): PlanScp {
  const o = map(v);
  const modeGiven = o.mode !== undefined && o.mode !== null;
  return {
    server: text(o.server),
    // Online is what setup and the Add Site System Roles wizard select by default.
    mode: modeGiven ? lowerCase(o.mode, SCP_MODES) : 'online',
    modeGiven,
    intune: orDefault(o.intune, false),
    installationAccount: optionalText(o.installationAccount),
    proxy: readProxy(o.proxy),
  };
}

function readProxy(v: unknown): PlanProxy | null {
  if (v === undefined || v === null) return null;
  const o = map(v);
  return {
    server: text(o.server),
    // "By default, it uses port 80" (Proxy server support, Configure the proxy for a site system server).
    port: orDefault(o.port, 80),
    account: optionalText(o.account),
  };
}
