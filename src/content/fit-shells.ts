/**
 * Finds the app shells that pin themselves to the window and would reach under the docked panel,
 * and narrows each with an inline max-width (recorded in `changes`, so reserve-space can put it back).
 */
export interface Reserved {
  /** Shells narrowed to make room. */
  shells: number;
  /** Shells that would not narrow: the panel would cover part of them. */
  stuck: number;
}

/** An inline max-width as it was before Composure set it. */
export interface Change {
  el: HTMLElement;
  value: string;
  priority: string;
}

/** How deep under <body> and how many elements to look at for a shell: app shells sit near the top. */
const MAX_DEPTH = 5;
const MAX_ELEMENTS = 400;

/**
 * Walks the top of the page, parents before children, and narrows every element that reaches
 * under the panel because it is sized or pinned to the viewport. The walk reads before it writes,
 * so it lays the page out once (the layout the margin needs anyway), and it does not judge the
 * children of what it narrows: a parent usually brings them along, and where it does not, the
 * next walk — a frame later, on the layout that frame makes anyway — finds them. Elements in
 * `changes` are narrowed already and kept. Returns the elements this walk narrowed.
 */
export function fitShells(doc: Document, px: number, changes: Change[]): HTMLElement[] {
  const view = doc.defaultView;
  if (!view || !doc.body) return [];
  const width = doc.documentElement.clientWidth;
  const edge = width - px;
  if (!reachesUnder(doc, width, px)) return [];
  const narrowed = new Set(changes.map((c) => c.el));
  const fixes: [HTMLElement, string][] = [];
  let queue: Element[] = [...doc.body.children];
  let seen = 0;
  for (let depth = 0; depth < MAX_DEPTH && queue.length && seen < MAX_ELEMENTS; depth++) {
    const next: Element[] = [];
    for (const el of queue) {
      if (++seen > MAX_ELEMENTS) break;
      if (!(el instanceof view.HTMLElement)) continue;
      if (narrowed.has(el)) {
        next.push(...el.children);
        continue;
      }
      const box = el.getBoundingClientRect();
      const fix = box.width > 0 && box.right > edge + 1 ? shellFix(el, view.getComputedStyle(el), box, width, px) : null;
      if (fix) fixes.push([el, fix]);
      else next.push(...el.children);
    }
    queue = next;
  }
  for (const [el, fix] of fixes) {
    changes.push({ el, value: el.style.getPropertyValue('max-width'), priority: el.style.getPropertyPriority('max-width') });
    el.style.setProperty('max-width', fix, 'important');
  }
  return fixes.map(([el]) => el);
}

/** How many of `added` still reach under a panel `px` wide: read after the page laid itself out again. */
export function stuckOf(doc: Document, px: number, added: HTMLElement[]): number {
  const edge = doc.documentElement.clientWidth - px;
  // One gone from the page measures 0 wide at 0: not stuck.
  return added.filter((el) => el.getBoundingClientRect().right > edge + 1).length;
}

/**
 * The max-width that brings a shell's right edge to the panel's left, or null when the element
 * is not a shell (a wide element in normal flow already fits the narrowed page, and anything
 * narrower than half the window is a floating widget, not the helpdesk's layout).
 */
function shellFix(el: HTMLElement, style: CSSStyleDeclaration, box: DOMRect, width: number, px: number): string | null {
  if (style.display === 'none' || style.display === 'contents') return null;
  const pinned = style.position === 'fixed' || (style.position === 'absolute' && placedInViewport(el));
  if (pinned) {
    if (box.width < width / 2) return null;
    // For a fixed box, 100% is the viewport: the shell keeps its left offset and ends at the panel.
    return `calc(100% - ${Math.round(px + Math.max(0, box.left))}px)`;
  }
  // In normal flow only an element sized to the viewport (100vw) overflows the narrowed page.
  if (box.width < width - 2) return null;
  return '100%';
}

/** An absolutely placed element whose containing block is the initial one (the viewport's size). */
function placedInViewport(el: HTMLElement): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  const parent = el.offsetParent;
  const statics = [doc.body, doc.documentElement].every((e) => view.getComputedStyle(e).position === 'static');
  return parent === null || (parent === doc.body && statics);
}

/**
 * Whether any of the page reaches under the panel: three hit tests down its middle. A page that
 * flows in the margin leaves only <html>, <body> and our own host there, and needs no walk.
 */
function reachesUnder(doc: Document, width: number, px: number): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  const x = width - px / 2;
  for (const y of [0.1, 0.5, 0.9].map((f) => view.innerHeight * f))
    for (const el of doc.elementsFromPoint(x, y))
      if (el !== doc.documentElement && el !== doc.body && el.parentElement !== doc.documentElement) return true;
  return false;
}
