import type { CompiledPacks } from './compile';
import { checkDraft } from './draft-check';
import { guardDraft } from './guard';
import { guessLanguage } from './language';
import { methodState } from './method';
import { MAX_MESSAGE_CHARS, MAX_TICKET_CHARS, normalizeText, sanitizeText } from './normalize';
import { firstName, greeting } from './names';
import { type ScanResult, scanText } from './scan';
import { type MessageSignal, moodOf, threadSignals, withModelSignals } from './signals';
import { rankSuggestions } from './suggest';
import { ThreadMemo } from './thread-memo';
import { countWords } from './tokenize';
import type { AnalyzeOptions, Coaching, Message, Signal, Ticket, ThreadFact } from './types';

/**
 * One pass over a ticket: what the customer feels and wants, where the method stands, what
 * to say, and what is wrong with the draft. Pure: no DOM, no browser APIs, no clock.
 */
export function analyze(ticket: Ticket, draft: string, compiled: CompiledPacks, options: AnalyzeOptions = {}): Coaching {
  return analyzeWith(new ThreadMemo(compiled), ticket, draft, options);
}

/**
 * An analysis that remembers each message it has read (keyed by its text): called again on the
 * same ticket with a new draft, it reads only the draft. For the page, where every pause in
 * typing asks again; one analyser per set of compiled packs.
 */
export function createAnalyzer(compiled: CompiledPacks) {
  const memo = new ThreadMemo(compiled);
  return (ticket: Ticket, draft: string, options: AnalyzeOptions = {}): Coaching => analyzeWith(memo, ticket, draft, options);
}

function analyzeWith(memo: ThreadMemo, ticket: Ticket, draft: string, options: AnalyzeOptions): Coaching {
  const compiled = memo.compiled;
  memo.begin();
  const capped = memo.cappedMessages(ticket.messages ?? [], capMessages);
  const messages = capped.messages;
  const notes = [...capped.notes];
  const draftText = capText(sanitizeText(draft), MAX_MESSAGE_CHARS, 'The draft', notes);

  const language = options.language ?? customerLanguage(messages);
  const languageOf = (text: string) => options.language ?? memo.language(text, ownLanguage);

  const customer: { index: number; signals: MessageSignal[] }[] = [];
  const replies: ScanResult[] = [];
  messages.forEach((m, index) => {
    if (m.role === 'customer') customer.push({ index, signals: memo.signals(m.text, languageOf(m.text), index) });
    else if (m.role === 'agent') replies.push(memo.scan(m.text, languageOf(m.text), 'agent'));
  });
  const fromModels = (options.modelSignals ?? []).filter((s) => s.evidence.every((e) => messages[e.message]?.role === 'customer'));
  const signals = withModelSignals(memo.threadSignals(customer, threadSignals), fromModels);
  const agentLanguage = options.agentLanguage ?? 'en';
  const forCustomer = options.suggestionLanguage ? [options.suggestionLanguage, language] : [language, agentLanguage];
  const forAgent = [agentLanguage];

  const draftScan = draftText ? scanText(draftText, compiled, languageOf(draftText), 'agent') : new Map();
  const method = methodState(compiled, options.method, replies, draftText ? draftScan : undefined, forAgent);
  const hidden = options.hidden ?? new Set<string>();
  const words = draftText ? countWords(normalizeText(draftText)) : 0;
  const suggestions = rankSuggestions(
    compiled,
    signals,
    method,
    forCustomer,
    {
      'customer.name': ticket.requester?.name,
      'customer.firstName': greeting(ticket.requester?.name, ticket.requester?.email),
      'agent.name': options.agent?.name,
      'agent.firstName': firstName(options.agent?.name),
      'ticket.id': ticket.id,
      'ticket.subject': ticket.subject,
    },
    hidden,
    options.maxSuggestions ?? 6,
    words,
    threadFacts(messages, signals),
  );
  const warnings = checkDraft(compiled, draftScan, words, signals, { agent: forAgent, customer: forCustomer }, hidden, replies);

  return {
    language,
    signals: signals.filter((s) => !hidden.has(`${s.rule.pack}/${s.rule.id}`)),
    method,
    suggestions,
    draft: { warnings, words, guard: draftText && options.draftKind !== 'note' ? guardDraft({ ...ticket, messages }, draftText) : [] },
    // A model's anger darkens its message's mood as a rule's would.
    mood: customer.map(({ index, signals: s }) => ({
      message: index,
      score: Math.min(moodOf(s), ...fromModels.filter((m) => m.evidence[0]?.message === index).map((m) => -m.confidence)),
    })),
    notes,
  };
}

/**
 * What the thread itself shows. "earlier-contact": a customer message that an agent answered
 * before the latest customer message, or the customer saying they have written before.
 */
export function threadFacts(messages: readonly Message[], signals: readonly Signal[]): Set<ThreadFact> {
  const facts = new Set<ThreadFact>();
  let customerBefore = false;
  let answered = false;
  for (const m of messages) {
    if (m.role === 'customer' && m.text.trim()) {
      if (answered) facts.add('earlier-contact');
      customerBefore = true;
    } else if (m.role === 'agent' && customerBefore && m.text.trim()) answered = true;
  }
  if (signals.some((s) => s.id === 'repeat-contact')) facts.add('earlier-contact');
  return facts;
}

/** The language of the customer's latest three messages, by the engine's own guess. */
function customerLanguage(messages: Message[]): string {
  const text = messages
    .filter((m) => m.role === 'customer')
    .slice(-3)
    .map((m) => m.text)
    .join('\n');
  return text.trim() ? guessLanguage(text).language : 'und';
}

/** A message's own language when the text shows it clearly, else unknown: every language's phrases apply. */
function ownLanguage(text: string): string | undefined {
  const own = guessLanguage(text);
  return own.reliable ? own.language : undefined;
}

function capText(text: string, max: number, what: string, notes: string[]): string {
  if (text.length <= max) return text;
  notes.push(`${what} is ${text.length.toLocaleString('en')} characters; only the first ${max.toLocaleString('en')} were read.`);
  return text.slice(0, max);
}

/** Keeps the newest messages within the ticket cap: the latest weigh most. */
function capMessages(messages: Message[], notes: string[]): Message[] {
  let total = 0;
  const kept: Message[] = [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as Message;
    const text = capText(sanitizeText(m.text), MAX_MESSAGE_CHARS, `Message ${i + 1}`, notes);
    if (total + text.length > MAX_TICKET_CHARS) {
      notes.push(`The ticket is long; only the latest ${kept.length} messages were read.`);
      break;
    }
    total += text.length;
    kept.unshift({ ...m, text });
  }
  // Keep indices stable for evidence: pad the dropped head with empty system messages.
  const dropped = messages.length - kept.length;
  return [...Array.from({ length: dropped }, () => ({ role: 'system' as const, text: '' })), ...kept];
}
