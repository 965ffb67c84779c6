import type { Composer } from '../adapters/types';
import { createAnalyzer } from '../engine/analyze';
import { compilePacks } from '../engine/compile';
import { resolvePacks } from '../engine/resolve';
import type { Coaching, Ticket } from '../engine/types';
import type { EffectiveConfig } from '../lib/config';
import { uiLanguage } from '../lib/i18n';
import { detectLanguage } from './language';
import type { createUsageRecorder } from './usage-recorder';
import { type View, currentComposer } from './view';

/**
 * Runs the engine for the view: the packs of the configuration compiled once, then each read
 * or typing pause analysed with a memo (a pause in typing costs only the draft).
 */
export function createCoaching(view: View, usage: ReturnType<typeof createUsageRecorder>) {
  let analyze: ReturnType<typeof createAnalyzer> | undefined;

  return {
    /** Compiles the configuration's packs; a stored pack that is not what it should be coaches with none rather than break the page. */
    configure(config: EffectiveConfig) {
      view.config = config;
      let compiled: ReturnType<typeof compilePacks>;
      try {
        compiled = compilePacks(
          resolvePacks(
            config.packs.map((p) => p.pack),
            config.enabled,
          ).packs,
        );
      } catch {
        compiled = compilePacks([]);
      }
      analyze = createAnalyzer(compiled);
    },

    ready: () => analyze !== undefined,

    /** The engine on what was last read and the draft as it is now. */
    coach(composer: Composer | null = currentComposer(view)) {
      if (!view.shown || !analyze || !view.ctx.alive()) return;
      const { shown, panel, config } = view;
      const coaching = analyze(shown.ticket, composer?.readDraft() ?? '', {
        method: config.method,
        agentLanguage: uiLanguage(),
        language: shown.language,
        agent: { name: config.agentName },
        hidden: view.hidden,
        modelSignals: view.modelSignals,
        suggestionLanguage: panel.agentLanguage ? uiLanguage().split('-')[0] : undefined,
      });
      if (view.state.kind === 'report') return;
      usage.shownOn(view.shownKey, shownRules(coaching));
      view.state = {
        kind: 'ready',
        helpdesk: view.adapter.name,
        ticket: shown.ticket,
        coaching,
        composerFound: composer !== null,
        olderHidden: shown.reading.olderHidden,
        unmarked: shown.reading.unmarked,
        followUps: view.followUps,
      };
      view.paint();
    },
  };
}

export type CoachingPart = ReturnType<typeof createCoaching>;

/** The customer's language, from their latest two messages. */
export async function customerLanguage(ticket: Ticket): Promise<string | undefined> {
  const latest = ticket.messages
    .filter((m) => m.role === 'customer')
    .slice(-2)
    .map((m) => m.text)
    .join('\n');
  return latest ? detectLanguage(latest) : undefined;
}

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
