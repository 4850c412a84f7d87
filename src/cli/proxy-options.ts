import { PASSWORD_ENV } from '../proxy/password-env.js';
import type { ArgsOf, OptionRegistry } from './option-registry.js';

/**
 * The proxy options of `check` and `demo`, in their `--help` order. What they turn into is proxy-from-args.ts, which
 * loads PAC and the proxy code: not needed to print `--help` (issue 10).
 */
export const proxyOptions = {
  proxy: {
    type: 'string',
    describe:
      'Proxy URL: http://host:port, https://host:port (TLS to the proxy), socks4://, socks4a://, socks5://, socks5h://; ' +
      '`winhttp` reads the live WinHTTP setting (Windows). --no-proxy ignores HTTPS_PROXY/HTTP_PROXY/ALL_PROXY/NO_PROXY',
  },
  'proxy-user': {
    type: 'string',
    describe:
      `Proxy account, DOMAIN\\user or user@domain (Basic, NTLMv2, SOCKS5); the password comes from ${PASSWORD_ENV}, ` +
      '--proxy-password-file or a hidden prompt',
  },
  'proxy-password-file': { type: 'string', describe: 'File whose first line is the proxy password' },
  pac: {
    type: 'string',
    describe: 'PAC file or http(s) URL: FindProxyForURL decides the route per endpoint; fallback lists are tried in order',
  },
  winhttp: {
    type: 'string',
    describe: 'Saved `netsh winhttp show proxy` output: probe through the WinHTTP proxy and bypass list',
  },
  'compare-direct': {
    type: 'boolean',
    default: false,
    describe: 'Also probe every endpoint directly and show both results side by side',
  },
} as const satisfies OptionRegistry;

/**
 * The proxy flags as yargs gives them. `--no-proxy` arrives as `proxy: false` (yargs' boolean negation, which the
 * string declaration does not show), and a repeated `--proxy` as an array: the last URL wins (proxyFromArgs).
 */
export type ProxyArgs = Omit<ArgsOf<typeof proxyOptions>, 'proxy'> & { readonly proxy: string | false | (string | false)[] | undefined };
