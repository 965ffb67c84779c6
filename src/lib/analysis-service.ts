import { createAnalyzer } from '../engine/analyze';
import type { CompiledPacks } from '../engine/compile';
import { MAX_TICKET_CHARS } from '../engine/normalize';
import { modelMessages } from '../engine/signals';
import type { Coaching, Message, Signal, Ticket } from '../engine/types';
import type { AnalysisRequest, MessageRef } from './analysis-protocol';

/** What the service asks its host: the browser's language detector, the anger models. Both optional. */
export interface ServiceParts {
  /** The customer's language from their latest messages; undefined when unsure (the engine then guesses per message). */
  detectLanguage?(text: string): Promise<string | undefined>;
  /** What the anger model of `language` finds in these messages; none where it has no model. */
  modelSignals?(language: string, messages: ReturnType<typeof modelMessages>): Signal[];
}

/** One caller of the service: a tab's port, or a page. Its texts live as long as it does. */
export interface Client {
  /** Message texts by hash, least recently used first. */
  readonly texts: Map<string, string>;
  chars: number;
  /** Ticket keys this client used, most recent first. */
  tickets: string[];
}

export type ServiceAnswer = { type: 'coaching'; coaching: Coaching; ticket: Ticket } | { type: 'missing'; hashes: string[] };

/** Texts a client keeps beyond those of the ticket it asks about (a switch back finds them). */
const CLIENT_CHARS = 2 * MAX_TICKET_CHARS;
/** Tickets whose reads are remembered: per client (its recent switches), and in all. */
const TICKETS_PER_CLIENT = 4;
const TICKETS = 48;

/** What is remembered of one ticket, shared by every client asking about it (a ticket open in two tabs). */
interface TicketMemo {
  /** Each message's read, keyed by its text (engine/thread-memo.ts): the draft alone is read on a typing pause. */
  analyze: ReturnType<typeof createAnalyzer>;
  clients: Set<Client>;
  /** The same list while the thread is the same, so the engine knows it at a glance. */
  messages?: { key: string; list: Message[] };
  language?: { key: string; value: Promise<string | undefined> };
  models?: { key: string; value: Signal[] };
}

/**
 * The analysis service: one per browser in the service worker (background/analysis-port.ts), one
 * per set of packs on the settings page's test bench. A request names a ticket's messages by
 * hash, with the text only the first time a client sends it; the service answers with the
 * coaching, or with the hashes whose text it lacks. The packs are compiled once by the caller;
 * each message is read once per ticket memo, however many tabs show the ticket. Text is held in
 * memory only, and a client's goes when it closes.
 */
export function createAnalysisService(compiled: CompiledPacks, parts: ServiceParts = {}) {
  const tickets = new Map<string, TicketMemo>();

  function release(key: string, client: Client) {
    const memo = tickets.get(key);
    if (!memo) return;
    memo.clients.delete(client);
    if (!memo.clients.size) tickets.delete(key);
  }

  function memoFor(key: string, client: Client): TicketMemo {
    let memo = tickets.get(key);
    // Re-inserted: the map's order is how recently each ticket was asked about.
    if (memo) tickets.delete(key);
    else memo = { analyze: createAnalyzer(compiled), clients: new Set() };
    tickets.set(key, memo);
    memo.clients.add(client);
    client.tickets = [key, ...client.tickets.filter((k) => k !== key)];
    for (const old of client.tickets.splice(TICKETS_PER_CLIENT)) release(old, client);
    for (const oldest of tickets.keys()) {
      if (tickets.size <= TICKETS) break;
      tickets.delete(oldest);
    }
    return memo;
  }

  function remember(client: Client, hash: string, text: string) {
    const known = client.texts.get(hash);
    if (known !== undefined) client.chars -= known.length;
    client.texts.delete(hash);
    client.texts.set(hash, text);
    client.chars += text.length;
  }

  /** Marks the request's texts as just used, then lets the least recently used others go past the cap. */
  function trim(client: Client, used: readonly MessageRef[]) {
    for (const { hash } of used) {
      const text = client.texts.get(hash);
      if (text !== undefined) remember(client, hash, text);
    }
    const inUse = new Set(used.map((m) => m.hash));
    for (const [hash, text] of client.texts) {
      if (client.chars <= CLIENT_CHARS || inUse.has(hash)) break;
      client.texts.delete(hash);
      client.chars -= text.length;
    }
  }

  function languageOf(memo: TicketMemo, refs: readonly MessageRef[], list: readonly Message[]): Promise<string | undefined> {
    const latest = list.flatMap((m, i) => (m.role === 'customer' ? [i] : [])).slice(-2);
    const key = latest.map((i) => refs[i]?.hash).join();
    if (memo.language?.key !== key) {
      const text = latest.map((i) => list[i]?.text).join('\n');
      memo.language = {
        key,
        value: text && parts.detectLanguage ? parts.detectLanguage(text).catch(() => undefined) : Promise.resolve(undefined),
      };
    }
    return memo.language.value;
  }

  function modelsOf(memo: TicketMemo, language: string | undefined, refs: readonly MessageRef[], list: readonly Message[]): Signal[] {
    // English has no model: the rules were tuned on far more English than any model here.
    if (!language || language === 'en' || !parts.modelSignals) return [];
    const asked = modelMessages(list);
    const key = `${language}:${asked.map((m) => `${m.index}.${refs[m.index]?.hash}`).join()}`;
    if (memo.models?.key !== key) memo.models = { key, value: asked.length ? parts.modelSignals(language, asked) : [] };
    return memo.models.value;
  }

  return {
    /** A new caller (a port): its texts are its own (`texts`: those it sent another service, packs since recompiled). */
    connect(texts = new Map<string, string>()): Client {
      let chars = 0;
      for (const text of texts.values()) chars += text.length;
      return { texts, chars, tickets: [] };
    },

    /** The caller is gone: its texts go, and every ticket memo no other caller uses. */
    close(client: Client): void {
      for (const key of client.tickets) release(key, client);
      client.tickets = [];
      client.texts.clear();
      client.chars = 0;
    },

    async analyze(client: Client, request: AnalysisRequest): Promise<ServiceAnswer> {
      const refs = request.ticket.messages;
      const missing: string[] = [];
      for (const ref of refs) {
        if (ref.text !== undefined) remember(client, ref.hash, ref.text);
        else if (!client.texts.has(ref.hash)) missing.push(ref.hash);
      }
      if (missing.length) return { type: 'missing', hashes: missing };
      trim(client, refs);
      const memo = memoFor(request.ticket.key, client);
      const key = refs.map((r) => `${r.role}:${r.hash}:${r.author ?? ''}:${r.time ?? ''}`).join('\u0000');
      if (memo.messages?.key !== key) {
        const list = refs.map(
          ({ role, hash, author, time }): Message => ({
            role,
            text: client.texts.get(hash) ?? '',
            ...(author !== undefined && { author }),
            ...(time !== undefined && { time }),
          }),
        );
        memo.messages = { key, list };
      }
      const messages = memo.messages.list;
      const { options } = request;
      const language = options.language ?? (await languageOf(memo, refs, messages));
      const { key: _key, ...about } = request.ticket;
      const ticket: Ticket = { ...about, messages };
      const coaching = memo.analyze(ticket, request.draft, {
        method: options.method,
        agentLanguage: options.agentLanguage,
        suggestionLanguage: options.suggestionLanguage,
        language,
        agent: { name: options.agentName },
        hidden: new Set(options.hidden),
        modelSignals: modelsOf(memo, language, refs, messages),
      });
      return { type: 'coaching', coaching, ticket };
    },

    /** How many tickets' reads are remembered (tests, the bench). */
    remembered: () => tickets.size,
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
