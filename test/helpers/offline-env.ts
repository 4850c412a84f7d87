/**
 * The environment for every child process a test starts: the parent's, minus every proxy variable in either case
 * (`HTTPS_PROXY`, `https_proxy`, `ALL_PROXY`, `NO_PROXY`, …). A developer or CI machine that sets one must not
 * turn a test's loopback probes into traffic to a real proxy, and from there off this machine.
 */
export function offlineEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!isProxyVariable(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/** Whether a variable name configures a proxy for curl, Node, undici or Python-style clients. */
export function isProxyVariable(name: string): boolean {
  return /^(?:https?|all|no|ftp|socks|ws|wss)_proxy$/i.test(name) || /^npm_config_(?:https?_)?proxy$/i.test(name);
}
