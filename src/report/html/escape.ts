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
/** Anything escapeHtml changes. Not global: `test` then keeps no position between calls. */
const NEEDS_ESCAPE = new RegExp(`${UNFIT_SOURCE}|[&<>"']`);

/**
 * Escapes text for element content and quoted attribute values. Control characters (other than tab/newline) and
 * lone surrogates become U+FFFD: they are not allowed in HTML text and can confuse viewers that copy the report.
 */
export function escapeHtml(text: string): string {
  // Most report strings need nothing: one test, and the string itself, instead of two replaces that copy it (the
  // escaping was a tenth of a 2,000-endpoint run's allocations, issue 10).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(UNFIT, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Marks trusted markup (our own constants only — never data from a report). */
export function trusted(markup: string): Html {
  return { __html: markup };
}

/**
 * Markup built by `html` and `join`: the pieces in order, referenced rather than concatenated. A report of 10,000
 * endpoints is about 25 MB of markup; joined level by level it cost several times that in intermediate strings,
 * while the pieces are mostly the report's own strings and our template text (issue 10). `__html` joins on demand;
 * htmlPieces walks the pieces without joining them, for writing a file piece by piece.
 */
class Fragment implements Html {
  constructor(private readonly parts: readonly (string | Html)[]) {}

  get __html(): string {
    return [...htmlPieces(this)].join('');
  }

  /** This fragment's direct pieces (htmlPieces walks them). */
  partsOf(): readonly (string | Html)[] {
    return this.parts;
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

  /** The pieces of item `index` (htmlPieces walks them). */
  partsAt(index: number): readonly (string | Html)[] {
    const parts: (string | Html)[] = [];
    collect(parts, this.render(this.items[index] as T, index));
    return parts;
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

/** Appends a value's pieces: markup as it is, text escaped, lists in order, nothing for null/undefined/false. */
function collect(parts: (string | Html)[], value: HtmlValue): void {
  if (value === null || value === undefined || value === false) return;
  if (isHtml(value)) {
    parts.push(value);
    return;
  }
  if (isList(value)) {
    for (const item of value) collect(parts, item);
    return;
  }
  const text = escapeHtml(String(value));
  if (text !== '') parts.push(text);
}

/** The text of markup in order, without building it as one string. */
export function* htmlPieces(markup: Html): Generator<string> {
  // An explicit stack, not recursion: fragments nest a few levels deep but hold thousands of pieces.
  type Frame = { parts: readonly (string | Html)[]; next: number } | { list: EachFragment<unknown>; next: number };
  const stack: Frame[] = [];
  const enter = (value: Html): string | null => {
    if (value instanceof Fragment) {
      stack.push({ parts: value.partsOf(), next: 0 });
      return null;
    }
    if (value instanceof EachFragment) {
      stack.push({ list: value as EachFragment<unknown>, next: 0 });
      return null;
    }
    return value.__html;
  };
  const first = enter(markup);
  if (first !== null) {
    yield first;
    return;
  }
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    if ('list' in top) {
      if (top.next === top.list.items.length) stack.pop();
      else stack.push({ parts: top.list.partsAt(top.next++), next: 0 });
      continue;
    }
    const part = top.parts[top.next];
    if (part === undefined) {
      // Past the last piece (a fragment holds no undefined): this fragment is done.
      stack.pop();
      continue;
    }
    top.next += 1;
    if (typeof part === 'string') yield part;
    else {
      const text = enter(part);
      if (text !== null) yield text;
    }
  }
}

/** Builds markup; every interpolated value that is not `Html` is escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  const parts: (string | Html)[] = [];
  if (strings[0]) parts.push(strings[0]);
  values.forEach((value, i) => {
    collect(parts, value);
    const after = strings[i + 1];
    if (after) parts.push(after);
  });
  return new Fragment(parts);
}

/** Joins fragments with a separator (escaped if it is text). */
export function join(items: readonly HtmlValue[], separator: HtmlValue): Html {
  const parts: (string | Html)[] = [];
  items.forEach((item, i) => {
    if (i > 0) collect(parts, separator);
    collect(parts, item);
  });
  return new Fragment(parts);
}

/** An `href` only for http(s) URLs; anything else (javascript:, data:) is shown as text instead of linked. */
export function link(url: string, text: HtmlValue = url): Html {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? html`<a href="${url}">${text}</a>` : html`${text}`;
}

/**
 * Hostnames and URLs with line-break opportunities only after dots, slashes and query separators, inside a
 * `.host` span that forbids any other break: `download.visualstudio.microsoft.com` may wrap as `download.` /
 * `visualstudio.` / `microsoft.com`, never as `visualstu` / `dio` (a reader copies labels, and a split label reads
 * as a different name). Browsers also break after a hyphen (UAX #14), so a piece with one (`sccmconnected-a01.`)
 * is kept whole by a `.nb` span. Text with spaces (an action sentence) still wraps at its spaces.
 */
export function breakable(text: string): Html {
  // After a dot only when a letter is on either side: an address (127.0.0.1:3128) stays whole.
  return {
    __html: `<span class="host">${text
      .split(/(?<=[/?&=,])|(?<=\.)(?!\d)|(?<=\D\.)/)
      .map(breakablePiece)
      .join('<wbr>')}</span>`,
  };
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
