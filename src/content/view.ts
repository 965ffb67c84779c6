import type { Reading } from '../adapters/read';
import type { Adapter, Composer } from '../adapters/types';
import type { Ticket } from '../engine/types';
import type { EffectiveConfig } from '../lib/config';
import type { FollowUpView } from '../lib/protocol';
import type { PanelState, SidebarState } from '../ui/types';
import type { PageContext } from './context';

/** What was last read, for the draft check: typing never re-reads the conversation. */
export interface Shown {
  ticket: Ticket;
  reading: Extract<Reading, { ok: true }>;
}

/**
 * What one page view knows, shared by its parts (reading, coaching, typing, the side-panel
 * port, room in the page). Each part changes only the fields it owns and asks for a repaint.
 */
export interface View {
  readonly ctx: PageContext;
  /** How this page is read; generic mode when the agent chose it. */
  adapter: Adapter;
  config: EffectiveConfig;
  state: SidebarState;
  panel: PanelState;
  /** Rules the agent marked "not helpful" on this ticket. */
  hidden: Set<string>;
  /** The ticket shown, as `helpdesk:id`: hidden rules and usage counts are per ticket. */
  shownKey: string;
  shown?: Shown;
  /** The promises of the ticket shown, as the service worker last said. */
  followUps: FollowUpView[];
  /** The reply box the last read found. */
  composer: Composer | null;
  /** Renders what the view now holds, in the page or the browser's side panel. */
  paint(): void;
}

/** The reply box to use now: the one the last read found, or (generic mode) the field in use. */
export function currentComposer(view: View): Composer | null {
  if (view.composer?.element.isConnected) return view.composer;
  return view.adapter.composer(document, new URL(location.href));
}
