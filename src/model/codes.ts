import type { StageName } from './stages.js';
import type { Status } from './status.js';

/**
 * The stable failure codes. The README's code table is generated from, and tested against, this registry:
 * it is the contract users script against, so a code is never renamed or reused for another meaning.
 */
export interface CodeInfo {
  /** The status a result carrying this code gets. */
  readonly status: Exclude<Status, 'pass'>;
  /** The stage that produces it: a probe stage (stages.ts), or loading the catalog, or the run as a whole. */
  readonly stage: StageName | 'catalog' | 'run';
  /** What happened, in words a firewall administrator understands. */
  readonly meaning: string;
  /** What to change, and where. */
  readonly fix: string;
}

export const CODES = {
  DNS_NXDOMAIN: {
    status: 'fail',
    stage: 'dns',
    meaning: 'The DNS server says the name does not exist.',
    fix: 'Check the name and the DNS forwarders/conditional forwarders used by this host; a split-horizon zone may hide the public name.',
  },
  DNS_SERVFAIL: {
    status: 'fail',
    stage: 'dns',
    meaning: 'The DNS server failed to resolve the name (SERVFAIL), usually because it cannot reach upstream DNS.',
    fix: 'Allow the DNS server (or its forwarder) to resolve internet names, or use a resolver that can.',
  },
  DNS_REFUSED: {
    status: 'fail',
    stage: 'dns',
    meaning: 'The DNS server refused to answer (REFUSED): recursion is not allowed for this host.',
    fix: 'Allow recursion for this host on its DNS server, or point the host at a resolver that recurses.',
  },
  DNS_TIMEOUT: {
    status: 'fail',
    stage: 'dns',
    meaning: 'No DNS server answered in time.',
    fix: 'Allow UDP and TCP 53 from this host to its DNS servers, and from them to the internet.',
  },
  DNS_NO_ADDRESS: {
    status: 'fail',
    stage: 'dns',
    meaning: 'The name exists but has no IPv4 or IPv6 address.',
    fix: 'Check for a stale or filtered record (a DNS firewall can strip answers); the name must resolve to A or AAAA records.',
  },
  DNS_SINKHOLED: {
    status: 'fail',
    stage: 'dns',
    meaning:
      'The name resolves to an unspecified, loopback, link-local or multicast address: a DNS filter answers in place of the endpoint ' +
      '(a sinkhole). Nothing is connected to such an address.',
    fix:
      "Allow this name in the DNS filtering policy (DNS firewall, RPZ, protective DNS or the resolver's block list) " +
      'used by this host, so it resolves to its public addresses.',
  },
  CONNECT_REFUSED: {
    status: 'fail',
    stage: 'connect',
    meaning: 'The connection was actively refused (TCP reset): a firewall rejects it or nothing listens on that port.',
    fix: 'Allow outbound TCP to this host and port on every firewall between the SCP and the internet.',
  },
  CONNECT_REJECTED: {
    status: 'fail',
    stage: 'connect',
    meaning: 'A firewall or router rejected the connection with an ICMP error (host unreachable or administratively prohibited).',
    fix:
      'Allow outbound TCP to this host and port on the firewall that sends the reject (the hop between the SCP and the internet); ' +
      'if no firewall rejects it, check the routing to this address.',
  },
  CONNECT_TIMEOUT: {
    status: 'fail',
    stage: 'connect',
    meaning: 'The connection attempt got no answer in time: a firewall silently drops it.',
    fix: 'Allow outbound TCP to this host and port on every firewall between the SCP and the internet.',
  },
  CONNECT_RESET: {
    status: 'fail',
    stage: 'connect',
    meaning: 'The connection was opened and then reset, typically by a firewall or IPS inspecting the traffic.',
    fix: 'Check IPS/application-control policies for this destination and allow it.',
  },
  NETWORK_UNREACHABLE: {
    status: 'fail',
    stage: 'connect',
    meaning: 'This host has no route to the address (network or host unreachable).',
    fix: 'Add a default route or a route to the internet, or use the proxy the SCP is configured with.',
  },
  LOCAL_LIMIT_REACHED: {
    status: 'fail',
    stage: 'connect',
    meaning:
      'This host ran out of open files or socket buffers before the connection (or the DNS question) could be tried: nothing was sent, ' +
      'so the result says nothing about the firewall.',
    fix: "Raise this host's open-files limit (ulimit -n) or lower --concurrency, and run the check again.",
  },
  TLS_HANDSHAKE_FAILED: {
    status: 'fail',
    stage: 'tls',
    meaning: 'The TLS handshake did not complete (connection closed, reset or no common cipher).',
    fix: 'Check TLS inspection devices and cipher policies between this host and the endpoint.',
  },
  TLS_NO_SHARED_CIPHER: {
    status: 'fail',
    stage: 'tls',
    meaning:
      'The endpoint completes a handshake with a full TLS client, but not with the cipher suites, ' +
      "curves and signature algorithms this Windows version's Schannel offers by default: the SCP on that version cannot connect.",
    fix:
      'Enable the suites the endpoint accepts by Group Policy (Computer Configuration > Administrative Templates > Network > SSL ' +
      'Configuration Settings > SSL Cipher Suite Order), or install the role on a newer Windows Server.',
  },
  TLS_CERT_UNTRUSTED: {
    status: 'fail',
    stage: 'tls',
    meaning: 'The certificate chain does not lead to a trusted root.',
    fix:
      'If a TLS inspection device re-signs traffic, exempt this destination, or name its CA with --ca-file (the result is then ' +
      'TLS_INTERCEPTED) and install that CA on the SCP host; otherwise install the missing public root in LocalMachine\\Root: ' +
      "today's Microsoft endpoints chain to DigiCert Global Root G2, Microsoft RSA Root Certificate Authority 2017 or Microsoft ECC " +
      'Root Certificate Authority 2017 (Baltimore CyberTrust Root expired on 2025-05-12 and no longer validates anything).',
  },
  TLS_CERT_WRONG_USAGE: {
    status: 'fail',
    stage: 'tls',
    meaning:
      'The certificate chain is trusted, but the certificate is not allowed for TLS server authentication (extended key usage or key ' +
      'usage).',
    fix:
      'The server or a TLS inspection device in the path presents a certificate not issued for TLS servers: ' +
      'exempt this destination from inspection, or have the inspection CA issue serverAuth certificates.',
  },
  TLS_CERT_EXPIRED: {
    status: 'fail',
    stage: 'tls',
    meaning: 'A certificate in the chain has expired or is not yet valid.',
    fix: "Check this host's clock; if it is right, the certificate was presented by an interceptor or a wrong server.",
  },
  TLS_HOSTNAME_MISMATCH: {
    status: 'fail',
    stage: 'tls',
    meaning: 'The certificate does not name this host: the connection reached a different server.',
    fix: 'Check DNS and any transparent proxy or captive portal that answers in place of the endpoint.',
  },
  TLS_PROTOCOL_TOO_OLD: {
    status: 'fail',
    stage: 'tls',
    meaning: 'Only TLS older than 1.2 was negotiated; the SCP requires TLS 1.2.',
    fix: 'Enable TLS 1.2 on the device terminating TLS for this destination.',
  },
  TLS_INTERCEPTED: {
    status: 'warn',
    stage: 'tls',
    meaning: 'The certificate chain validates only through a non-public root: a TLS inspection device is re-signing this traffic.',
    fix: 'Microsoft does not support TLS inspection for *.manage.microsoft.com: exempt the SCP destinations from inspection.',
  },
  REVOCATION_UNREACHABLE: {
    status: 'warn',
    stage: 'tls',
    meaning:
      "A CRL or OCSP address named in the endpoint's certificate chain cannot be fetched along the route the SCP takes: " +
      'Windows may refuse the chain when it cannot check revocation.',
    fix:
      'Allow TCP 80 from this host (or its proxy) to the named CRL/OCSP host; it is listed in the firewall change request as needed ' +
      'to check revocation.',
  },
  HTTP_TIMEOUT: {
    status: 'fail',
    stage: 'http',
    meaning: 'The connection opened but no HTTP response arrived in time.',
    fix: 'Check inspection devices and proxies that hold the request; the endpoint itself answers quickly.',
  },
  HTTP_PROTOCOL_ERROR: {
    status: 'fail',
    stage: 'http',
    meaning: 'Something answered, but not with valid HTTP.',
    fix: 'A device in the path answers in place of the endpoint; find it by the address and exempt this destination.',
  },
  CLOCK_SKEW: {
    status: 'warn',
    stage: 'http',
    meaning:
      'The clock of this host is more than 5 minutes away from the Date the endpoints send: certificate validation and Entra ID ' +
      'tokens fail on a host with a skewed clock.',
    fix: "Synchronise this host's clock (w32tm /resync; in a domain, check the time source of the PDC emulator).",
  },
  WILDCARD_UNTESTED: {
    status: 'skip',
    stage: 'catalog',
    meaning: 'A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.',
    fix: 'Allow the wildcard as documented on the firewall or proxy (by FQDN pattern); check the SCP logs for concrete names.',
  },
  RUN_STOPPED: {
    status: 'skip',
    stage: 'run',
    meaning:
      'The run was stopped (its --deadline passed, or it was interrupted with Ctrl-C) before this probe finished; ' +
      'nothing was measured about this endpoint.',
    fix: 'Run the check again with a longer --deadline, and let it finish.',
  },
  PROXY_UNREACHABLE: {
    status: 'fail',
    stage: 'proxy',
    meaning: 'The proxy itself cannot be reached from this host.',
    fix: 'Check the proxy address and port, and allow this host to reach the proxy.',
  },
  PROXY_AUTH_REQUIRED: {
    status: 'fail',
    stage: 'proxy',
    meaning: 'The proxy requires authentication (407) and no credentials were given.',
    fix:
      'Configure the site system proxy server account, or allow the SCP computer account / anonymous access for these destinations on ' +
      'the proxy.',
  },
  PROXY_AUTH_FAILED: {
    status: 'fail',
    stage: 'proxy',
    meaning: 'The proxy rejected the credentials (407 after authenticating).',
    fix: 'Check the proxy account name, domain and password, and that the account is allowed to use the proxy.',
  },
  PROXY_AUTH_UNSUPPORTED: {
    status: 'fail',
    stage: 'proxy',
    meaning: 'The proxy offers only authentication schemes this tool cannot use (for example Negotiate/Kerberos only).',
    fix: 'Enable Basic or NTLM for the SCP on the proxy, or exempt the SCP from proxy authentication.',
  },
  PROXY_DENIED: {
    status: 'fail',
    stage: 'proxy',
    meaning: 'The proxy refused this destination by policy (403, or its own block page).',
    fix: 'Allow this destination in the proxy policy (URL/category filter or ACL).',
  },
  PROXY_UPSTREAM_FAILED: {
    status: 'fail',
    stage: 'proxy',
    meaning: 'The proxy could not reach the endpoint (502/503/504 or a proxy timeout).',
    fix: 'Allow the proxy itself to reach this destination on the named port, and check its DNS.',
  },
  PROXY_PROTOCOL_ERROR: {
    status: 'fail',
    stage: 'proxy',
    meaning: 'The proxy answered with something that is not valid proxy protocol.',
    fix: 'Check the proxy URL scheme and port (an HTTP proxy on a SOCKS port, or TLS to a plain proxy).',
  },
} as const satisfies Record<string, CodeInfo>;

/** A stable failure code. */
export type FailureCode = keyof typeof CODES;

/** Every code, in table order. */
export const FAILURE_CODES = Object.keys(CODES) as FailureCode[];

/** Whether a string is one of our failure codes (for validating saved reports and catalogs). */
export function isFailureCode(value: unknown): value is FailureCode {
  return typeof value === 'string' && Object.hasOwn(CODES, value);
}
