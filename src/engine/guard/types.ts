export const GUARD_IDS = ['send-internal-text', 'send-unfilled', 'send-wrong-name', 'send-foreign-contact', 'send-payment-data'] as const;
export type GuardId = (typeof GUARD_IDS)[number];

/**
 * Something in a public reply that must not leave with it, and its evidence: the draft's words
 * (`span`, as written: `text`) and where the reason lies — the note the words were copied from,
 * the names the thread does have.
 */
export interface GuardFinding {
  id: GuardId;
  span: [number, number];
  text: string;
  /** send-internal-text: the words in the note they were copied from. */
  source?: { message: number; start: number; end: number };
  /** send-foreign-contact: 'email' | 'phone' | 'order'; send-payment-data: 'card' | 'iban'; send-unfilled: the gap's form. */
  kind?: string;
  /** send-wrong-name: the names this ticket's customers go by. */
  known?: string[];
}

/** What the guard reads: the thread (notes included) and who asked. */
export interface GuardTicket {
  id?: string;
  subject?: string;
  requester?: { name?: string; email?: string };
  messages: { role: string; author?: string; text: string }[];
}
