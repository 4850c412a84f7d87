/**
 * Just enough of PowerShell's lexer to check a generated script without PowerShell: strings ('…' with '', "…" with
 * backtick escapes and $( ) subexpressions), line and block comments, and the code between them. Not a parser: it
 * finds the param() block and checks that brackets balance outside strings and comments.
 */

/** A run of source text: code, or a string or comment with its raw text. */
export interface Piece {
  readonly kind: 'code' | 'single' | 'double' | 'comment';
  readonly text: string;
}

/** Splits a script into code, strings and comments; throws on an unterminated string or block comment. */
export function lex(source: string): Piece[] {
  const out: Piece[] = [];
  let code = '';
  let i = 0;
  const flush = (): void => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '<' && source[i + 1] === '#') {
      const end = source.indexOf('#>', i + 2);
      if (end < 0) throw new Error(`unterminated <# comment at ${i}`);
      flush();
      out.push({ kind: 'comment', text: source.slice(i, end + 2) });
      i = end + 2;
    } else if (c === '#') {
      const end = source.indexOf('\n', i);
      flush();
      out.push({ kind: 'comment', text: source.slice(i, end < 0 ? source.length : end) });
      i = end < 0 ? source.length : end;
    } else if (c === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw new Error(`unterminated '…' string at ${i}`);
        if (source[j] === "'" && source[j + 1] === "'") j += 2;
        else if (source[j] === "'") break;
        else j += 1;
      }
      flush();
      out.push({ kind: 'single', text: source.slice(i, j + 1) });
      i = j + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw new Error(`unterminated "…" string at ${i}`);
        const d = source[j]!;
        if (d === '`') j += 2;
        else if (d === '"' && source[j + 1] === '"') j += 2;
        else if (d === '"') break;
        else if (d === '$' && source[j + 1] === '(') {
          let depth = 0;
          for (j += 1; j < source.length; j += 1) {
            if (source[j] === '(') depth += 1;
            else if (source[j] === ')' && --depth === 0) break;
          }
          j += 1;
        } else j += 1;
      }
      flush();
      out.push({ kind: 'double', text: source.slice(i, j + 1) });
      i = j + 1;
    } else {
      code += c;
      i += 1;
    }
  }
  flush();
  return out;
}

/** Brackets that do not balance in the code (outside strings and comments); empty when all do. */
export function unbalanced(source: string): string[] {
  const pairs: Record<string, string> = { ')': '(', '}': '{', ']': '[' };
  const stack: string[] = [];
  const problems: string[] = [];
  for (const piece of lex(source)) {
    if (piece.kind !== 'code') continue;
    for (const c of piece.text) {
      if (c === '(' || c === '{' || c === '[') stack.push(c);
      else if (c in pairs && stack.pop() !== pairs[c]) problems.push(`unexpected ${c}`);
    }
  }
  return [...problems, ...stack.map((c) => `unclosed ${c}`)];
}

/** One parameter of a param() block. */
export interface Parameter {
  readonly name: string;
  /** The type constraint (`string`, `int`), or null when untyped. */
  readonly type: string | null;
  /** Other attributes as written, e.g. `ValidateSet("2018", "current")`. */
  readonly attributes: readonly string[];
  /** The default as written (`"x"`, `300`), or null. */
  readonly defaultText: string | null;
}

// A parameter declaration: `$Name`, optionally `= default`, where a default is one literal: "…" (PowerShell escapes
// with a backtick), '…', a number, $true/$false/$null, or one parenthesized expression.
const BACKTICK = '`';
const DEFAULT_LITERALS = [
  String.raw`"(?:[^"${BACKTICK}]|${BACKTICK}[\s\S]|"")*"`,
  String.raw`'(?:[^']|'')*'`,
  String.raw`-?\d+`,
  String.raw`\$(?:true|false|null)`,
  String.raw`\([^()]*(?:\([^()]*\)[^()]*)*\)`,
];
const PARAMETER_DECLARATION = new RegExp(String.raw`^\$([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(${DEFAULT_LITERALS.join('|')}))?$`, 'i');

/** The script's top-level param() block, parsed; throws when there is none. */
export function paramBlock(source: string): Parameter[] {
  // Rebuild the source with strings and comments masked, so the block is found by its code only.
  const pieces = lex(source);
  const masked = pieces
    .map((p) => (p.kind === 'code' ? p.text : p.kind === 'comment' ? ' '.repeat(p.text.length) : p.text.replace(/[()[\],=$]/g, '_')))
    .join('');
  const start = /(?:^|\n)\s*param\s*\(/i.exec(masked);
  if (!start) throw new Error('no param() block');
  const open = start.index + start[0].length - 1;
  let depth = 0;
  let close = -1;
  for (let i = open; i < masked.length; i += 1) {
    if (masked[i] === '(') depth += 1;
    else if (masked[i] === ')' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) throw new Error('param( is not closed');
  // Top-level commas separate declarations.
  const parts: [number, number][] = [];
  let from = open + 1;
  depth = 0;
  for (let i = open + 1; i < close; i += 1) {
    const c = masked[i]!;
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  parts.push([from, close]);
  return parts.map(([a, b]) => {
    const text = source
      .slice(a, b)
      .replace(/#[^\n]*/g, '')
      .trim();
    const attrs: string[] = [];
    let rest = text;
    for (;;) {
      const m = /^\[([^[\]]*(?:\([^)]*\))?[^[\]]*)\]\s*/.exec(rest);
      if (!m) break;
      attrs.push(m[1]!.trim());
      rest = rest.slice(m[0].length);
    }
    const decl = PARAMETER_DECLARATION.exec(rest);
    if (!decl) throw new Error(`not a parameter declaration: ${text}`);
    const type = attrs.find((x) => /^[A-Za-z.]+$/.test(x)) ?? null;
    return { name: decl[1]!, type, attributes: attrs.filter((x) => x !== type), defaultText: decl[2]?.trim() ?? null };
  });
}
