import { reserveSpace } from './reserve-space';
import { debounced } from './schedule';
import type { View } from './view';

/** The collapsed panel: its header's expand button, nothing else. */
export const COLLAPSED_WIDTH = 40;

/**
 * Room in the page for the docked panel (reserve-space.ts does the measuring). The app shell is
 * looked for again when a ticket is first shown (shells are drawn by script) and when the window
 * is resized. A page that will not make room gets the panel collapsed to its tab, once per view,
 * with a notice saying why, rather than the helpdesk's controls covered.
 */
export function createRoom(view: View) {
  let refitDue = true;
  let shellFor = '';
  let stuckSaid = false;
  const { ctx } = view;
  addEventListener(
    'resize',
    debounced(
      () => {
        refitDue = true;
        view.paint();
      },
      150,
      ctx.signal,
    ),
    { signal: ctx.signal },
  );
  // An orphaned view keeps its room: the panel still shows "reload this tab" there.
  ctx.onEnd((reason) => reason === 'unmount' && reserveSpace(document, 0));

  return {
    /** Reserves `px`. A page that refuses (found a frame later) gets the panel collapsed instead, and a repaint. */
    make(px: number): void {
      const refit = refitDue || shellFor !== view.shownKey;
      refitDue = false;
      shellFor = view.shownKey;
      reserveSpace(document, px, refit, (room) => {
        if (!room.stuck || stuckSaid || view.panel.collapsed || !ctx.alive()) return;
        stuckSaid = true;
        view.panel = { ...view.panel, collapsed: true, layoutNotice: true };
        view.paint();
      });
    },
  };
}
