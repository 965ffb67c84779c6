import type { FollowUpView } from '../lib/protocol';
import type { View } from './view';

/** How often "40 min left" is brought up to date while a promise is shown. */
const MINUTE = 60_000;

/**
 * The promises in the agent's sent replies on this ticket, as the analysis service found them
 * after a read (background/follow-ups.ts: its date parser stays out of this script). A pending
 * promise's time left is repainted each minute.
 */
export function createFollowUps(view: View) {
  let ticking: ReturnType<typeof setInterval> | undefined;
  view.ctx.signal.addEventListener('abort', () => clearInterval(ticking));

  return {
    show(followUps: FollowUpView[]) {
      // None before and none now: the sidebar already says so (a repaint would redo the whole panel).
      if (!followUps.length && !view.followUps.length) return;
      view.followUps = followUps;
      clearInterval(ticking);
      ticking = followUps.some((f) => f.state === 'pending') ? setInterval(() => view.paint(), MINUTE) : undefined;
      if (view.state.kind === 'ready') {
        view.state = { ...view.state, followUps };
        view.paint();
      }
    },
  };
}
