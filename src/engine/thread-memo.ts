import type { CompiledPacks } from './compile';
import { type ScanResult, scanText } from './scan';
import { type MessageSignal, messageSignals, type threadSignals } from './signals';
import type { Message } from './types';

type Side = 'customer' | 'agent';
interface Read {
  scan: ScanResult;
  /** The message's signals, for the position they were computed at (evidence names the message). */
  signals?: { index: number; list: MessageSignal[] };
}

/**
 * What analysis remembers between calls on one ticket, so that while the agent types only the
 * draft is read again: each message's scan, keyed by its text (the same string while the ticket
 * is unchanged, so its hash is computed once), and the thread's signals while the customer's
 * messages are the same. Anything the latest call did not use is forgotten at the next, which
 * bounds the memory to one ticket and drops a ticket the agent left.
 */
export class ThreadMemo {
  private reads = new Map<string, Read>();
  private previous = new Map<string, Read>();
  private languages = new Map<string, string | undefined>();
  private previousLanguages = new Map<string, string | undefined>();
  private capped?: { from: Message[]; messages: Message[]; notes: string[] };
  private thread?: { from: MessageSignal[][]; signals: ReturnType<typeof threadSignals> };

  constructor(readonly compiled: CompiledPacks) {}

  /** Starts a call: what the last call used stays available, everything older goes. */
  begin(): void {
    this.previous = this.reads;
    this.reads = new Map();
    this.previousLanguages = this.languages;
    this.languages = new Map();
  }

  /** A message's language by the engine's guess (when the caller detected none), once per text. */
  language(text: string, guess: (text: string) => string | undefined): string | undefined {
    const language = this.languages.has(text)
      ? this.languages.get(text)
      : this.previousLanguages.has(text)
        ? this.previousLanguages.get(text)
        : guess(text);
    this.languages.set(text, language);
    return language;
  }

  private read(text: string, language: string | undefined, side: Side): Read {
    // One map per side and language would spare the key, but a ticket has one or two of each;
    // the text leads the key so that equal prefixes fail fast.
    const key = `${side}\u0000${language ?? ''}\u0000${text}`;
    let read = this.reads.get(key) ?? this.previous.get(key);
    if (!read) read = { scan: scanText(text, this.compiled, language, side) };
    this.reads.set(key, read);
    return read;
  }

  scan(text: string, language: string | undefined, side: Side): ScanResult {
    return this.read(text, language, side).scan;
  }

  signals(text: string, language: string | undefined, index: number): MessageSignal[] {
    const read = this.read(text, language, 'customer');
    if (read.signals?.index !== index) read.signals = { index, list: messageSignals(read.scan, this.compiled, index) };
    return read.signals.list;
  }

  /** The ticket's messages within the caps, computed again only when the list itself changed. */
  cappedMessages(from: Message[], cap: (messages: Message[], notes: string[]) => Message[]): { messages: Message[]; notes: string[] } {
    if (this.capped?.from !== from) {
      const notes: string[] = [];
      this.capped = { from, messages: cap(from, notes), notes };
    }
    return this.capped;
  }

  /** The thread's signals, computed again only when some customer message's signals changed. */
  threadSignals(perMessage: { index: number; signals: MessageSignal[] }[], compute: typeof threadSignals) {
    const from = perMessage.map((m) => m.signals);
    const last = this.thread;
    if (last && last.from.length === from.length && from.every((s, i) => s === last.from[i])) return last.signals;
    this.thread = { from, signals: compute(perMessage) };
    return this.thread.signals;
  }
}
