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
import { type Change, fitShells, type Reserved, stuckOf } from './fit-shells';

export type { Reserved };

interface DocState {
  px: number;
  root: { value: string; priority: string };
  changes: Change[];
  /** The width the shells in `changes` were narrowed for (their max-width depends on it). */
  fittedPx: number;
  result: Reserved;
  /** The animation frame in which shells will be looked for. */
  frame: number;
}

const states = new WeakMap<Document, DocState>();
/** Walks for shells per fit: app shells nest a few levels deep at most. */
const MAX_ROUNDS = 5;

/**
 * Reserves `px` on the right of the viewport (0 gives everything back). The margin is set at
 * once; shells are looked for in the next animation frame — reading the layout then costs the
 * frame's own layout, not an extra one in the middle of the helpdesk's scripts — one level of
 * shells a frame; all only when
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
      fittedPx: 0,
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
    // A new width changes every shell's max-width. The same width keeps the shells still in the
    // page narrowed (undoing them only to find them again lays the page out twice more).
    if (mine.fittedPx !== mine.px) undo(mine.changes);
    else mine.changes = mine.changes.filter((c) => c.el.isConnected);
    mine.fittedPx = mine.px;
    // One walk a frame, each on the layout that frame makes anyway, until a walk narrows nothing
    // more; then whether a shell would not narrow.
    const walk = (added: HTMLElement[], round: number) => {
      mine.frame = view.requestAnimationFrame(() => {
        if (states.get(doc) !== mine) return;
        const more = round < MAX_ROUNDS ? fitShells(doc, mine.px, mine.changes) : [];
        if (more.length) return walk([...added, ...more], round + 1);
        mine.result = { shells: mine.changes.length, stuck: stuckOf(doc, mine.px, added) };
        onFit?.(mine.result);
      });
    };
    walk(fitShells(doc, mine.px, mine.changes), 1);
  });
  return state.result;
}

function undo(changes: Change[]): void {
  for (const { el, value, priority } of changes.splice(0)) el.style.setProperty('max-width', value, priority);
}
