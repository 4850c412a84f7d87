import { InputError } from '../model/input-error.js';

/** A duration flag: its name, the unit of a bare number, and the shortest value that can mean what the user wants. */
export interface DurationFlag {
  readonly flag: string;
  /** What a bare number counts: `--timeout 8000` is milliseconds (as before units existed), `--deadline 300` seconds. */
  readonly bare: 'ms' | 's';
  /** The shortest accepted value, in milliseconds. */
  readonly minMs: number;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

const show = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/**
 * Parses `8s`, `8000ms`, `1.5s`, `2m` or a bare number (in the flag's bare unit) into whole milliseconds. Anything
 * else is one InputError line (exit 2) that says what was wrong: not a number, an unknown unit, or a value below
 * the minimum, with the likely intent (`--timeout 60` is 60 ms, almost surely meant as 60 s).
 */
export function parseDuration(value: unknown, spec: DurationFlag): number {
  const text = String(Array.isArray(value) ? value.at(-1) : value).trim();
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(text);
  if (match === null) {
    throw new InputError(
      `${spec.flag} ${text}: not a number; give ${spec.bare === 'ms' ? 'milliseconds (8000)' : 'seconds (300)'} or a number ` +
        'with a unit: ms, s or m (e.g. 8s, 8000ms)',
    );
  }
  const unit = (match[2] || spec.bare).toLowerCase();
  const factor = UNIT_MS[unit];
  if (factor === undefined) throw new InputError(`${spec.flag} ${text}: unknown unit "${match[2]}"; use ms, s or m (e.g. 8s, 8000ms)`);
  const ms = Math.round(Number(match[1]) * factor);
  if (ms < spec.minMs) {
    const hint = match[2] === '' && spec.bare === 'ms' ? `: a bare number is milliseconds; did you mean ${text}s?` : '';
    throw new InputError(`${spec.flag} ${text} is ${show(ms)}, under the ${show(spec.minMs)} minimum${hint}`);
  }
  return ms;
}

/** `--timeout`: per stage; a bare number is milliseconds. Under 100 ms no real handshake completes. */
export const TIMEOUT_FLAG: DurationFlag = { flag: '--timeout', bare: 'ms', minMs: 100 };
/** `--deadline`: the whole run; a bare number is seconds. */
export const DEADLINE_FLAG: DurationFlag = { flag: '--deadline', bare: 's', minMs: 1000 };
