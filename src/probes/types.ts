import type { FailureCode } from '../model/codes.js';
import type { Status } from '../model/status.js';
import type { StageName } from '../model/stages.js';
import type { RevocationUrls } from './revocation-urls.js';

// The stage names live in their registry (src/model/stages.ts); probes import them from here as before.
export type { StageName };

/** One DNS question as it went on the wire, and what came back. */
export interface DnsQueryRecord {
  readonly type: 'A' | 'AAAA';
  /** `ip:port` of the server asked. */
  readonly server: string;
  readonly transport: 'udp' | 'tcp';
  /** `NOERROR`, `NXDOMAIN`, … or `null` when no answer came. */
  readonly rcode: string | null;
  readonly ms: number;
  /** Why no usable answer came (timeout, ID mismatch, socket error). */
  readonly error: string | null;
}

export interface DnsDetail {
  readonly kind: 'dns';
  readonly name: string;
  /** The server whose answer was used. */
  readonly server: string | null;
  readonly rcode: string | null;
  /** Every CNAME hop, in order. */
  readonly cnames: readonly { name: string; target: string; ttl: number }[];
  readonly addresses: readonly { address: string; family: 4 | 6; ttl: number }[];
  /** The address the connection then used. */
  readonly chosen: string | null;
  readonly queries: readonly DnsQueryRecord[];
}

export interface ConnectDetail {
  readonly kind: 'connect';
  readonly address: string;
  readonly port: number;
  /** Our side of the connection: set when it opened, and for a connect that timed out (the SYN's source). */
  readonly localAddress: string | null;
  /** The OS error (`ECONNREFUSED`, `ETIMEDOUT`, `ECONNRESET`, `ENETUNREACH`, …). */
  readonly osError: string | null;
}

/** One certificate of the chain the peer sent. */
export interface CertificateSummary {
  readonly subject: string;
  readonly issuer: string;
  readonly subjectAltNames: readonly string[];
  readonly notBefore: string;
  readonly notAfter: string;
  readonly fingerprint256: string;
  readonly serialNumber: string;
  readonly selfSigned: boolean;
  /** The CRL, OCSP and issuer URLs it names (absent in reports written before they were read). */
  readonly revocation?: RevocationUrls;
}

/** The trusted root a chain ends in: what a reviewer looks up in the SCP host's `LocalMachine\Root` store. */
export interface ChainAnchor {
  readonly subject: string;
  readonly source: TrustSource;
  /** SHA-256 of the root's DER, `AB:CD:…` (absent in reports written before it was recorded). */
  readonly fingerprint256?: string;
  /** SHA-1 of the root's DER in Windows' form (`Thumbprint` in `Cert:\LocalMachine\Root`, upper-case hex). */
  readonly thumbprint?: string;
}

/** Which trust store made the chain valid. */
export type TrustSource = 'public' | 'public-roots' | 'ca-file' | 'node-extra-ca-certs';

export interface TlsDetail {
  readonly kind: 'tls';
  readonly servername: string;
  readonly protocol: string | null;
  readonly cipher: string | null;
  readonly chain: readonly CertificateSummary[];
  /** OpenSSL's verdict (`CERT_HAS_EXPIRED`, …) or `null` when the chain validated. */
  readonly verifyError: string | null;
  /** The root the chain validated against, and where that root came from. */
  readonly anchor: ChainAnchor | null;
  readonly osError: string | null;
  /** The `--client-profile` the handshake offered (absent: the tool's full OpenSSL set). */
  readonly profile?: string;
  /**
   * Set when the profile's handshake failed: what a second handshake with the full OpenSSL set negotiated
   * (`protocol` null when that failed too). This is how TLS_NO_SHARED_CIPHER knows what the server accepts.
   */
  readonly unrestricted?: { readonly protocol: string | null; readonly cipher: string | null };
}

/** One HTTP request/response of the redirect chain. */
export interface HttpHop {
  readonly url: string;
  readonly host: string;
  readonly status: number | null;
  readonly location: string | null;
  /** Whether the hop's host is in the catalog; an undocumented hop is a dependency the firewall may not allow. */
  readonly documented: boolean;
  readonly error: string | null;
}

export interface HttpDetail {
  readonly kind: 'http';
  readonly url: string;
  readonly status: number | null;
  readonly server: string | null;
  readonly hops: readonly HttpHop[];
  /** Hosts reached by redirects that no catalog entry covers. */
  readonly undocumentedHosts: readonly string[];
  readonly error: string | null;
  /** The endpoint's `Date` header as sent (RFC 9110 §6.6.1), or `null`; absent in reports written before it was read. */
  readonly date?: string | null;
  /** Its `Date` minus this host's clock when the answer came, in ms (positive: the endpoint is ahead); `null` without a valid Date. */
  readonly clockOffsetMs?: number | null;
}

/** Evidence from talking to a proxy (filled by the proxy routes). */
export interface ProxyDetail {
  readonly kind: 'proxy';
  readonly proxy: string;
  /** What was asked: `CONNECT host:443`, `GET http://host/`, `SOCKS5 CONNECT host:443`. */
  readonly request: string;
  readonly status: number | null;
  readonly statusText: string | null;
  readonly authSchemesOffered: readonly string[];
  readonly authUsed: string | null;
  readonly via: string | null;
  readonly server: string | null;
  /** The proxy's own reason, e.g. squid's `X-Squid-Error: ERR_CONNECT_FAIL 111`, or a SOCKS reply code. */
  readonly proxyError: string | null;
  readonly osError: string | null;
}

export type StageDetail = DnsDetail | ConnectDetail | TlsDetail | HttpDetail | ProxyDetail;

/** The outcome of one stage for one (host, port). A stage that did not run has `status: 'skip'` and no detail. */
export interface StageResult {
  readonly stage: StageName;
  readonly status: Status;
  readonly code: FailureCode | null;
  readonly message: string;
  readonly ms: number;
  readonly detail: StageDetail | null;
  /**
   * A remark that does not change the status but that every view must show (a private address for an internet
   * name); the probe's message carries it too.
   */
  readonly note?: string;
}

/** How a (host, port) is reached. */
export interface Route {
  readonly kind: 'direct' | 'http' | 'https' | 'socks4' | 'socks4a' | 'socks5' | 'socks5h';
  /** Proxy URL without credentials; `null` when direct. */
  readonly proxy: string | null;
  /** Why this route: `no proxy configured`, `--proxy`, `HTTPS_PROXY`, `NO_PROXY matched .contoso.com`, … */
  readonly reason: string;
}

/** Everything learned about one probe target. */
export interface ProbeOutcome {
  readonly targetId: string;
  readonly route: Route;
  readonly status: Status;
  readonly code: FailureCode | null;
  readonly message: string;
  readonly stages: readonly StageResult[];
  readonly startedAt: string;
  readonly ms: number;
}
