import type { GuardFinding } from './guard/types';
import type { SlotName } from './placeholders';
/** Who wrote a message. Internal notes are never the customer's words. */
export type Role = 'customer' | 'agent' | 'internal' | 'system';

export interface Message {
  role: Role;
  author?: string;
  text: string;
  time?: string;
}

export interface Ticket {
  helpdesk: string;
  id?: string;
  subject?: string;
  requester?: { name?: string; email?: string };
  messages: Message[];
}

/** The stable signal vocabulary shared by packs, UI and evaluation. */
export const SIGNAL_IDS = [
  'anger',
  'profanity',
  'insult',
  'baiting',
  'complaint',
  'disappointment',
  'refund-request',
  'cancel-request',
  'escalation-request',
  'repeat-contact',
  'urgency',
  'threat',
  'gratitude',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** What a suggestion may require the thread to show before it is offered (`when.thread`). */
export const THREAD_FACTS = ['earlier-contact'] as const;
export type ThreadFact = (typeof THREAD_FACTS)[number];

/** The languages Composure ships lexicons and suggestions for. */
export const LANGUAGES = ['en', 'de', 'el', 'sk', 'zh', 'no'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Character offsets into Message.text (message = -1 for the draft). */
export interface Evidence {
  message: number;
  start: number;
  end: number;
}

export interface RuleRef {
  pack: string;
  id: string;
  source?: string;
}

export interface Signal {
  id: SignalId;
  confidence: number;
  /** 'latest' = the latest customer message; 'thread' = earlier customer messages only. */
  scope: 'latest' | 'thread';
  evidence: Evidence[];
  rule: RuleRef;
  /** Every rule that contributed, strongest first. */
  rules: RuleRef[];
}

export interface StepState {
  id: string;
  name: string;
  prompt: string;
  done: boolean;
  by?: 'reply' | 'draft';
  evidence?: Evidence[];
  rule: RuleRef;
}

export interface MethodState {
  id: string;
  name: string;
  steps: StepState[];
  next?: string;
}

export interface Suggestion {
  id: string;
  /** With `{slot:…}` markers where the agent must fill in what only they can decide (a time, an offer). */
  text: string;
  /** The slots in `text`, in order: Insert asks for them first. */
  slots: SlotName[];
  lang: string;
  /** Signal ids and step ids this suggestion answers. */
  for: string[];
  kind: string;
  score: number;
  rule: RuleRef;
}

export interface DraftWarning {
  id: string;
  span?: [number, number];
  why: string;
  alternatives: string[];
  rule: RuleRef;
}

export interface MoodPoint {
  message: number;
  score: number;
}

export interface Coaching {
  /** The customer's language (ISO 639-1), or 'und'. */
  language: string;
  signals: Signal[];
  method?: MethodState;
  suggestions: Suggestion[];
  /** `guard`: what in a public reply must not be sent (guard/), each with its evidence. */
  draft: { warnings: DraftWarning[]; words: number; guard?: GuardFinding[] };
  mood: MoodPoint[];
  notes: string[];
}

export interface AnalyzeOptions {
  /** Method id to track (e.g. 'help', 'asap'); the first method of the enabled packs otherwise. */
  method?: string;
  /** Suggestion text in this language first (the agent's "in my language" switch). */
  suggestionLanguage?: string;
  /** The agent's UI language: the fallback for suggestion text. */
  agentLanguage?: string;
  /** Language decided outside the engine (e.g. the browser's detector); else the engine's own. */
  language?: string;
  agent?: { name?: string };
  /** Rule ids (pack/id) the agent marked "not helpful" on this ticket. */
  hidden?: ReadonlySet<string>;
  /** What a trained model found in the customer's messages (char-model.ts), beside the rules. */
  modelSignals?: readonly Signal[];
  maxSuggestions?: number;
  /** An internal note is being written: the send guard (public replies only) stays quiet. */
  draftKind?: 'reply' | 'note';
}
