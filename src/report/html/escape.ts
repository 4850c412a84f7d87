/**
 * HTML escaping as a type: `html` is a tagged template whose interpolations are escaped unless they are already
 * `Html` built by this module, so a report string from the network or an input file cannot become markup by
 * forgetting to call an escape function.
 */

/** A fragment of markup that is safe to insert as is. */
export interface Html {
  readonly __html: string;
}

/** What may be interpolated into `html`: text (escaped), markup, lists of either, or nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Control characters (other than tab and newline) and lone surrogates: not allowed in HTML text. */
const UNFIT_SOURCE =
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]` +
  String.raw`|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const UNFIT = new RegExp(UNFIT_SOURCE, 'g');
/**
 * Every character escapeHtml may change, any surrogate included (a paired one is kept): one character class, which
 * is several times faster to test than UNFIT's lookarounds, and almost no report string has one. Not global:
 * `test` then keeps no position between calls.
 */
const MAY_CHANGE = String.raw`&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF`;
const MAY_NEED_ESCAPE = new RegExp(`[${MAY_CHANGE}]`);

/**
 * Escapes text for element content and quoted attribute values. Control characters (other than tab/newline) and
 * lone surrogates become U+FFFD: they are not allowed in HTML text and can confuse viewers that copy the report.
 */
export function escapeHtml(text: string): string {
  // Most report strings need nothing: one test, and the string itself, instead of two replaces that copy it (the
  // escaping was a tenth of a 2,000-endpoint run's allocations, issue 10).
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  return text.replace(UNFIT, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Marks trusted markup (our own constants only — never data from a report). */
export function trusted(markup: string): Html {
  return { __html: markup };
}

/**
 * Markup built by `html`: the template's own strings and the values given to it, kept as they are and escaped only
 * when walked. A report of 10,000 endpoints is about 25 MB of markup; joined level by level it cost several times
 * that in intermediate strings, and collected into a list of pieces per template it was still the largest
 * allocation of writing the report (issue 10). `__html` joins on demand; htmlPieces walks the pieces without
 * joining them, for writing a file piece by piece.
 */
class Fragment implements Html {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly HtmlValue[],
  ) {}

  get __html(): string {
    return [...htmlPieces(this)].join('');
  }
}

/**
 * Markup for each item of a list, made only when it is walked (written or joined) and dropped after: the rows of a
 * table of 10,000 endpoints are never all held as markup at once (issue 10). Walked twice, it renders twice.
 */
class EachFragment<T> implements Html {
  constructor(
    readonly items: readonly T[],
    readonly render: (item: T, index: number) => HtmlValue,
  ) {}

  get __html(): string {
    return [...htmlPieces(this)].join('');
  }
}

/** `items.map(render)` as markup that is rendered item by item while it is written (see EachFragment). */
export function each<T>(items: readonly T[], render: (item: T, index: number) => HtmlValue): Html {
  return new EachFragment(items, render);
}

function isHtml(value: unknown): value is Html {
  if (value instanceof Fragment || value instanceof EachFragment) return true;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Html).__html === 'string';
}

// Array.isArray does not narrow a readonly array type; this does.
function isList(value: HtmlValue): value is readonly HtmlValue[] {
  return Array.isArray(value);
}

/** What the walk descends into: a template, a list of values, or a list rendered item by item. */
type Branch = Fragment | EachFragment<unknown> | readonly HtmlValue[];

/** What kind of branch a stack entry holds (numbers: a step compares one small integer). */
type BranchKind = typeof TEMPLATE | typeof EACH | typeof LIST;
const TEMPLATE = 0;
const EACH = 1;
const LIST = 2;

/** The text of markup in order, piece by piece, without building it as one string (walkHtml, one piece a step). */
export function* htmlPieces(markup: Html): Generator<string> {
  let piece = '';
  const steps = walkHtml(markup, (p) => {
    piece = p;
    return true;
  });
  while (steps.next().done !== true) yield piece;
}

/**
 * Hands the text of markup to `take` in order, without building it as one string: markup as it is, text escaped,
 * lists in order, nothing for null/undefined/false. Pauses (one step) whenever `take` answers true; see
 * PieceStream.
 */
export function* walkHtml(markup: Html, take: (piece: string) => boolean): Generator<void> {
  // An explicit stack, not recursion: fragments nest a few levels deep but hold thousands of pieces. Parallel
  // stacks (branch, its kind, next step, its step count) rather than one of frame objects: a frame per template
  // walked was garbage too; the kind and the count are kept so that a step asks no `instanceof` (issue 10).
  const branches: Branch[] = [];
  const kinds: BranchKind[] = [];
  const next: number[] = [];
  const ends: number[] = [];
  /** A leaf's text ('' for nothing), or '' after pushing a branch to walk. */
  const enter = (value: HtmlValue): string => {
    if (value === null || value === undefined || value === false) return '';
    if (value instanceof Fragment) {
      // A template alternates its strings and values, starting and ending with a string.
      push(value, TEMPLATE, value.strings.length + value.values.length);
      return '';
    }
    if (value instanceof EachFragment) {
      push(value, EACH, value.items.length);
      return '';
    }
    if (isList(value)) {
      push(value, LIST, value.length);
      return '';
    }
    return isHtml(value) ? value.__html : escapeHtml(String(value));
  };
  const push = (branch: Branch, kind: BranchKind, steps: number): void => {
    branches.push(branch);
    kinds.push(kind);
    next.push(0);
    ends.push(steps);
  };
  const first = enter(markup);
  if (first !== '' && take(first)) yield;
  while (branches.length > 0) {
    const top = branches.length - 1;
    const index = next[top] as number;
    if (index === ends[top]) {
      branches.pop();
      kinds.pop();
      next.pop();
      ends.pop();
      continue;
    }
    next[top] = index + 1;
    const branch = branches[top];
    let text: string;
    switch (kinds[top]) {
      case TEMPLATE:
        // A template's own strings are trusted; an empty one (between adjacent values) is no piece, nor is the
        // undefined that a tagged template gives for an invalid escape in its text. Its values sit between them.
        text = index % 2 === 0 ? ((branch as Fragment).strings[index / 2] ?? '') : enter((branch as Fragment).values[(index - 1) / 2]);
        break;
      case EACH: {
        const rows = branch as EachFragment<unknown>;
        text = enter(rows.render(rows.items[index], index));
        break;
      }
      default:
        text = enter((branch as readonly HtmlValue[])[index]);
    }
    if (text !== '' && take(text)) yield;
  }
}

/** Builds markup; every interpolated value that is not `Html` is escaped (when the markup is walked). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  return new Fragment(strings, values);
}

/** Joins fragments with a separator (escaped if it is text). */
export function join(items: readonly HtmlValue[], separator: HtmlValue): Html {
  const values = items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
  // A template with nothing around its values.
  return new Fragment(Array<string>(values.length + 1).fill(''), values);
}

/** An `href` only for http(s) URLs; anything else (javascript:, data:) is shown as text instead of linked. */
export function link(url: string, text: HtmlValue = url): Html {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? html`<a href="${url}">${text}</a>` : html`${text}`;
}

/**
 * Where breakable may break: after a slash or query separator, and after a dot unless digits are on both sides (an
 * address, 127.0.0.1:3128, stays whole).
 */
const BREAKS = /(?<=[/?&=,])|(?<=\.)(?!\d)|(?<=\D\.)/;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** BREAKS at one position (0 < at < length), by character codes. */
function breaksBefore(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  // / ? & = ,
  if (before === 0x2f || before === 0x3f || before === 0x26 || before === 0x3d || before === 0x2c) return true;
  if (before !== 0x2e) return false;
  return !isDigit(text.charCodeAt(at)) || (at >= 2 && !isDigit(text.charCodeAt(at - 2)));
}

/**
 * Hostnames and URLs with line-break opportunities only after dots, slashes and query separators, inside a
 * `.host` span that forbids any other break: `download.visualstudio.microsoft.com` may wrap as `download.` /
 * `visualstudio.` / `microsoft.com`, never as `visualstu` / `dio` (a reader copies labels, and a split label reads
 * as a different name). Browsers also break after a hyphen (UAX #14), so a piece with one (`sccmconnected-a01.`)
 * is kept whole by a `.nb` span. Text with spaces (an action sentence) still wraps at its spaces.
 */
export function breakable(text: string): Html {
  // Most texts have nothing to escape: one scan finds the breaks, and only a piece with a hyphen is looked at again
  // (breakable and its regular expressions, one split per text and one test per piece, were a third of rendering
  // the HTML of 10,000 endpoints, issue 10). A text with anything to escape (rare) takes the split, which escapes
  // each piece.
  if (MAY_NEED_ESCAPE.test(text)) return { __html: `<span class="host">${text.split(BREAKS).map(breakablePiece).join('<wbr>')}</span>` };
  let markup = '<span class="host">';
  let start = 0;
  let hyphen = text.indexOf('-');
  for (let at = 1; at <= text.length; at += 1) {
    if (at < text.length && !breaksBefore(text, at)) continue;
    const piece = text.slice(start, at);
    if (hyphen >= 0 && hyphen < at) {
      markup += breakablePiece(piece);
      hyphen = text.indexOf('-', at);
    } else {
      // No hyphen and nothing to escape: the piece as it is, whatever spaces it has (breakablePiece would agree).
      markup += piece;
    }
    markup += at < text.length ? '<wbr>' : '';
    start = at;
  }
  return { __html: `${markup}</span>` };
}

/** One piece of a breakable text: its words, a hyphenated one kept whole, and the spaces between them. */
function breakablePiece(piece: string): string {
  // A host label has no spaces: one word, without splitting it into a list of one (breakable was a tenth of a
  // 10,000-endpoint report's allocations, issue 10).
  if (!/\s/.test(piece)) return unbrokenWord(piece);
  return piece.split(/(\s+)/).map(unbrokenWord).join('');
}

function unbrokenWord(word: string): string {
  return word.includes('-') ? `<span class="nb">${escapeHtml(word)}</span>` : escapeHtml(word);
}
