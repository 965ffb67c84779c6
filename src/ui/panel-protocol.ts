import type { PanelState, SidebarState } from './types';

/**
 * The browser's side panel shows the sidebar of the tab it follows. The tab's content script
 * keeps doing all the reading and analysis; over one runtime port (extension to extension, never
 * through the page) it sends what to show and receives what the agent does.
 */
export const PANEL_PORT = 'composure-panel';

/** Content script → panel: what the sidebar shows now. */
export interface PanelUpdate {
  type: 'state';
  state: SidebarState;
  panel: PanelState;
}

/** Panel → content script: what the agent did. Copy and "open settings" the panel does itself. */
export type PanelAction =
  | { type: 'insert'; text: string; rule?: string }
  | { type: 'hide'; rule: string }
  | { type: 'highlight'; index: number | null }
  | { type: 'set-panel'; update: Partial<PanelState> }
  | { type: 'use-generic' }
  | { type: 'teach' }
  | { type: 'dismiss-follow-up'; id: string }
  | { type: 'show-report' }
  | { type: 'close-report' };

/**
 * The state as the panel needs it: a ready ticket's messages keep only the text its evidence
 * points at (for the words under each signal and each promise), so a long thread is not copied on every pause.
 */
export function forPanel(state: SidebarState): SidebarState {
  if (state.kind === 'report') return { ...state, back: { kind: 'reading' } };
  if (state.kind !== 'ready') return state;
  const cited = new Set([
    ...state.coaching.signals.flatMap((s) => s.evidence.map((e) => e.message)),
    // A promise's words are shown under it.
    ...(state.followUps ?? []).map((f) => f.message),
  ]);
  const messages = state.ticket.messages.map((m, i) => (cited.has(i) ? m : { role: m.role, text: '' }));
  return { ...state, ticket: { ...state.ticket, messages } };
}
