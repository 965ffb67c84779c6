import { generic } from '../adapters/generic';
import type { CoachingPart } from './coaching';
import { viewStats } from './context';
import type { createFollowUps } from './follow-ups';
import { batched } from './schedule';
import { TicketTracker } from './ticket-tracker';
import type { View } from './view';
import { createWatcher } from './watcher';

/** A change on the page is read after it rests this long, and never later than READ_MAX_WAIT_MS. */
const READ_WAIT_MS = 120;
const READ_MAX_WAIT_MS = 400;

/**
 * The reading loop: waits for the ticket, reads it once it is really there (never the previous
 * ticket's messages under a new id), says what is missing once the page has been still, and
 * follows the page through one observer — wide while something is missing, narrow once read.
 */
export function createReading(
  view: View,
  coaching: CoachingPart,
  followUps: ReturnType<typeof createFollowUps>,
  onTyping: (doc: Document) => void,
) {
  const { ctx } = view;
  const tracker = new TicketTracker();
  let lastUrl = location.href;
  const watcher = createWatcher(() => {
    viewStats().observed++;
    // The first thing an orphaned script does on the page's next change is notice and end.
    if (!ctx.alive()) return;
    tracker.changed();
    schedule();
  }, ctx.signal);
  const schedule = batched(() => void read(), READ_WAIT_MS, READ_MAX_WAIT_MS, ctx.signal);
  // Nothing changes on an idle page: one timer, to say "not found" once the grace is over.
  let grace: ReturnType<typeof setTimeout> | undefined;
  ctx.signal.addEventListener('abort', () => clearTimeout(grace));

  /** The URL changed: if it names another ticket, what is shown is the old one until the page catches up. */
  function navigated(url: URL) {
    lastUrl = url.href;
    const id = view.adapter.ticketIdFromUrl(url);
    if (tracker.navigated(id)) {
      // Coaching on its way is for the ticket the page is leaving.
      coaching.cancel();
      if (view.state.kind === 'ready') {
        view.state = { kind: 'reading', helpdesk: view.adapter.name, ticketId: id };
        view.paint();
      }
    }
  }

  async function read(): Promise<void> {
    if (!ctx.alive()) return;
    const { adapter, config } = view;
    if (config.sites[adapter.id] === false) {
      view.state = { kind: 'off' };
      return view.paint();
    }
    if (view.state.kind === 'report') return; // the agent is reading the report; the next change after it refreshes
    const url = new URL(location.href);
    if (url.href !== lastUrl) navigated(url);
    const reading = adapter.read(document, url, { agentName: config.agentName });
    const composer = adapter.composer(document, url);
    view.composer = composer;
    watcher.ignore(composer?.element ?? null);
    if (composer) onTyping(composer.element.ownerDocument);
    const tracked = tracker.judge(reading, adapter.ticketIdFromUrl(url));
    clearTimeout(grace);
    if (tracked.kind !== 'fresh') {
      watcher.wide(adapter.watchAttributes);
      if (tracked.kind === 'waiting') {
        grace = setTimeout(() => void read(), tracked.retryInMs + 50);
        view.state = { kind: 'reading', helpdesk: adapter.name, ticketId: tracked.ticketId };
      } else {
        view.shown = undefined;
        view.state = {
          kind: 'problem',
          helpdesk: adapter === generic ? 'generic' : adapter.name,
          problem: tracked.reading.problem,
          teachable: !config.locked.includes('siteDefinitions'),
        };
      }
      return view.paint();
    }
    const fresh = tracked.reading;
    // Waiting for a reply box that mounts later (a Reply button, an editor re-mounted on a switch)?
    if (adapter.site?.definition.composer && !composer) watcher.wide(adapter.watchAttributes);
    else watcher.narrow(fresh.root, composer?.element ?? null, adapter.watchAttributes);
    const key = `${adapter.id}:${fresh.ticket.id ?? url.pathname}`;
    if (key !== view.shownKey) {
      view.shownKey = key;
      view.hidden = new Set();
      // The last ticket's promises point into its messages, not these: gone until the worker answers.
      view.followUps = [];
      // Another ticket in the same page (a pane replaced, generic mode): the last one's coaching goes at once.
      if (view.state.kind === 'ready') {
        view.state = { kind: 'reading', helpdesk: adapter.name, ticketId: fresh.ticket.id };
        view.paint();
      }
    }
    view.shown = { ticket: fresh.ticket, reading: fresh };
    const ticketId = fresh.ticket.id ?? adapter.ticketIdFromUrl(url);
    if (!config.followUps || !ticketId) followUps.show([]);
    coaching.coach(composer, { ticketId });
  }

  return {
    read,
    /** Something happened that may change what is read (a navigation, a selection in generic mode). */
    schedule,
    /** The URL may have changed without the page (the Navigation API, history events). */
    onNavigation() {
      if (location.href !== lastUrl) navigated(new URL(location.href));
      tracker.changed();
      schedule();
    },
  };
}

export type ReadingPart = ReturnType<typeof createReading>;
