import net from 'node:net';
import type { Answer, DecodedPacket, StringAnswer } from 'dns-packet';
import type { FailureCode } from '../model/codes.js';
import { boundedScope } from './bounded-signal.js';
import { isLocalLimitError } from './connect.js';
import { queryServer, unansweredMessage, type QueryOutcome } from './dns-query.js';
import { runStopOf, stoppedStage } from './run-stop.js';
import { internalNote, judgeAnswer, sinkholeMessage, type AnswerPolicy } from './sinkhole.js';
import type { DnsDetail, DnsQueryRecord, StageResult } from './types.js';

/** Where to ask and how long to wait. */
export interface DnsProbeOptions {
  /** `ip:port`, in the order the OS would try them. */
  servers: readonly string[];
  signal: AbortSignal;
  /** The bound for the whole stage, across all servers. */
  timeoutMs: number;
  /** How the answer is judged before anything connects (sinkhole.ts); absent: no lab ranges, an endpoint's name. */
  policy?: AnswerPolicy;
}

const NO_LAB: AnswerPolicy = { lab: [], role: 'endpoint' };

type Cname = DnsDetail['cnames'][number];
type Address = DnsDetail['addresses'][number];

/** One server's combined A and AAAA answer. */
interface ServerAnswer {
  server: string;
  rcode: string;
  cnames: Cname[];
  addresses: Address[];
}

const RCODE_CODES: Record<string, FailureCode> = {
  NXDOMAIN: 'DNS_NXDOMAIN',
  SERVFAIL: 'DNS_SERVFAIL',
  REFUSED: 'DNS_REFUSED',
};
const MAX_CHAIN = 16;
const bare = (name: string): string => name.toLowerCase().replace(/\.$/, '');
const same = (a: string, b: string): boolean => bare(a) === bare(b);

const isString = (r: Answer): r is StringAnswer => 'data' in r && typeof r.data === 'string';

/** Follows the CNAME chain from the asked name and takes the addresses of its last name only (RFC 1034 §3.6.2). */
function readAnswer(name: string, packet: DecodedPacket, type: 'A' | 'AAAA') {
  const answers = (packet.answers ?? []).filter(isString);
  const cnames: Cname[] = [];
  let current = name;
  for (let hop = 0; hop < MAX_CHAIN; hop += 1) {
    const alias = answers.find((r) => r.type === 'CNAME' && same(r.name, current));
    if (alias === undefined) break;
    cnames.push({ name: alias.name, target: alias.data, ttl: alias.ttl ?? 0 });
    current = alias.data;
  }
  const addresses = answers
    .filter((r) => r.type === type && same(r.name, current))
    .map((r) => ({ address: r.data, family: type === 'A' ? (4 as const) : (6 as const), ttl: r.ttl ?? 0 }));
  return { cnames, addresses };
}

/** Combines A and AAAA from one server; `null` when neither came back. Addresses win over any rcode. */
function combine(name: string, server: string, a: QueryOutcome, aaaa: QueryOutcome): ServerAnswer | null {
  const read = (outcome: QueryOutcome, type: 'A' | 'AAAA') => {
    if (outcome.response === null) return null;
    return { rcode: outcome.rcode ?? 'NOERROR', ...readAnswer(name, outcome.response, type) };
  };
  const four = read(a, 'A');
  const six = read(aaaa, 'AAAA');
  const answered = [four, six].filter((x): x is NonNullable<typeof x> => x !== null);
  const [firstAnswer] = answered;
  if (firstAnswer === undefined) return null;
  const addresses = answered.flatMap((x) => x.addresses);
  // A definitive answer (NOERROR, NXDOMAIN) says more than a server failure; among equals, A's comes first.
  const primary =
    answered.find((x) => x.addresses.length > 0) ?? answered.find((x) => x.rcode === 'NOERROR' || x.rcode === 'NXDOMAIN') ?? firstAnswer;
  return { server, rcode: addresses.length > 0 ? 'NOERROR' : primary.rcode, cnames: primary.cnames, addresses };
}

/** The failure code for a server's answer, `null` when it gives addresses. */
function codeFor(answer: ServerAnswer): FailureCode | null {
  if (answer.addresses.length > 0) return null;
  if (answer.rcode === 'NOERROR') return 'DNS_NO_ADDRESS';
  // FORMERR, NOTIMP and rarer codes mean the same to an administrator: this server could not resolve the name.
  return RCODE_CODES[answer.rcode] ?? 'DNS_SERVFAIL';
}

function describe(name: string, answer: ServerAnswer, code: FailureCode | null): string {
  const last = answer.cnames.at(-1)?.target;
  const subject = last === undefined ? name : `${name} is an alias of ${last}, which`;
  const by = `DNS server ${answer.server}`;
  switch (code) {
    case null: {
      const list = answer.addresses.map((x) => x.address);
      const shown = list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', ');
      return `${name} resolves to ${shown}${last === undefined ? '' : ` (via alias ${last})`} according to ${by}`;
    }
    case 'DNS_NXDOMAIN':
      return `${subject} does not exist according to ${by} (NXDOMAIN)`;
    case 'DNS_NO_ADDRESS':
      return `${subject} exists but has no IPv4 or IPv6 address according to ${by}`;
    case 'DNS_REFUSED':
      return `${by} refused to resolve ${name} (REFUSED): recursion is not allowed for this host`;
    default:
      return `${by} failed to resolve ${name} (${answer.rcode})`;
  }
}

function detail(name: string, answer: ServerAnswer | null, queries: DnsQueryRecord[]): DnsDetail {
  const addresses = answer?.addresses ?? [];
  // Connect to IPv4 first: the SCP's own WinHTTP/.NET stack usually prefers it on dual-stack hosts, and a broken
  // IPv6 path is common on corporate networks; the IPv6 addresses stay in the evidence.
  const chosen = (addresses.find((x) => x.family === 4) ?? addresses[0])?.address ?? null;
  const found = { server: answer?.server ?? null, rcode: answer?.rcode ?? null, cnames: answer?.cnames ?? [] };
  return { kind: 'dns', name, ...found, addresses, chosen, queries };
}

function result(name: string, answer: ServerAnswer, queries: DnsQueryRecord[], ms: number, policy: AnswerPolicy): StageResult {
  const code = codeFor(answer);
  if (code !== null)
    return { stage: 'dns', status: 'fail', code, message: describe(name, answer, code), ms, detail: detail(name, answer, queries) };
  // An answer is judged before anything connects to it: a sinkhole fails here and nothing dials it.
  const list = answer.addresses.map((x) => x.address);
  const judgement = judgeAnswer(list, policy);
  if (judgement.sinkholes.length > 0) {
    const last = answer.cnames.at(-1)?.target;
    const subject = last === undefined ? name : `${name} (via alias ${last})`;
    const message = sinkholeMessage(subject, list, judgement, `DNS server ${answer.server}`, policy.role);
    return { stage: 'dns', status: 'fail', code: 'DNS_SINKHOLED', message, ms, detail: { ...detail(name, answer, queries), chosen: null } };
  }
  const note = internalNote(judgement);
  const message = describe(name, answer, null);
  return {
    stage: 'dns',
    status: 'pass',
    code: null,
    ms,
    detail: detail(name, answer, queries),
    ...(note === null ? { message } : { message: `${message}. ${note}`, note }),
  };
}

/**
 * The DNS stage: asks the servers in order for A and AAAA (in parallel), moving on when a server does not answer,
 * fails (SERVFAIL) or refuses, as the C library's stub resolver does. Never throws; bounded by `timeoutMs` and
 * `signal` together.
 */
export async function resolveHost(name: string, options: DnsProbeOptions): Promise<StageResult> {
  const began = performance.now();
  const elapsed = (): number => Math.round(performance.now() - began);
  const literal = name.replace(/^\[(.*)\]$/, '$1');
  if (net.isIP(literal) !== 0) {
    const addresses = [{ address: literal, family: net.isIPv6(literal) ? 6 : 4, ttl: 0 } as const];
    const evidence: DnsDetail = {
      kind: 'dns',
      name,
      server: null,
      rcode: null,
      cnames: [],
      addresses,
      chosen: literal,
      queries: [],
    };
    const message = `${name} is an IP address: no DNS lookup needed`;
    return { stage: 'dns', status: 'pass', code: null, message, ms: elapsed(), detail: evidence };
  }
  const policy = options.policy ?? NO_LAB;
  const stage = boundedScope(options.signal, options.timeoutMs);
  const queries: DnsQueryRecord[] = [];
  let fallback: ServerAnswer | null = null;
  try {
    for (const [index, server] of options.servers.entries()) {
      if (stage.signal.aborted) break;
      // Share what is left fairly among the servers not yet asked, so a dead first server leaves time for the next.
      const budget = Math.max(1, (options.timeoutMs - elapsed()) / (options.servers.length - index));
      const attempt = boundedScope(stage.signal, budget);
      try {
        const ask = { signal: attempt.signal, resendMs: budget / 2 };
        const [a, aaaa] = await Promise.all([queryServer(server, name, 'A', ask), queryServer(server, name, 'AAAA', ask)]);
        queries.push(...a.records, ...aaaa.records);
        const answer = combine(name, server, a, aaaa);
        if (answer === null) continue;
        const code = codeFor(answer);
        if (code === null || code === 'DNS_NXDOMAIN' || code === 'DNS_NO_ADDRESS') {
          return result(name, answer, queries, elapsed(), policy);
        }
        fallback ??= answer;
      } finally {
        attempt.dispose();
      }
    }
  } finally {
    stage.dispose();
  }
  if (fallback !== null) return result(name, fallback, queries, elapsed(), policy);
  const stop = runStopOf(options.signal);
  if (stop) return stoppedStage('dns', stop, `resolving ${name}`, elapsed(), detail(name, null, queries));
  // Every question failed on this host before it was sent (out of open files or socket buffers): no DNS server
  // was asked, so blaming them ("no DNS server answered") would send the admin after the wrong problem.
  if (queries.length > 0 && queries.every((q) => isLocalLimitError(q.error))) {
    const errors = [...new Set(queries.map((q) => q.error))].join(', ');
    return {
      stage: 'dns',
      status: 'fail',
      code: 'LOCAL_LIMIT_REACHED',
      ms: elapsed(),
      message:
        `This host could not open a socket to ask DNS for ${name} (${errors}): it ran out of open files or socket ` +
        'buffers, so no question was sent and neither DNS nor the firewall was tested.',
      detail: detail(name, null, queries),
    };
  }
  return {
    stage: 'dns',
    status: 'fail',
    code: 'DNS_TIMEOUT',
    ms: elapsed(),
    message:
      options.servers.length === 0
        ? `No DNS server is configured on this host to resolve ${name}`
        : unansweredMessage(name, options.servers, queries, options.timeoutMs),
    detail: detail(name, null, queries),
  };
}
