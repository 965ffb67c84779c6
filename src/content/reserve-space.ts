/**
 * Makes room for the docked sidebar instead of covering the helpdesk.
 *
 * Two kinds of page, two moves:
 * - a page in normal flow: the root gets a right margin as wide as the panel, so the helpdesk
 *   lays itself out in what is left (its right-hand panels and buttons move left, not under ours);
 * - an app shell that pins itself to the window (Zendesk, Intercom, Freshdesk: `position: fixed;
 *   inset: 0` grids, or `100vw × 100vh` flex layouts) ignores that margin. Each such shell gets a
 *   `max-width` that ends where the panel begins, so its own right column reflows left.
 *
 * Every inline value Composure changes is put back when the panel goes or changes width. A shell
 * that still reaches under the panel (a min-width, an !important of its own) is reported, so the
 * caller can collapse the panel there rather than cover the helpdesk's controls.
 */
export interface Reserved {
  /** Shells narrowed to make room. */
  shells: number;
  /** Shells that would not narrow: the panel would cover part of them. */
  stuck: number;
}

/** How deep under <body> and how many elements to look at for a shell: app shells sit near the top. */
const MAX_DEPTH = 5;
const MAX_ELEMENTS = 400;

interface Change {
  el: HTMLElement;
  value: string;
  priority: string;
}

interface DocState {
  px: number;
  root: { value: string; priority: string };
  changes: Change[];
  result: Reserved;
  /** The animation frame in which shells will be looked for. */
  frame: number;
}

const states = new WeakMap<Document, DocState>();

/**
 * Reserves `px` on the right of the viewport (0 gives everything back). The margin is set at
 * once; shells are looked for in the next animation frame — reading the layout then costs the
 * frame's own layout, not an extra one in the middle of the helpdesk's scripts — and only when
 * something is `refit` (a first look, a resize, a new ticket) or the width changed. `onFit`
 * hears the outcome.
 */
export function reserveSpace(doc: Document, px: number, refit = false, onFit?: (result: Reserved) => void): Reserved {
  const root = doc.documentElement;
  let state = states.get(doc);
  if (px <= 0) {
    if (!state) return { shells: 0, stuck: 0 };
    doc.defaultView?.cancelAnimationFrame(state.frame);
    undo(state.changes);
    root.style.setProperty('margin-right', state.root.value, state.root.priority);
    states.delete(doc);
    return { shells: 0, stuck: 0 };
  }
  if (state && state.px === px && !refit && state.changes.every((c) => c.el.isConnected)) return state.result;
  if (!state) {
    state = {
      px,
      root: { value: root.style.getPropertyValue('margin-right'), priority: root.style.getPropertyPriority('margin-right') },
      changes: [],
      result: { shells: 0, stuck: 0 },
      frame: 0,
    };
    states.set(doc, state);
  }
  state.px = px;
  root.style.setProperty('margin-right', `${px}px`, 'important');
  const mine = state;
  const view = doc.defaultView;
  if (!view) return state.result;
  view.cancelAnimationFrame(mine.frame);
  mine.frame = view.requestAnimationFrame(() => {
    if (states.get(doc) !== mine) return; // given back meanwhile
    undo(mine.changes);
    mine.result = fitShells(doc, mine.px, mine.changes);
    onFit?.(mine.result);
  });
  return state.result;
}

function undo(changes: Change[]): void {
  for (const { el, value, priority } of changes.splice(0)) el.style.setProperty('max-width', value, priority);
}

/**
 * Walks the top of the page, parents before children, and narrows every element that reaches
 * under the panel because it is sized or pinned to the viewport. A parent narrowed first usually
 * brings its children with it; those still too wide are narrowed in turn.
 */
function fitShells(doc: Document, px: number, changes: Change[]): Reserved {
  const view = doc.defaultView;
  if (!view || !doc.body) return { shells: 0, stuck: 0 };
  const width = doc.documentElement.clientWidth;
  const edge = width - px;
  const result: Reserved = { shells: 0, stuck: 0 };
  if (!reachesUnder(doc, width, px)) return result;
  let queue: Element[] = [...doc.body.children];
  let seen = 0;
  for (let depth = 0; depth < MAX_DEPTH && queue.length; depth++) {
    const next: Element[] = [];
    for (const el of queue) {
      if (++seen > MAX_ELEMENTS) return result;
      if (!(el instanceof view.HTMLElement)) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > edge + 1) {
        const fix = shellFix(el, view.getComputedStyle(el), box, width, px);
        if (fix) {
          changes.push({ el, value: el.style.getPropertyValue('max-width'), priority: el.style.getPropertyPriority('max-width') });
          el.style.setProperty('max-width', fix, 'important');
          result.shells++;
          if (el.getBoundingClientRect().right > edge + 1) result.stuck++;
        }
      }
      next.push(...el.children);
    }
    queue = next;
  }
  return result;
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
