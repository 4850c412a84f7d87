import pkg from './package-json.cjs';

/** The tool's name and version, from package.json. */
export const TOOL = { name: pkg.name, version: pkg.version } as const;

/** Sent with every probe request: proxies log it, so a firewall admin can tell our probes from real SCP traffic. */
export const USER_AGENT = `Mozilla/5.0 (compatible; ${pkg.name}/${pkg.version}; ConfigMgr service connection point readiness check)`;
