/** A value, or one that depends on the text's language (a name as that language greets it). */
export type PlaceholderValue = string | ((lang: string) => string | undefined);

/** Values the suggestion texts may use: {customer.firstName}, {agent.firstName}, {ticket.id}… */
export interface PlaceholderValues {
  'customer.name'?: string;
  /** As the text's language greets the requester: `greeting(name)` gives it from the display name. */
  'customer.firstName'?: PlaceholderValue;
  'agent.name'?: string;
  'agent.firstName'?: string;
  'ticket.id'?: string;
  'ticket.subject'?: string;
}

/**
 * What only the agent can decide or know — a time, what was done, what is offered, who decides,
 * a rule's reason, what happens next, what they found, what the customer can do, what cannot
 * be done — is a slot, `{slot:time}`, never a prefilled fact or a bare "…": Composure asks for
 * it on Insert. Slots survive filling; the sidebar renders and fills them.
 */
export const SLOT_NAMES = ['time', 'action', 'offer', 'person', 'reason', 'next', 'finding', 'tip', 'limit'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
const SLOT = /\{slot:([a-z]+)\}/g;

/** The slots a text asks the agent to fill, in order, each once. */
export function slotsOf(text: string): SlotName[] {
  return [...new Set([...text.matchAll(SLOT)].map((m) => m[1] as SlotName))];
}

/**
 * A text with its slots filled: a slot with no value is written as its label (for showing, or a
 * debrief; never for a reply: see `unfilledSlots`). An answer's own closing stop gives way to the
 * text's ("…soon." + "." is "…soon.", not "…soon..").
 */
export function fillSlots(text: string, values: Partial<Record<SlotName, string>>, label: (slot: SlotName) => string): string {
  return text.replace(SLOT, (_all, name: SlotName, at: number) => {
    const value = values[name]?.trim();
    if (!value) return `[${label(name)}]`;
    return CLOSES.test(text.charAt(at + _all.length)) ? value.replace(/[.。!！?？;；,，:：…]+$/u, '') : value;
  });
}
const CLOSES = /[.。!！?？;；,，:：]/u;

/** The slots of `text` that `values` leaves empty: a text with any is not ready to send. */
export function unfilledSlots(text: string, values: Partial<Record<SlotName, string>>): SlotName[] {
  return slotsOf(text).filter((slot) => !values[slot]?.trim());
}

/** Splits a text at its slots, for rendering them as fields. */
export function slotParts(text: string): ({ text: string } | { slot: SlotName })[] {
  const parts: ({ text: string } | { slot: SlotName })[] = [];
  let at = 0;
  for (const m of text.matchAll(SLOT)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ slot: m[1] as SlotName });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * Fills placeholders so that a missing value never leaves a hole:
 * - an optional part in square brackets, `[I'm {agent.firstName} and ]I'll…`, goes whole when
 *   any placeholder in it has no value, and loses only its brackets when all have one;
 * - a placeholder outside brackets with no value goes with the space or comma before it, so
 *   "…caused you, {customer.firstName}." becomes "…caused you.";
 * - then spacing and punctuation are tidied for the language (no space before a full stop,
 *   no comma or 、 left at the start, "，" before "您好" in Chinese dropped with its name).
 * A value that is a function gets the text's language (the greeting form of a name).
 */
export function fillPlaceholders(text: string, values: PlaceholderValues, lang = ''): string {
  const value = (key: string) => {
    const v = values[key as keyof PlaceholderValues];
    return (typeof v === 'function' ? v(lang) : v)?.trim();
  };
  return text
    .replace(/\[([^[\]]*\{(?!slot:)[a-zA-Z.]+\}[^[\]]*)\]/g, (_all, inner: string) => {
      const keys = [...inner.matchAll(/\{(?!slot:)([a-zA-Z.]+)\}/g)].map((m) => m[1] as string);
      return keys.every((k) => value(k)) ? inner : '';
    })
    .replace(/(,?[ \u00a0]?)\{(?!slot:)([a-zA-Z.]+)\}/g, (_all, lead: string, key: string) => {
      const v = value(key);
      return v ? `${lead}${v}` : '';
    })
    .replace(/[ \u00a0]{2,}/g, ' ')
    .replace(/ +([,.!?;:，。！？；：、])/g, '$1')
    .replace(/^[\s,，、;；]+/, '')
    .replace(/([,，])(?=[.!?。！？])/g, '')
    .trim();
}
