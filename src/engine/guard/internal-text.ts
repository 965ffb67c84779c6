import type { GuardFinding, GuardTicket } from './types';
import { perThread } from './per-thread';
import { type Word, wordsOf } from './words';

/** A run this long copied from a note is the note's sentence, not a phrase every reply uses. */
const RUN = 8;
/** Chinese counts characters: twelve are about eight words. */
const HAN_RUN = 12;

/**
 * Runs of 8+ words (12+ Han characters) in the draft that stand word for word in one of the
 * ticket's internal notes and in none of its public messages (a note quoting the customer is
 * not a note's own words).
 */
export function internalText(ticket: GuardTicket, draft: string): GuardFinding[] {
  const { inNotes, inPublic } = runsOf(ticket);
  if (!inNotes.size) return [];
  const words = wordsOf(draft);
  const findings: GuardFinding[] = [];
  let i = 0;
  while (i + RUN <= words.length) {
    const first = inNotes.get(gram(words, i));
    if (!first || inPublic.has(gram(words, i))) {
      i++;
      continue;
    }
    // The run goes on while each next 8 words are in the same note.
    let last = i;
    let source = first;
    for (let j = i + 1; j + RUN <= words.length; j++) {
      const next = inNotes.get(gram(words, j));
      if (!next || next.message !== first.message || inPublic.has(gram(words, j))) break;
      last = j;
      source = next;
    }
    const run = words.slice(i, last + RUN);
    const han = run.filter((w) => w.han).length > run.length / 2;
    if (!han || run.length >= HAN_RUN) {
      const start = (run[0] as Word).start;
      const end = (run[run.length - 1] as Word).end;
      findings.push({
        id: 'send-internal-text',
        span: [start, end],
        text: draft.slice(start, end),
        source: { message: first.message, start: first.start, end: source.end },
      });
    }
    i = last + RUN;
  }
  return findings;
}

function gram(words: Word[], at: number): string {
  let key = '';
  for (let k = at; k < at + RUN; k++) key += `${(words[k] as Word).key} `;
  return key;
}

/** Every run of the notes, where it starts, and every run of the public messages. */
const runsOf = perThread((ticket) => {
  const inNotes = new Map<string, { message: number; start: number; end: number }>();
  const inPublic = new Set<string>();
  ticket.messages.forEach((m, message) => {
    const words = wordsOf(m.text);
    for (let i = 0; i + RUN <= words.length; i++) {
      const key = gram(words, i);
      if (m.role !== 'internal') inPublic.add(key);
      else if (!inNotes.has(key)) inNotes.set(key, { message, start: (words[i] as Word).start, end: (words[i + RUN - 1] as Word).end });
    }
  });
  return { inNotes, inPublic };
});
