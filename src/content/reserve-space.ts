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
 * Making room costs the page one layout, in a frame it renders anyway, and no script forces one:
 * - the first time, Composure reads the page only once the browser has laid it out (a
 *   ResizeObserver's first report comes after the frame's layout), then writes the margin and
 *   every shell's max-width together;
 * - a new width needs no reading: it is written at once, with the panel's own change;
 * - each time, the next frame checks after its layout that nothing still reaches under the panel;
 *   only a page that hides a shell in normal flow or inside another costs a layout more.
 *
 * Every inline value Composure changes is put back when the panel goes. A shell that still reaches
 * under the panel (a min-width, an !important of its own) is reported, so the caller can collapse
 * the panel there rather than cover the helpdesk's controls.
 */
import { type Change, findShells, maxWidthFor, type Reserved, stuckOf } from './fit-shells';

export type { Reserved };

interface DocState {
  /** The width asked for. */
  px: number;
  root: { value: string; priority: string };
  /** The margin written: 0 until the first fit, in the frame after the panel first shows. */
  marginPx: number;
  changes: Change[];
  result: Reserved;
  /** A fit waiting for its frame, or undefined. */
  cancel?: () => void;
}

const states = new WeakMap<Document, DocState>();
/** Walks for shells per fit: app shells nest a few levels deep at most. */
const MAX_ROUNDS = 5;

/**
 * Reserves `px` on the right of the viewport (0 gives everything back at once). The room is made
 * in the next frame, after its layout; again only when something is `refit` (a first look, a
 * resize, a new ticket) or the width changed. `onFit` hears the outcome.
 */
export function reserveSpace(doc: Document, px: number, refit = false, onFit?: (result: Reserved) => void): Reserved {
  const root = doc.documentElement;
  let state = states.get(doc);
  if (px <= 0) {
    if (!state) return { shells: 0, stuck: 0 };
    state.cancel?.();
    undo(state.changes);
    root.style.setProperty('margin-right', state.root.value, state.root.priority);
    states.delete(doc);
    return { shells: 0, stuck: 0 };
  }
  if (state && state.px === px && !refit && (state.cancel || state.changes.every((c) => c.el.isConnected))) return state.result;
  if (!state) {
    state = {
      px,
      root: { value: root.style.getPropertyValue('margin-right'), priority: root.style.getPropertyPriority('margin-right') },
      marginPx: 0,
      changes: [],
      result: { shells: 0, stuck: 0 },
    };
    states.set(doc, state);
  }
  state.px = px;
  state.cancel?.();
  const mine = state;
  if (mine.marginPx && mine.marginPx !== px) {
    // A new width (collapse, expand, the resize handle) for a page fitted already: the margin and
    // each shell's max-width follow from what is known — a shell's left edge does not move when it
    // narrows — so they are written now, with the panel's own change, and the frame lays out once.
    mine.changes = mine.changes.filter((c) => c.el.isConnected);
    root.style.setProperty('margin-right', `${px}px`, 'important');
    for (const c of mine.changes) c.el.style.setProperty('max-width', maxWidthFor(c.left, px), 'important');
    mine.marginPx = px;
  }
  const fitRound = (round: number) => {
    mine.cancel = afterLayout(doc, () => {
      mine.cancel = undefined;
      if (states.get(doc) !== mine) return; // given back meanwhile
      // Read everything first, on the layout the browser has just made…
      mine.changes = mine.changes.filter((c) => c.el.isConnected);
      const first = !mine.marginPx;
      const found = round <= MAX_ROUNDS ? findShells(doc, mine.px, mine.changes, !first) : [];
      if (!first && !found.length) {
        const shells = mine.changes.map((c) => c.el);
        mine.result = { shells: shells.length, stuck: stuckOf(doc, mine.px, shells) };
        onFit?.(mine.result);
        return;
      }
      // …then write it all at once: the one layout that making room costs.
      if (first) root.style.setProperty('margin-right', `${mine.px}px`, 'important');
      mine.marginPx = mine.px;
      for (const { el, left } of found) {
        mine.changes.push({ el, left, value: el.style.getPropertyValue('max-width'), priority: el.style.getPropertyPriority('max-width') });
        el.style.setProperty('max-width', maxWidthFor(left, mine.px), 'important');
      }
      fitRound(round + 1);
    });
  };
  fitRound(1);
  return state.result;
}

/**
 * Runs `read` once the browser has laid the page out in its next frame, so reading forces no
 * layout of its own: a ResizeObserver reports first after the frame's layout. It starts observing
 * in an animation frame, before that frame's layout, so the report is never a frame late (and
 * never starts inside someone's ResizeObserver callback, which would be a loop error on the page).
 */
function afterLayout(doc: Document, read: () => void): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  let observer: ResizeObserver | undefined;
  const frame = view.requestAnimationFrame(() => {
    observer = new ResizeObserver(() => {
      observer?.disconnect();
      read();
    });
    observer.observe(doc.documentElement);
  });
  return () => {
    view.cancelAnimationFrame(frame);
    observer?.disconnect();
  };
}

function undo(changes: Change[]): void {
  for (const { el, value, priority } of changes.splice(0)) el.style.setProperty('max-width', value, priority);
}
