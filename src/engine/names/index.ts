import type { PlaceholderValue } from '../placeholders';
import { greetDe } from './de';
import { greetEl } from './el';
import { greetEn } from './en';
import { greetNo } from './no';
import { parseName } from './parse';
import type { ParsedName } from './types';
import { greetSk } from './sk';
import { greetZh } from './zh';

export type { ParsedName } from './types';
export { parseName } from './parse';

const GREET: Record<string, (p: ParsedName) => string | undefined> = {
  en: greetEn,
  de: greetDe,
  el: greetEl,
  sk: greetSk,
  zh: greetZh,
  no: greetNo,
  nb: greetNo,
  nn: greetNo,
};

/**
 * The requester's name as a reply in `lang` greets them ("Müller, Hans" → "Hans" in English,
 * "Hans Müller" in German), or undefined where the name cannot be told or written right: the
 * greeting then goes without it. A display name that is only the address's local part
 * ("john.smith" for john.smith@…) is no name.
 */
export function greetingName(display: string | undefined, lang: string, email?: string): string | undefined {
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && display && display.trim().toLowerCase() === local) return undefined;
  const parsed = parseName(display);
  if (!parsed) return undefined;
  return (GREET[lang.split('-')[0]?.toLowerCase() ?? 'en'] ?? greetEn)(parsed);
}

/**
 * The requester's display name as each language greets them (names/): "Müller, Hans" is "Hans"
 * in English and "Hans Müller" in German; no name where it cannot be told.
 */
export function greeting(name: string | undefined, email?: string): PlaceholderValue {
  return (lang) => greetingName(name, lang || 'en', email);
}

/** The agent's own first name, for "I'm {agent.firstName}". */
export function firstName(name: string | undefined): string | undefined {
  const first = greetingName(name, 'no');
  return first && !first.includes(' ') ? first : undefined;
}
