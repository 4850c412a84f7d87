import type { Duplex } from 'node:stream';
import type { AddressRange } from './address-range.js';
import type { ExchangeResult } from './http-exchange.js';
import type { Route, StageResult } from './types.js';
import type { Slots } from './slots.js';

/** What a run knows that every probe needs. */
export interface ProbeContext {
  /** The run's signal (whole-run deadline, Ctrl-C); every probe combines it with its own stage bounds. */
  readonly signal: AbortSignal;
  /**
   * When the run's deadline passes (`Date.now()` time), for code that blocks the event loop and so cannot rely on
   * the signal's timer firing (a PAC script's interrupt handler checks it).
   */
  readonly deadlineAt?: number;
  readonly timeoutMs: number;
  readonly dnsServers: readonly string[];
  readonly trust: import('./trust-store.js').TrustStore;
  /** Whether a host is covered by the catalog (redirect hops to other hosts are undocumented dependencies). */
  readonly isDocumented: (host: string) => boolean;
  /** Picks the route and the opener for a destination. */
  readonly routeFor: (destination: Destination) => { route: Route; opener: Opener };
  /** Only the demo and tests set this: maps a documented port onto the loopback port that simulates it. */
  readonly dialPort?: (host: string, port: number) => number;
  /** `--client-profile`: what the TLS stage offers; absent or `node` = OpenSSL's full set. */
  readonly clientProfile?: import('./client-profiles/offer.js').ProfileOffer;
  /** `--lab-addresses` (test labs only): DNS answers inside these ranges are real endpoints, not sinkholes. */
  readonly labAddresses?: readonly AddressRange[];
  /** The run's limit on TLS handshakes and HTTP exchanges in flight (runProbes sets it; none: unlimited). */
  readonly work?: Slots;
  /** The run's limit on DNS resolutions in flight (runProbes sets it; none: unlimited). */
  readonly dns?: Slots;
  /**
   * Told when a probe starts waiting on a stage, for the CLI's progress line ("waiting on host:443 (connect, 6 s)");
   * it only observes. probeTarget tags each event with its probe's id.
   */
  readonly onStage?: (event: StageEvent) => void;
}

/** A probe starting a stage: the host and port it waits on (a redirect hop's, or the proxy's route to it). */
export interface StageEvent {
  readonly probeId?: string;
  readonly host: string;
  readonly port: number;
  readonly stage: import('./types.js').StageName;
}

export interface Destination {
  readonly host: string;
  readonly port: number;
  readonly scheme: 'https' | 'http';
}

/** A connection to a destination along a route, with the stages it took to open it. */
export interface OpenedPath {
  readonly stages: readonly StageResult[];
  /** `null` when a stage failed; the caller then skips the rest. */
  readonly socket: Duplex | null;
  /** True when HTTP must be sent to a proxy in absolute form (`GET http://host/path`). */
  readonly absoluteForm: boolean;
  /** Headers the route adds to the request (proxy credentials for absolute form). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * For absolute form the response may be the proxy's own (403, 407, 502, a block page): the route judges it
   * first and returns a failed `proxy` stage, or `null` when the response is the endpoint's.
   */
  readonly judgeResponse?: (response: ExchangeResult) => StageResult | null;
  /**
   * The route actually taken, when the opener decided it (a PAC answer, or the proxy of a fallback list that
   * answered); otherwise the selector's route stands.
   */
  readonly route?: Route;
}

/** Opens a connection to a destination along one kind of route (direct, HTTP proxy, SOCKS…). */
export type Opener = (destination: Destination, context: ProbeContext, signal: AbortSignal) => Promise<OpenedPath>;
