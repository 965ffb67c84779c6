import type { SiteReport, UnmarkedAuthors } from '../engine/site-report';
import type { FollowUpView } from '../engine/follow-ups';
import type { Coaching, Ticket } from '../engine/types';

export type SidebarState =
  /** The browser's side panel, on a tab with no helpdesk ticket Composure reads. */
  | { kind: 'none' }
  /**
   * Waiting for the ticket: the page is still rendering it, or switching to `ticketId`, or the
   * analysis service is starting. `stalled`: the service did not answer, even asked twice.
   */
  | { kind: 'reading'; helpdesk?: string; ticketId?: string; stalled?: boolean }
  | { kind: 'off' }
  /** The extension was updated under this tab; the message is resolved while it still could be. */
  | { kind: 'invalidated'; message: string }
  | { kind: 'problem'; helpdesk: string; problem: string; teachable?: boolean }
  | {
      kind: 'ready';
      helpdesk: string;
      ticket: Ticket;
      coaching: Coaching;
      composerFound: boolean;
      /** Insert found no reply box and copied the text instead. */
      copied?: boolean;
      /** Older messages sit behind the helpdesk's "load more": not read. */
      olderHidden?: boolean;
      /** Messages whose author the page does not mark, and how the reader read them. */
      unmarked?: UnmarkedAuthors;
      /** A practice ticket: there is no helpdesk page to report on. */
      practice?: boolean;
      /** What the agent promised in sent replies on this ticket. */
      followUps?: FollowUpView[];
    }
  /** "What Composure sees on this page"; `back` is what to return to. */
  | { kind: 'report'; report: SiteReport; back: SidebarState };

/** How the panel looks; remembered per helpdesk. */
export interface PanelState {
  collapsed: boolean;
  width: number;
  /** Suggestions in the agent's language instead of the customer's. */
  agentLanguage: boolean;
  /**
   * This page would not make room (its shell keeps the whole window), so the panel started
   * collapsed; the sidebar says so once. Never stored: every page view looks again.
   */
  layoutNotice?: boolean;
}

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 560;
export const DEFAULT_PANEL: PanelState = { collapsed: false, width: 340, agentLanguage: false };

export interface SidebarActions {
  /** Into the reply box; `rule` (pack/rule) is counted as used, never the text. */
  insert(text: string, rule?: string): void;
  copy(text: string, rule?: string): void;
  /** "Not helpful": hide for this ticket, count locally per rule. */
  hide(ruleKey: string): void;
  highlight(signalIndex: number | null): void;
  openOptions(): void;
  setPanel(update: Partial<PanelState>): void;
  /** Read this page in generic mode (the helpdesk page has changed beyond what the adapter knows). */
  genericMode(): void;
  /** "Teach Composure this page": point at a customer message, an agent reply, a note, the reply box. */
  teach(): void;
  /** "Not needed" on a promise: no follow-up is owed (the ticket was settled another way). */
  dismissFollowUp?(id: string): void;
  /** "What Composure sees on this page", and back. */
  showReport(): void;
  closeReport(): void;
}
