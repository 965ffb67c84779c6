import type { Runtime } from 'webextension-polyfill';
import type { Coaching, Ticket } from '../engine/types';
import { browser } from './browser';
import { ANALYSIS_PORT, type AnalysisAnswer, type AnalysisRequest, type FollowUpView } from './protocol';
import { textHash } from './text-hash';

/** A request as its caller writes it: the ticket with its texts (the client sends each text once per port). */
export type Ask = Omit<AnalysisRequest, 'type' | 'id' | 'ticket'> & { ticket: Ticket & { key: string } };

export interface AnalysisHandlers {
  coaching(coaching: Coaching): void;
  /** The promises of the ticket last read (`followUps` in its request). */
  followUps?(followUps: FollowUpView[]): void;
  /** The service did not answer the latest request, even asked twice (or refused it). */
  failed(): void;
  /** The packs or settings changed in the service: ask again. */
  reconfigured(): void;
  /** False once the extension is gone (updated under the tab): nothing is sent then. */
  alive(): boolean;
}

/**
 * Hashes a tab remembers as sent, the most recent kept. The worker keeps a port's texts only up
 * to its own cap (lib/analysis-service.ts) and asks again for one it let go; a tab that
 * remembered every hash grew with every ticket it showed, all day.
 */
const SENT_KEPT = 500;

/**
 * The caller's side of the analysis service's port (lib/analysis-protocol.ts), for a tab's
 * content script and the practice page. The port is opened at the first request and again after
 * the worker stopped (Chrome stops it after 30 s idle; an update does too), never kept busy: an
 * idle tab lets the worker sleep. Only the latest request's answer is delivered, so coaching for
 * a ticket or draft the caller has moved on from is never shown; a request in flight when the
 * port closes is asked once more, on a new port, with its texts.
 */
export function createAnalysisClient(handlers: AnalysisHandlers, signal: AbortSignal) {
  let port: Runtime.Port | undefined;
  /** Hashes whose text went on this port. */
  let sent = new Set<string>();
  /** The latest request's texts by hash (a typing pause hashes nothing again). */
  let hashes = new Map<string, string>();
  let seq = 0;
  let latest: { id: number; ask: Ask; hashes: string[]; sends: number; answered: boolean } | undefined;
  /** The read whose promises may still come (they follow its coaching). */
  let readId = -1;
  signal.addEventListener('abort', () => port?.disconnect());

  function connect(): Runtime.Port {
    const opened = browser.runtime.connect({ name: ANALYSIS_PORT });
    sent = new Set();
    opened.onMessage.addListener((answer: unknown) => receive(answer as AnalysisAnswer));
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = undefined;
      // In flight when the worker stopped: asked once more, on a new port.
      if (latest && !latest.answered && !signal.aborted && handlers.alive()) send();
    });
    return opened;
  }

  function send(): void {
    const request = latest;
    if (!request || signal.aborted || !handlers.alive()) return;
    if (++request.sends > 2) {
      handlers.failed();
      return;
    }
    const { ticket, ...rest } = request.ask;
    try {
      // Opened first: a new port starts with no texts sent.
      port ??= connect();
      const messages = ticket.messages.map(({ role, author, time, text }, i) => {
        const hash = request.hashes[i] as string;
        const first = !sent.delete(hash);
        sent.add(hash);
        return { hash, role, author, time, ...(first && { text }) };
      });
      // Oldest first in the set (this request's were just moved to its end), and never this
      // request's own: a chat longer than the cap would send its oldest texts at every pause.
      const asked = new Set(request.hashes);
      for (const hash of sent) {
        if (sent.size <= SENT_KEPT) break;
        if (!asked.has(hash)) sent.delete(hash);
      }
      port.postMessage({ ...rest, type: 'analyze', id: request.id, ticket: { ...ticket, messages } });
    } catch {
      // The port closed under us (or the extension is gone: `alive` says so next time).
      port = undefined;
      if (handlers.alive()) send();
    }
  }

  function receive(answer: AnalysisAnswer): void {
    if (answer.type === 'reconfigured') {
      handlers.reconfigured();
      return;
    }
    if (answer.type === 'follow-ups') return void (answer.id === readId && handlers.followUps?.(answer.followUps));
    if (!latest || answer.id !== latest.id) return;
    if (answer.type === 'missing') {
      // The worker let these texts go: sent again (this counts as the one retry).
      for (const hash of answer.hashes) sent.delete(hash);
      send();
      return;
    }
    latest.answered = true;
    if (answer.type === 'coaching') handlers.coaching(answer.coaching);
    else handlers.failed();
  }

  return {
    /** Opens the port ahead of the first request: the background starts (and compiles) while the page renders the ticket. */
    warm(): void {
      if (port || signal.aborted || !handlers.alive()) return;
      try {
        port = connect();
      } catch {
        port = undefined;
      }
    },
    /** Asks for coaching on `ask`; an earlier request's answer will not be delivered. */
    ask(ask: Ask): void {
      const known = hashes;
      hashes = new Map();
      const list = ask.ticket.messages.map(({ text }) => {
        const hash = known.get(text) ?? textHash(text);
        hashes.set(text, hash);
        return hash;
      });
      latest = { id: ++seq, ask, hashes: list, sends: 0, answered: false };
      if (ask.followUps) readId = seq;
      send();
    },
    /** The caller moved on (another ticket): what is in flight is no longer wanted. */
    cancel(): void {
      latest = undefined;
      readId = -1;
    },
  };
}

export type AnalysisClient = ReturnType<typeof createAnalysisClient>;
