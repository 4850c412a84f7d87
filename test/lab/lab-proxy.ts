import type net from 'node:net';
import {
  basicAuth,
  startSimulatedProxy,
  type ProxyAuthScheme,
  type ProxyBehaviour,
  type SimulatedProxy,
  type SimulatedProxyOptions,
} from '../../src/demo/simulated-proxy.js';
import { challengeMessage, verifyAuthenticate } from './ntlm-verify.js';

/** The demo proxy's behaviours plus the ways real proxies misbehave, which only tests need. */
export type LabProxyBehaviour = ProxyBehaviour | keyof typeof misbehaviours;

/** Acts on the client connection: never answer, hang up, or answer bytes that are no HTTP. */
const misbehaviours = {
  stall: () => new Promise<void>(() => {}),
  close: (client: net.Socket) => void client.destroy(),
  garbage: (client: net.Socket) => void client.end(Buffer.from([0x00, 0x5a, 0xff, 0x13, 0x37, 0x0d, 0x0a])),
} satisfies Record<string, (client: net.Socket) => Promise<void> | void>;

export interface LabProxyOptions extends Omit<SimulatedProxyOptions, 'auth' | 'behave'> {
  /** With `password`: the proxy requires Basic (and NTLM with `ntlm`) for this account. */
  readonly user?: string;
  readonly password?: string;
  /** Also offer NTLM (connection-bound, NTLMv2 checked against `password`); `basic: false` offers NTLM only. */
  readonly ntlm?: boolean;
  readonly basic?: boolean;
  /** Replaces the offered schemes, e.g. `['Negotiate']` for a Kerberos-only proxy; it then accepts none. */
  readonly offer?: readonly string[];
  /** Per-destination behaviour; `undefined` means forward. */
  readonly behave?: (host: string, port: number) => LabProxyBehaviour | undefined;
}

/** NTLM as a proxy speaks it (MS-NLMP): a CHALLENGE for a NEGOTIATE, then the AUTHENTICATE checked against `password`. */
export function ntlmAuth(password: string): ProxyAuthScheme {
  return {
    name: 'NTLM',
    offer: 'NTLM',
    connection() {
      let serverChallenge: Buffer | null = null;
      return (token) => {
        const message = Buffer.from(token, 'base64');
        if (message.readUInt32LE(8) === 1) {
          const challenge = challengeMessage('SIMULATION');
          serverChallenge = challenge.serverChallenge;
          return { challenge: `NTLM ${challenge.message.toString('base64')}` };
        }
        return serverChallenge && verifyAuthenticate(message, serverChallenge, password) !== null ? 'connection' : 'refused';
      };
    },
  };
}

/** A scheme the proxy offers but accepts no token of (a Kerberos-only proxy, to a client without a ticket). */
const offeredOnly = (offer: string): ProxyAuthScheme => ({ name: offer.split(' ')[0] ?? offer, offer, connection: () => () => 'refused' });

/** The schemes `options` ask for; undefined (an open proxy) without a password. */
function schemesOf(options: LabProxyOptions): ProxyAuthScheme[] | undefined {
  const { password } = options;
  if (password === undefined) return undefined;
  if (options.offer) return options.offer.map(offeredOnly);
  return [...(options.basic !== false ? [basicAuth(options.user ?? '', password)] : []), ...(options.ntlm ? [ntlmAuth(password)] : [])];
}

/** Maps a lab behaviour onto the demo proxy's: a misbehaviour by name becomes its act on the connection. */
function demoBehaviour(wanted: LabProxyBehaviour | undefined): ProxyBehaviour | undefined {
  const isMisbehaviour = (w: unknown): w is keyof typeof misbehaviours => typeof w === 'string' && Object.hasOwn(misbehaviours, w);
  return isMisbehaviour(wanted) ? misbehaviours[wanted] : wanted;
}

/** The demo's simulated proxy with the tests' extras: NTLM, Negotiate-only offers and misbehaving destinations. */
export function startLabProxy(options: LabProxyOptions = {}): Promise<SimulatedProxy> {
  const { behave, deny, connectTo } = options;
  const auth = schemesOf(options);
  return startSimulatedProxy({
    ...(auth && { auth }),
    ...(deny && { deny }),
    ...(connectTo && { connectTo }),
    ...(behave && { behave: (host: string, port: number) => demoBehaviour(behave(host, port)) }),
  });
}
