/**
 * Layout checks run inside the page (Chromium) by layout.test.ts. Each returns the problems it found as readable
 * lines (empty = none), so a failing test names the element and its numbers. Plain functions with no imports:
 * playwright serialises them into the page.
 */

/** Horizontal overflow of the page, and of every table cell or block whose content is wider than its box. */
export function overflowProblems(): string[] {
  const out: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) out.push(`page: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
  const visible = (el: Element): boolean => el.getClientRects().length > 0;
  for (const cell of Array.from(document.querySelectorAll('td, th, .tile, .rule, .cmp, .placement, .waiver, pre, dd'))) {
    if (!visible(cell)) continue;
    const el = cell as HTMLElement;
    if (el.scrollWidth > el.clientWidth + 1)
      out.push(
        `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 50)}": content ${el.scrollWidth} px > box ${el.clientWidth} px`,
      );
  }
  return out;
}

/**
 * Overlaps: within each table row, no two cells' boxes intersect and every code, badge and host name lies inside its
 * cell; the blocks of each section (headings, paragraphs, tables, cards) do not intersect each other.
 */
export function overlapProblems(): string[] {
  const out: string[] = [];
  // The class attribute, not className: on an SVG element className is an SVGAnimatedString, not a string.
  const label = (el: Element): string => {
    const firstClass = el.getAttribute('class')?.split(' ')[0];
    return `${el.tagName.toLowerCase()}${firstClass ? `.${firstClass}` : ''} "${el.textContent.trim().slice(0, 40)}"`;
  };
  const intersects = (a: DOMRect, b: DOMRect): boolean =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  for (const row of Array.from(document.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).filter(visible);
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        if (intersects(cells[i]!.getBoundingClientRect(), cells[j]!.getBoundingClientRect()))
          out.push(`cells overlap: ${label(cells[i]!)} and ${label(cells[j]!)}`);
      }
      const box = cells[i]!.getBoundingClientRect();
      for (const inner of Array.from(cells[i]!.querySelectorAll('.code, .badge, .host, .wf'))) {
        if (!visible(inner)) continue;
        const r = inner.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1)
          out.push(
            `${label(inner)} sticks out of its cell ${label(cells[i]!)} ` +
              `(${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`,
          );
      }
    }
  }
  for (const parent of Array.from(document.querySelectorAll('main, header, section, details, .finding, .rule'))) {
    const blocks = Array.from(parent.children).filter((c) => visible(c) && getComputedStyle(c).position !== 'absolute');
    for (let i = 1; i < blocks.length; i++) {
      const a = blocks[i - 1]!;
      const b = blocks[i]!;
      if (getComputedStyle(a).display.startsWith('inline') || getComputedStyle(b).display.startsWith('inline')) continue;
      if (intersects(a.getBoundingClientRect(), b.getBoundingClientRect())) out.push(`blocks overlap: ${label(a)} and ${label(b)}`);
    }
  }
  return out;
}

/** Every element that shows text directly with a computed font size under `minPx` (12 px = 9 pt). */
export function smallFontProblems(minPx: number): string[] {
  const out = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el === null || (node.textContent ?? '').trim() === '' || el.getClientRects().length === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minPx - 0.01)
      out.add(`${el.tagName.toLowerCase()}.${el.className} "${(node.textContent ?? '').trim().slice(0, 30)}": ${size} px`);
  }
  return [...out];
}

/**
 * Host names broken inside a label, and codes broken at all. `breakable` puts each break opportunity between text
 * nodes (<wbr>), so a line break between two characters of one text node of a `.host` is a break mid-label; a
 * code is one text node that must stay on one line.
 */
export function brokenWordProblems(): string[] {
  const out: string[] = [];
  const lineBreakInside = (node: Text): number | null => {
    const text = node.textContent;
    const range = document.createRange();
    let previousTop: number | null = null;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect === undefined || rect.width === 0) continue;
      if (previousTop !== null && rect.top > previousTop + rect.height / 2) return i;
      previousTop = rect.top;
    }
    return null;
  };
  for (const el of Array.from(document.querySelectorAll('.host, .code'))) {
    if (el.getClientRects().length === 0) continue;
    const texts: Node[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) texts.push(n);
    for (const node of texts) {
      const at = lineBreakInside(node as Text);
      if (at === null) continue;
      const text = node.textContent ?? '';
      // A host text node may hold spaces (an action sentence); a break at a space is an ordinary line break.
      if (el.classList.contains('host') && /\s/.test(text[at - 1] ?? '')) continue;
      if (el.classList.contains('host') && /\s/.test(text[at] ?? '')) continue;
      out.push(`${el.classList.contains('code') ? 'code' : 'host'} "${text}" breaks before "${text.slice(at)}"`);
    }
  }
  return out;
}
