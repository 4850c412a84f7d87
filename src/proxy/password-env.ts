/**
 * The environment variable that carries the proxy password (never a flag: flags show up in process lists). On its
 * own so that `--help`, which names it, loads none of the credential code (issue 10).
 */
export const PASSWORD_ENV = 'SCP_PREFLIGHT_PROXY_PASSWORD';
