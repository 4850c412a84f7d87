import { classifyAddress, INTERNAL_KINDS, SINKHOLE_KINDS } from './address-class.js';
import { inRange, type AddressRange } from './address-range.js';

/** Whose name was resolved: an internet endpoint, or this site's own proxy. */
export type NameRole = 'endpoint' | 'proxy';

/** How a DNS answer is judged before anything connects to it. */
export interface AnswerPolicy {
  /**
   * `--lab-addresses`, for test labs only: answers inside these ranges are probed as real endpoints, without a note.
   * The unspecified addresses (0.0.0.0/8, ::) are sinkholes even inside them: nothing can listen there.
   */
  readonly lab: readonly AddressRange[];
  /**
   * A proxy's name is this site's configuration, not an internet name: loopback (local proxy agents such as Px,
   * cntlm or the Zscaler and Netskope clients listen on 127.0.0.1) and private addresses are normal for it.
   */
  readonly role: NameRole;
}

/** An address of the answer with the words that say what it is. */
export interface JudgedAddress {
  readonly address: string;
  readonly words: string;
}

/** The answer's addresses that are a filter's sinkhole, and those that lie inside a network. */
export interface AnswerJudgement {
  readonly sinkholes: readonly JudgedAddress[];
  readonly internal: readonly JudgedAddress[];
}

/** What one address is under a policy. */
export function judgeAddress(address: string, policy: AnswerPolicy): 'sinkhole' | 'internal' | 'endpoint' {
  const { kind } = classifyAddress(address);
  if (kind === 'unspecified') return 'sinkhole';
  if (policy.lab.some((range) => inRange(range, address))) return 'endpoint';
  if (policy.role === 'proxy' && (kind === 'loopback' || INTERNAL_KINDS.has(kind))) return 'endpoint';
  if (SINKHOLE_KINDS.has(kind)) return 'sinkhole';
  return INTERNAL_KINDS.has(kind) ? 'internal' : 'endpoint';
}

/** Sorts an answer's addresses into sinkholes and internal ones (the rest are ordinary endpoints). */
export function judgeAnswer(addresses: readonly string[], policy: AnswerPolicy): AnswerJudgement {
  const pick = (verdict: 'sinkhole' | 'internal'): JudgedAddress[] =>
    addresses
      .filter((address) => judgeAddress(address, policy) === verdict)
      .map((address) => ({ address, words: classifyAddress(address).words }));
  return { sinkholes: pick('sinkhole'), internal: pick('internal') };
}

const listed = (items: readonly string[]): string =>
  items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', ');

const explained = (items: readonly JudgedAddress[]): string => listed(items.map((x) => `${x.address} (${x.words})`));

/**
 * The DNS_SINKHOLED message. When only part of the answer is a sinkhole the result still fails: the SCP's resolver
 * orders the addresses itself (RFC 6724) and may well connect to the sinkhole one, so no probe of the others could
 * promise that the SCP reaches the endpoint.
 */
export function sinkholeMessage(
  name: string,
  addresses: readonly string[],
  judgement: AnswerJudgement,
  by: string,
  role: NameRole,
): string {
  const bad = new Set(judgement.sinkholes.map((x) => x.address));
  const others = addresses.filter((a) => !bad.has(a));
  const what = role === 'proxy' ? 'the proxy' : 'the endpoint';
  const also = others.length > 0 ? ` as well as ${listed(others)}` : '';
  const why =
    others.length > 0
      ? `: a DNS filter answers in place of ${what} for part of the answer (a sinkhole), and the SCP may pick that address`
      : `: a DNS filter answers in place of ${what} (a sinkhole)`;
  const them = judgement.sinkholes.length === 1 ? 'it' : 'them';
  return `${name} resolves to ${explained(judgement.sinkholes)}${also} according to ${by}${why}. Nothing was connected to ${them}`;
}

/** The note a passing DNS stage carries when an internet name resolves inside a network. */
export function internalNote(judgement: AnswerJudgement): string | null {
  if (judgement.internal.length === 0) return null;
  const one = judgement.internal.length === 1;
  return (
    `Note: ${explained(judgement.internal)} ${one ? 'is an internal address' : 'are internal addresses'}, not on the internet: ` +
    'split-horizon DNS or a private endpoint (such as Azure Private Link) answers for this internet name inside your network. ' +
    'The probe went there as the SCP will; confirm it is the intended endpoint.'
  );
}
