import type { Destination, Opener, OpenedPath, ProbeContext } from '../probes/opener.js';
import type { RouteSelector } from '../probes/routing.js';
import { runStopOf, stoppedStage } from '../probes/run-stop.js';
import type { Route, StageResult } from '../probes/types.js';
import { openerFor } from './openers.js';
import type { ProxyCredentials, RouteCandidate } from './types.js';
import { extended } from '../model/extended.js';

/**
 * Decides the candidate routes for a destination, best first; a PAC answer needs the run's context and time, so it
 * comes back as a function the opener calls (resolving to the candidates, or the stage that says why there are none).
 */
export type RouteChooser = (destination: Destination) => readonly RouteCandidate[] | Deferred;
type Deferred = (context: ProbeContext) => Promise<readonly RouteCandidate[] | StageResult>;

/**
 * A RouteSelector from a chooser. With one candidate the route is known up front; with a list (`PROXY a; PROXY b;
 * DIRECT`) or an asynchronous choice (PAC) the opener tries the candidates in order, moving on only when a proxy
 * cannot be reached (as browsers and WinHTTP do), and returns the route that answered.
 */
export function routingFrom(choose: RouteChooser, credentials: ProxyCredentials | null, pending: Route): RouteSelector {
  return (destination) => {
    const chosen = choose(destination);
    const only = typeof chosen === 'function' || chosen.length !== 1 ? undefined : chosen[0];
    if (only !== undefined) return { route: only.route, opener: openerFor(only, credentials) };
    const opener: Opener = async (d, context, signal) => {
      const list = typeof chosen === 'function' ? await chosen(context) : chosen;
      // A PAC answer computed while the run stopped is not the script's real answer: its dnsResolve() calls were cut
      // short and came back empty. Its route must not be dialled (and then blamed, as an unreachable proxy).
      const stop = runStopOf(signal);
      if (stop && typeof chosen === 'function') {
        const detail = isCandidates(list) ? null : list.detail;
        return {
          stages: [
            stoppedStage(
              'proxy',
              stop,
              `the proxy configuration (PAC) was choosing the route to ${d.host} port ${d.port}`,
              isCandidates(list) ? 0 : list.ms,
              detail,
            ),
          ],
          socket: null,
          absoluteForm: false,
          route: pending,
        };
      }
      if (!isCandidates(list)) return { stages: [list], socket: null, absoluteForm: false, route: pending };
      return tryInOrder(list, credentials, d, context, signal);
    };
    return { route: pending, opener };
  };
}

function isCandidates(value: readonly RouteCandidate[] | StageResult): value is readonly RouteCandidate[] {
  return Array.isArray(value);
}

async function tryInOrder(
  list: readonly RouteCandidate[],
  credentials: ProxyCredentials | null,
  ...args: Parameters<Opener>
): Promise<OpenedPath> {
  const passedOver: StageResult[] = [];
  const unreachable: string[] = [];
  for (const [i, candidate] of list.entries()) {
    const opened = await openerFor(candidate, credentials)(...args);
    const down = opened.stages.find((s) => s.code === 'PROXY_UNREACHABLE');
    if (down && i < list.length - 1 && runStopOf(args[2]) === null) {
      // Kept as evidence, not as the verdict: the next candidate is what the SCP would use.
      passedOver.push(extended(down, { status: 'skip', code: null, message: `Fallback: ${down.message}` }));
      unreachable.push(candidate.server?.url ?? 'DIRECT');
      continue;
    }
    const route =
      unreachable.length === 0
        ? candidate.route
        : {
            ...candidate.route,
            reason: `${candidate.route.reason}; ${unreachable.join(', ')} unreachable, so ${candidate.server?.url ?? 'DIRECT'} was used`,
          };
    return { ...opened, stages: [...passedOver, ...opened.stages], route };
  }
  return {
    stages: [
      {
        stage: 'proxy',
        status: 'fail',
        code: 'PROXY_PROTOCOL_ERROR',
        message: 'The proxy configuration gave no route at all.',
        ms: 0,
        detail: null,
      },
    ],
    socket: null,
    absoluteForm: false,
  };
}
