/**
 * Finds the app shells that pin themselves to the window and would reach under the docked panel,
 * and works out the inline max-width that narrows each. Everything here only reads the layout:
 * reserve-space.ts calls it once the browser has laid the page out and writes the results in one go.
 */
export interface Reserved {
  /** Shells narrowed to make room. */
  shells: number;
  /** Shells that would not narrow: the panel would cover part of them. */
  stuck: number;
}

/** An inline max-width as it was before Composure set it, and how Composure narrows it. */
export interface Change {
  el: HTMLElement;
  value: string;
  priority: string;
  /** A pinned shell's left edge (its max-width depends on the panel's width), or null for one in flow (100%). */
  left: number | null;
}

/** A shell found by a walk, not narrowed yet. */
export interface Fix {
  el: HTMLElement;
  left: number | null;
}

/** How deep under <body> and how many elements to look at for a shell: app shells sit near the top. */
const MAX_DEPTH = 5;
const MAX_ELEMENTS = 400;

/** The max-width that brings a shell's right edge to the panel's left. */
export function maxWidthFor(left: number | null, px: number): string {
  // For a fixed box, 100% is the viewport: the shell keeps its left offset and ends at the panel.
  return left === null ? '100%' : `calc(100% - ${Math.round(px + Math.max(0, left))}px)`;
}

/**
 * Walks the top of the page, parents before children, for elements that reach under a panel `px`
 * wide because they are sized or pinned to the viewport. It does not judge the children of what
 * it would narrow (a parent brings them along; where it does not, the next walk finds them) nor of
 * what `changes` narrowed already. `flowFits` says whether the page's margin is in place: before
 * it is, every element in normal flow is as wide as the window, and only pinned shells can be told.
 */
export function findShells(doc: Document, px: number, changes: Change[], flowFits: boolean): Fix[] {
  const view = doc.defaultView;
  if (!view || !doc.body) return [];
  const width = doc.documentElement.clientWidth;
  const edge = width - px;
  if (!reachesUnder(doc, width, px)) return [];
  const narrowed = new Set(changes.map((c) => c.el));
  const fixes: Fix[] = [];
  let queue: Element[] = [...doc.body.children];
  let seen = 0;
  for (let depth = 0; depth < MAX_DEPTH && queue.length && seen < MAX_ELEMENTS; depth++) {
    const next: Element[] = [];
    for (const el of queue) {
      if (++seen > MAX_ELEMENTS) break;
      if (!(el instanceof view.HTMLElement)) continue;
      const box = narrowed.has(el) ? null : el.getBoundingClientRect();
      const fix = box && box.width > 0 && box.right > edge + 1 ? shellFix(el, view.getComputedStyle(el), box, width, flowFits) : undefined;
      if (fix) fixes.push(fix);
      else next.push(...el.children);
    }
    queue = next;
  }
  return fixes;
}

/** How many of `shells` still reach under a panel `px` wide: read after the page laid itself out again. */
export function stuckOf(doc: Document, px: number, shells: HTMLElement[]): number {
  const edge = doc.documentElement.clientWidth - px;
  // One gone from the page measures 0 wide at 0: not stuck.
  return shells.filter((el) => el.getBoundingClientRect().right > edge + 1).length;
}

/**
 * The shell an element is, or undefined when it is not one (a wide element in normal flow already
 * fits the narrowed page, and anything narrower than half the window is a floating widget, not
 * the helpdesk's layout).
 */
function shellFix(el: HTMLElement, style: CSSStyleDeclaration, box: DOMRect, width: number, flowFits: boolean): Fix | undefined {
  if (style.display === 'none' || style.display === 'contents') return undefined;
  const pinned = style.position === 'fixed' || (style.position === 'absolute' && placedInViewport(el));
  if (pinned) return box.width < width / 2 ? undefined : { el, left: box.left };
  // In normal flow only an element sized to the viewport (100vw) overflows the narrowed page.
  if (!flowFits || box.width < width - 2) return undefined;
  return { el, left: null };
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
