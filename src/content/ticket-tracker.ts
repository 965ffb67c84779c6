import type { Reading } from '../adapters/read';
import type { Ticket } from '../engine/types';

/** After this long with no change on the page and still nothing to read, the sidebar says so. */
export const GRACE_MS = 10_000;

export type Tracked =
  | { kind: 'fresh'; reading: Extract<Reading, { ok: true }> }
  /** Not there yet, or still the previous ticket after a URL change: keep looking. */
  | { kind: 'waiting'; retryInMs: number; ticketId?: string }
  | { kind: 'missing'; reading: Extract<Reading, { ok: false }> };

/**
 * Decides whether what the adapter read is the ticket the agent is on. Helpdesks change the
 * URL before they render the new ticket, and render conversations after their shell: until
 * the page shows something other than the ticket the agent just left, it is still "reading",
 * never the previous ticket's signals under the new ticket's id. "Could not find" is said only
 * once the page has been still for GRACE_MS, and taken back as soon as the conversation appears.
 */
export class TicketTracker {
  private shownId: string | undefined;
  private shownPrint: string | undefined;
  /** The print of the ticket left behind by a URL change, until the page shows another. */
  private leftPrint: string | undefined;
  private pendingId: string | undefined;
  private lastChange = performance.now();

  /** Something on the page changed (a mutation that mattered, a navigation). */
  changed(): void {
    this.lastChange = performance.now();
  }

  /** The URL now names `id`: if it is not the ticket shown, what is shown is stale. */
  navigated(id: string | undefined): boolean {
    this.changed();
    if (id === this.shownId || this.shownPrint === undefined) return false;
    this.leftPrint = this.shownPrint;
    this.pendingId = id;
    return true;
  }

  judge(reading: Reading, urlId: string | undefined): Tracked {
    const settledFor = performance.now() - this.lastChange;
    const stale = reading.ok && this.leftPrint !== undefined && fingerprint(reading.ticket) === this.leftPrint;
    if (reading.ok && !stale) {
      this.shownId = urlId ?? reading.ticket.id;
      this.shownPrint = fingerprint(reading.ticket);
      this.leftPrint = undefined;
      this.pendingId = undefined;
      return { kind: 'fresh', reading };
    }
    if (settledFor < GRACE_MS) return { kind: 'waiting', retryInMs: GRACE_MS - settledFor, ticketId: this.pendingId ?? urlId };
    if (reading.ok) return { kind: 'missing', reading: { ok: false, problem: 'switching' } };
    return { kind: 'missing', reading };
  }
}

/** Enough of a ticket to tell it from another: who said what, in order. */
export function fingerprint(ticket: Ticket): string {
  let h = 0x811c9dc5;
  for (const m of ticket.messages) {
    const s = `${m.role}\u0000${m.text}\u0001`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return `${ticket.messages.length}:${(h >>> 0).toString(36)}`;
}
