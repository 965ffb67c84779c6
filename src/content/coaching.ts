import type { Composer } from '../adapters/types';
import type { Coaching } from '../engine/types';
import { createAnalysisClient } from '../lib/analysis-client';
import { uiLanguage } from '../lib/i18n';
import type { FollowUpView } from '../lib/protocol';
import type { createFollowUps } from './follow-ups';
import type { createUsageRecorder } from './usage-recorder';
import { type Shown, type View, currentComposer } from './view';

/**
 * The coaching of the view, from the browser's one analysis service (the service worker, over
 * lib/analysis-client.ts): each read, typing pause or change of the agent's choices asks it, and
 * the sidebar shows its answer if it is still about the ticket shown. While the worker starts the
 * sidebar keeps saying it is reading; the tab itself analyses nothing.
 */
export function createCoaching(view: View, usage: ReturnType<typeof createUsageRecorder>, followUps: ReturnType<typeof createFollowUps>) {
  let asked: { shown: Shown; composerFound: boolean } | undefined;
  const client = createAnalysisClient(
    {
      alive: () => view.ctx.alive(),
      coaching: show,
      followUps: (list: FollowUpView[]) => asked?.shown === view.shown && followUps.show(list),
      reconfigured: () => coach(),
      failed() {
        // Nothing shown yet: the sidebar says so instead of "reading" for ever. Coaching already
        // shown stays (the next change asks again).
        if (view.state.kind !== 'reading') return;
        view.state = { ...view.state, stalled: true };
        view.paint();
      },
    },
    view.ctx.signal,
  );
  client.warm();

  function show(coaching: Coaching) {
    // Only about the ticket as last read: a navigation or a newer read makes this answer old.
    if (!asked || asked.shown !== view.shown || view.state.kind === 'report' || !view.ctx.alive()) return;
    const { shown, composerFound } = asked;
    usage.shownOn(view.shownKey, shownRules(coaching));
    view.state = {
      kind: 'ready',
      helpdesk: view.adapter.name,
      ticket: shown.ticket,
      coaching,
      composerFound,
      olderHidden: shown.reading.olderHidden,
      unmarked: shown.reading.unmarked,
      followUps: view.followUps,
    };
    view.paint();
  }

  /** Asks for the coaching of what was last read and the draft as it is now; `read` also asks for the thread's promises. */
  function coach(composer: Composer | null = currentComposer(view), read?: { ticketId?: string }) {
    const { shown, panel, config } = view;
    if (!shown || !view.ctx.alive()) return;
    asked = { shown, composerFound: composer !== null };
    client.ask({
      ticket: { ...shown.ticket, key: view.shownKey },
      draft: composer?.readDraft() ?? '',
      options: {
        method: config.method,
        agentLanguage: uiLanguage(),
        suggestionLanguage: panel.agentLanguage ? uiLanguage().split('-')[0] : undefined,
        agentName: config.agentName,
        hidden: [...view.hidden],
      },
      followUps:
        read?.ticketId && config.followUps ? { ticketId: read.ticketId, url: location.href, helpdesk: view.adapter.id } : undefined,
    });
  }

  return {
    coach,
    /** Shows the last coaching again with what changed in the tab alone (a dismissed promise). */
    repaint() {
      if (view.state.kind === 'ready') view.state = { ...view.state, followUps: view.followUps };
      view.paint();
    },
    /** The page moved to another ticket: an answer in flight is for the old one. */
    cancel() {
      asked = undefined;
      client.cancel();
    },
  };
}

export type CoachingPart = ReturnType<typeof createCoaching>;

/** The rules whose coaching the sidebar shows: signals, the next step's prompt, suggestions, draft warnings. */
export function shownRules(coaching: Coaching): string[] {
  const key = (r: { pack: string; id: string }) => `${r.pack}/${r.id}`;
  const next = coaching.method?.steps.find((s) => s.id === coaching.method?.next);
  return [
    ...coaching.signals.map((s) => key(s.rule)),
    ...(next ? [key(next.rule)] : []),
    ...coaching.suggestions.map((s) => key(s.rule)),
    ...coaching.draft.warnings.map((w) => key(w.rule)),
  ];
}
