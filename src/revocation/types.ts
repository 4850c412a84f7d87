import type { Status } from '../model/status.js';
import type { Route, StageResult } from '../probes/types.js';

/**
 * What a URL is for: a CRL, an OCSP responder, the issuer's certificate (AIA caIssuers), or Windows' trusted root list
 * (`ctl`, authrootstl.cab, which automatic root update downloads to install a missing root).
 */
export type RevocationKind = 'crl' | 'ocsp' | 'caIssuers' | 'ctl';

/** An endpoint whose presented chain names the URL, and the certificate of that chain that names it. */
export interface RevocationNeed {
  readonly host: string;
  readonly port: number;
  /** Subject of the certificate carrying the URL (the leaf or an intermediate). */
  readonly certificate: string;
}

/** One distinct revocation URL, fetched once along the route the SCP would take to it. */
export interface RevocationCheck {
  readonly url: string;
  readonly kind: RevocationKind;
  readonly host: string;
  readonly port: number;
  readonly neededBy: readonly RevocationNeed[];
  readonly route: Route;
  /** `pass` when the answer is what Windows' chain engine needs, `warn` (REVOCATION_UNREACHABLE) otherwise, `skip` when not fetched. */
  readonly status: Status;
  readonly code: 'REVOCATION_UNREACHABLE' | 'RUN_STOPPED' | null;
  readonly message: string;
  /** What was sent: `GET http://crl3.digicert.com/…`. */
  readonly request: string | null;
  readonly httpStatus: number | null;
  readonly contentType: string | null;
  /** Body bytes read (at most 1 MiB). */
  readonly bytes: number | null;
  /** The route's stages (dns/connect, or the proxy's), as evidence of how far the fetch got. */
  readonly stages: readonly StageResult[];
  readonly ms: number;
}
