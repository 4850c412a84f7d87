import type { Route } from '../probes/types.js';
import type { Secret } from './secret.js';

/** The kinds of proxy a route can go through. */
export type ProxyKind = Exclude<Route['kind'], 'direct'>;

/** One proxy server, as parsed from `--proxy`, an environment variable, a PAC answer or WinHTTP settings. */
export interface ProxyServer {
  readonly kind: ProxyKind;
  readonly host: string;
  readonly port: number;
  /** `kind://host:port`, never with credentials: the only form that reaches any output. */
  readonly url: string;
}

/** Who to authenticate to proxies as; the password is a Secret so it cannot be printed by accident. */
export interface ProxyCredentials {
  /** The account as typed (`CONTOSO\user`, `user@corp.contoso.com`, `user`): sent as is by Basic, shown in evidence. */
  readonly account: string;
  /** NTLM's user and domain fields: `CONTOSO\user` gives (`user`, `CONTOSO`); a UPN stays whole with an empty domain. */
  readonly ntlmUser: string;
  readonly ntlmDomain: string;
  readonly password: Secret;
}

/** One way to reach a destination: a proxy, or direct (`server: null`), with why it was chosen. */
export interface RouteCandidate {
  readonly route: Route;
  readonly server: ProxyServer | null;
}
