/** Small DOM helpers shared by adapters. Read-only: adapters never change the helpdesk's DOM. */

// Elements whose text a reader never sees, and elements that start a new line.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/**
 * An element's text as a reader sees it: line breaks where blocks and <br> are, hidden parts
 * left out, runs of spaces collapsed. Like innerText, but from the markup alone: innerText
 * makes the browser lay out the whole page first, on every read of a ticket.
 */
export function text(el: Element | null | undefined): string {
  if (!el) return '';
  const out: string[] = [];
  walk(el, out, false);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, (m) => (m.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}

function walk(node: Node, out: string[], pre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      out.push(pre ? value : value.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (SKIP.has(tag) || hidden(el)) continue;
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    walk(el, out, pre || tag === 'PRE' || tag === 'TEXTAREA');
    if (block) out.push(tag === 'P' ? '\n\n' : '\n');
    else if (tag === 'TD' || tag === 'TH') out.push(' ');
  }
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function attr(el: Element | null | undefined, name: string): string | undefined {
  return el?.getAttribute(name) ?? undefined;
}

export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}
