import { rememberCursors } from '../adapters/contenteditable';
import { generic } from '../adapters/generic';
import { inspectSite } from '../adapters/inspect';
import { highlightEvidence } from '../ui/highlight';
import type { SidebarActions } from '../ui/types';
import type { CoachingPart } from './coaching';
import { send } from './messages';
import { savePanel } from './panel-state';
import type { ReadingPart } from './reading';
import { debounced } from './schedule';
import { usableSites } from './sites';
import type { createUsageRecorder } from './usage-recorder';
import type { View } from './view';

const PANEL_SAVE_DEBOUNCE_MS = 400;

/** What the agent can do in the sidebar (in the page or the side panel), each counted by rule id only. */
export function createActions(
  view: View,
  parts: { coaching: CoachingPart; reading: ReadingPart; usage: ReturnType<typeof createUsageRecorder>; afterInsert: () => void },
): SidebarActions {
  const { coaching, reading, usage } = parts;
  rememberCursors(document);
  // A resize drag changes the width on every pointer move; it is stored once the drag rests.
  const persistPanel = debounced(() => void savePanel(view.adapter.id, view.panel), PANEL_SAVE_DEBOUNCE_MS, view.ctx.signal);
  return {
    insert(text, rule) {
      if (!view.ctx.alive()) return;
      // Looked up at the press, never from the last read: the helpdesk may have created its
      // editor since (on its Reply button, after the coaching appeared).
      const composer = view.adapter.composer(document, new URL(location.href));
      if (!composer) {
        // No reply box anywhere: the text is copied, and the sidebar says so in one line.
        this.copy(text, rule);
        if (view.state.kind === 'ready') view.state = { ...view.state, copied: true };
        return view.paint();
      }
      if (rule) usage.record(rule, 'used');
      void composer.insert(text).then(parts.afterInsert);
    },
    copy: (text, rule) => {
      if (rule) usage.record(rule, 'copied');
      void navigator.clipboard?.writeText(text).catch(() => undefined);
    },
    hide: (rule) => {
      view.hidden.add(rule);
      usage.record(rule, 'dismissed');
      coaching.coach();
    },
    highlight: (i) => highlightEvidence(view.shown?.reading.root ?? null, view.state, i),
    openOptions: () => void send({ type: 'open-options' }),
    teach: () => void send({ type: 'start-teach' }),
    dismissFollowUp: (id) => {
      void send({ type: 'dismiss-follow-up', id }).catch(() => undefined);
      view.followUps = view.followUps.filter((f) => f.id !== id);
      coaching.repaint();
    },
    genericMode: () => {
      view.adapter = generic;
      void reading.read();
    },
    showReport: () => {
      const { adapter, config } = view;
      const report = inspectSite(adapter, document, new URL(location.href), config.agentName, usableSites(config).warnings);
      view.state = { kind: 'report', report, back: view.state };
      view.paint();
    },
    closeReport: () => {
      if (view.state.kind === 'report') view.state = view.state.back;
      view.paint();
      void reading.read();
    },
    setPanel: (update) => {
      const languageChanged = update.agentLanguage !== undefined && update.agentLanguage !== view.panel.agentLanguage;
      view.panel = { ...view.panel, ...update };
      // A click (collapse, language) is stored at once; a resize drag once it rests.
      if (Object.keys(update).every((key) => key === 'width')) persistPanel();
      else void savePanel(view.adapter.id, view.panel);
      if (languageChanged) coaching.coach();
      else view.paint();
    },
  };
}
