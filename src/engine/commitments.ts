import type { Pack } from './pack-schema';

/**
 * What a suggestion must never state as done or decided: only the agent knows when they can
 * answer, what the company will give and who will decide. Inserted as written, such a text
 * makes a promise nobody made ("by 3 pm tomorrow", "I've waived this month's fee"). Those
 * belong in slots — `{slot:time}`, `{slot:offer}`, `{slot:action}`, `{slot:person}` — that
 * the agent fills on Insert. Each pattern is matched on the text with its slots taken out.
 */
const STATED: Record<string, { what: string; pattern: RegExp }[]> = {
  en: [
    {
      what: 'a time',
      pattern:
        /\b(tomorrow|today|tonight|end of (the )?day|next week|within \d+|\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    },
    { what: 'a concession', pattern: /\b(refund(ed)?|waived?|free of charge|at no cost|replacement|credit(ed)?|discount|compensat\w*)\b/i },
    { what: 'an escalation', pattern: /\b(I've|I have|we've|we have) (asked|escalated|forwarded|passed)\b|\bhas been escalated\b/i },
  ],
  de: [
    {
      what: 'a time',
      pattern: /\b(morgen|heute|übermorgen|Mittag|innerhalb von \d+|\d{1,2}(:\d\d)? Uhr|Montag|Dienstag|Mittwoch|Donnerstag|Freitag)\b/i,
    },
    { what: 'a concession', pattern: /(erstatt|kostenlos|Gutschrift|Rabatt|Ersatz\b|entfällt|erlass)/i },
    { what: 'an escalation', pattern: /\bhabe\b[^.;]*\b(gebeten|weitergeleitet|eskaliert)\b/i },
  ],
  el: [
    {
      what: 'a time',
      pattern: /(αύριο|σήμερα|μεσημέρι|εντός \d+|\d{1,2}(:\d\d)?\s*(μ\.μ\.|π\.μ\.)|Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή)/i,
    },
    { what: 'a concession', pattern: /(επιστροφή χρημάτων|δωρεάν|χωρίς χρέωση|αντικατάσταση|απάλλαξ|έκπτωσ|αποζημίωσ)/i },
    { what: 'an escalation', pattern: /(ζήτησα από|προώθησα|κλιμάκωσα)/i },
  ],
  no: [
    { what: 'a time', pattern: /\b(i morgen|i dag|innen \d+|klokka \d+|kl\. ?\d+|mandag|tirsdag|onsdag|torsdag|fredag)\b/i },
    { what: 'a concession', pattern: /(refusjon|gratis|kostnadsfri|erstatning|frafal|rabatt|kompens)/i },
    { what: 'an escalation', pattern: /\bhar (bedt|sendt videre|eskalert)\b/i },
  ],
  sk: [
    { what: 'a time', pattern: /(zajtra|dnes|do obeda|do \d+|\d{1,2}:\d\d|pondelk|utork|stred[ay]|štvrtk|piatk)/i },
    { what: 'a concession', pattern: /(vrátenie peňazí|bezplatn|zadarmo|výmen|odpust|zľav|kompenz)/i },
    { what: 'an escalation', pattern: /(požiadal[a]? som|postúpil[a]? som|odovzdal[a]? som)/i },
  ],
  zh: [
    { what: 'a time', pattern: /(明天|今天|中午|下午|上午|点前|小时内|下班前|周[一二三四五六日])/ },
    { what: 'a concession', pattern: /(退款|免费|免除|更换|补偿|折扣|赔偿)/ },
    { what: 'an escalation', pattern: /(已请|已转交|已上报|已升级)/ },
  ],
};

export interface StatedCommitment {
  suggestion: string;
  lang: string;
  what: string;
  words: string;
}

/** Every suggestion text in `pack` that states a time, a concession or an escalation as fact. */
export function statedCommitments(pack: Pack): StatedCommitment[] {
  const found: StatedCommitment[] = [];
  for (const s of pack.suggestions ?? [])
    for (const [lang, text] of Object.entries(s.text)) {
      const bare = String(text).replace(/\{slot:[a-z]+\}/g, ' ');
      for (const { what, pattern } of STATED[lang.split('-')[0] as string] ?? []) {
        const m = pattern.exec(bare);
        if (m) found.push({ suggestion: s.id, lang, what, words: m[0] });
      }
    }
  return found;
}
