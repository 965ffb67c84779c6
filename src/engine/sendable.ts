import type { Pack } from './pack-schema';
import { GAP, GUARD_WHAT, type Guard, PATTERNS, SLOT_MARK } from './sendable-patterns';

/**
 * What Composure puts into a reply must be sendable as it stands: it states no time, offer,
 * escalation or reason the agent did not choose, concedes no fault, and leaves no "…" for the
 * agent to notice. Three kinds of text reach the customer:
 * - suggestions and draft-check alternatives, inserted with one click: every guard;
 * - method step prompts, which agents echo ("ask: what would make this right?"): the fault
 *   guard only, since the rest of a prompt is advice to the agent ("waive a fee") not a reply.
 */
export type Where = 'suggestion' | 'alternative' | 'step';

export interface Unsendable {
  where: Where;
  /** The suggestion's id, "check#n" for an alternative, "method/step" for a prompt. */
  id: string;
  lang: string;
  guard: Guard;
  what: string;
  words: string;
}

const SLOT = /\{slot:[a-z]+\}/g;
const TIME_SLOT = /\{slot:time\}/;
const ALL: Guard[] = ['time', 'unstated-time', 'concession', 'escalation', 'reason', 'fault', 'gap'];
const GUARDS: Record<Where, Guard[]> = { suggestion: ALL, alternative: ALL, step: ['fault'] };

/** The guards `text` fails, in `lang` ("de-AT" reads as "de"; a language with no table only as to gaps). */
export function unsendableWords(text: string, lang: string, guards: readonly Guard[] = ALL): { guard: Guard; words: string }[] {
  const bare = text.replace(SLOT, SLOT_MARK);
  const table = PATTERNS[lang.split('-')[0]?.toLowerCase() as string] ?? {};
  const found: { guard: Guard; words: string }[] = [];
  for (const guard of guards) {
    if (guard === 'gap') {
      const m = GAP.exec(bare);
      if (m) found.push({ guard, words: m[0] });
      continue;
    }
    for (const pattern of table[guard] ?? []) {
      const m = pattern.exec(bare);
      // "…whether or not it's fixed by then" is sendable when the agent's time comes before it.
      if (m && guard === 'unstated-time' && TIME_SLOT.test(text.slice(0, text.indexOf(m[0])))) continue;
      if (m) {
        found.push({ guard, words: m[0] });
        break;
      }
    }
  }
  return found;
}

/** Every customer-facing text in `pack` that is not sendable as it stands. */
export function unsendableTexts(pack: Pack): Unsendable[] {
  const out: Unsendable[] = [];
  const check = (where: Where, id: string, lang: string, text: string) => {
    for (const { guard, words } of unsendableWords(text, lang, GUARDS[where]))
      out.push({ where, id, lang, guard, what: GUARD_WHAT[guard], words });
  };
  for (const s of pack.suggestions ?? []) for (const [lang, text] of Object.entries(s.text)) check('suggestion', s.id, lang, String(text));
  for (const c of pack.draftChecks ?? [])
    for (const [lang, list] of Object.entries(c.alternatives ?? {}))
      for (const [i, text] of list.entries()) check('alternative', `${c.id}#${i + 1}`, lang, text);
  for (const m of pack.methods ?? [])
    for (const st of m.steps) for (const [lang, text] of Object.entries(st.prompt)) check('step', `${m.id}/${st.id}`, lang, String(text));
  return out;
}
