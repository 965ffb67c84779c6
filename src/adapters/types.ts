import type { Ticket } from '../engine/types';

/** The reply box of a helpdesk, reached through the editor's own input path. */
export interface Composer {
  element: HTMLElement;
  readDraft(): string;
  /** Inserts at the cursor, exactly once, undoable. Resolves false if the editor refused. */
  insert(text: string): Promise<boolean>;
}

/** What an adapter could not find, so the sidebar can say so plainly. */
export type ReadProblem = 'no-conversation' | 'no-messages';

export type ReadResult = { ok: true; ticket: Ticket } | { ok: false; problem: ReadProblem };

/**
 * One helpdesk. An adapter knows URLs, selectors, how to read a ticket and how to reach the
 * composer — nothing about rules or UI.
 */
export interface Adapter {
  id: string;
  name: string;
  /** Whether this adapter handles the URL at all (host and path). */
  matches(url: URL): boolean;
  /** Whether the URL is a ticket view (not a list, settings or dashboard page). */
  isTicketView(url: URL): boolean;
  /** The element whose changes mean "the ticket changed": observed, batched. */
  observeRoot(doc: Document): Element | null;
  readTicket(doc: Document, url: URL): ReadResult;
  composer(doc: Document): Composer | null;
}
