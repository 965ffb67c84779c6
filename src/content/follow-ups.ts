import type { Ticket } from '../engine/types';
import type { FollowUpView } from '../lib/protocol';
import { send } from './messages';
import type { View } from './view';

/** How often "40 min left" is brought up to date while a promise is shown. */
const MINUTE = 60_000;

/**
 * The promises in the agent's sent replies on this ticket. After each read the thread goes to
 * the service worker — the agent's public replies with their text and time, the customer's
 * messages as nothing but their place, no internal notes — which finds the promises (its
 * date parser stays out of this script) and says where each stands.
 */
export function createFollowUps(view: View) {
  let asked = '';
  let ticking: ReturnType<typeof setInterval> | undefined;
  view.ctx.signal.addEventListener('abort', () => clearInterval(ticking));

  function show(followUps: FollowUpView[]) {
    // None before and none now: the sidebar already says so (a repaint would redo the whole panel).
    if (!followUps.length && !view.followUps.length) return;
    view.followUps = followUps;
    clearInterval(ticking);
    ticking = followUps.some((f) => f.state === 'pending') ? setInterval(() => view.paint(), MINUTE) : undefined;
    if (view.state.kind === 'ready') {
      view.state = { ...view.state, followUps };
      view.paint();
    }
  }

  return {
    async seen(ticket: Ticket, ticketId: string | undefined) {
      if (!view.config.followUps || !ticketId) return show([]);
      const indices = ticket.messages.flatMap((m, i) => (m.role === 'agent' || m.role === 'customer' ? [i] : []));
      const thread = indices.map((i) => {
        const m = ticket.messages[i] as Ticket['messages'][number];
        return { role: m.role as 'agent' | 'customer', text: m.role === 'agent' ? m.text : '', time: m.time };
      });
      // Asked again only when the thread changed: a new message, another ticket.
      const key = `${view.adapter.id}:${ticketId}:${thread.map((m) => `${m.role}${m.text.length}${m.time ?? ''}`).join()}`;
      if (key === asked) return;
      asked = key;
      if (!thread.some((m) => m.role === 'agent')) return show([]);
      const answer = await send({ type: 'follow-ups', helpdesk: view.adapter.id, ticketId, url: location.href, thread }).catch(
        () => undefined,
      );
      if (!view.ctx.alive() || asked !== key) return;
      // The worker counts in the thread it was sent; the sidebar in the ticket's messages.
      show(answer?.ok ? (answer.followUps ?? []).map((f) => ({ ...f, message: indices[f.message] ?? -1 })) : []);
    },
  };
}
