import type { CompiledPacks } from './compile';
import { pick } from './localize';
import { type PlaceholderValues, fillPlaceholders, slotsOf } from './placeholders';
import type { MethodState, Signal, Suggestion, ThreadFact } from './types';

const PER_KIND = 2;
// "Anger blocks reasoning: defuse it first, solve second" (seeds/000): suggestions that answer
// the customer's emotion outrank those that answer the request.
const EMOTIONAL = new Set(['anger', 'insult', 'profanity', 'baiting', 'threat', 'disappointment']);
const OPENING_MAX_WORDS = 3;
const CLOSING_MIN_WORDS = 25;

/**
 * Ranks the packs' suggestions for this moment: the next step of the method counts most,
 * then the signals a suggestion answers (the latest message's more than the thread's).
 * A suggestion for steps that are all done is dropped: the draft already says it.
 */
export function rankSuggestions(
  compiled: CompiledPacks,
  signals: Signal[],
  method: MethodState | undefined,
  textLanguages: string[],
  values: PlaceholderValues,
  hidden: ReadonlySet<string>,
  max: number,
  draftWords: number,
  /** What the thread shows: a suggestion that needs a fact the thread lacks is not offered. */
  thread: ReadonlySet<ThreadFact> = new Set(),
): Suggestion[] {
  const signalWeight = new Map(signals.map((s) => [s.id as string, s.confidence * (s.scope === 'latest' ? 1 : 0.5)]));
  // Score every suggestion first (cheap); pick text and fill placeholders for the winners only.
  const scored: { entry: CompiledPacks['suggestions'][number]; score: number; mine: string[] }[] = [];
  const stepById = new Map(method?.steps.map((st) => [st.id, st]));
  for (const entry of compiled.suggestions) {
    const { suggestion: s } = entry;
    if (hidden.has(entry.key)) continue;
    if (s.when?.thread && !thread.has(s.when.thread)) continue;
    if (s.moment === 'opening' && draftWords >= OPENING_MAX_WORDS) continue;
    if (s.moment === 'closing' && draftWords < CLOSING_MIN_WORDS) continue;
    const mine: string[] = [];
    for (const [m, step] of entry.steps) if (m === method?.id) mine.push(step);
    const stepStates = mine.map((id) => stepById.get(id)).filter((st) => st !== undefined);
    if (stepStates.length && stepStates.every((st) => st.done)) continue;
    let signalScore = 0;
    for (const id of s.signals ?? []) signalScore = Math.max(signalScore, (signalWeight.get(id) ?? 0) * (EMOTIONAL.has(id) ? 1.25 : 1));
    const isNext = method?.next !== undefined && mine.includes(method.next);
    // A suggestion tied only to signals needs one of them; one tied to steps needs its step open.
    if (s.signals?.length && signalScore === 0 && !isNext) continue;
    if (!s.signals?.length && !stepStates.length && !s.moment) continue;
    // Answering what the customer said beats a generic prompt for the next step.
    const score = 2 * signalScore + (isNext ? 1 : 0) + (stepStates.some((st) => !st.done) ? 0.25 : 0) + (s.moment ? 0.6 : 0);
    scored.push({ entry, score, mine });
  }
  scored.sort((a, b) => b.score - a.score);
  const perKind = new Map<string, number>();
  const winners = scored
    .filter(({ entry }) => {
      const n = (perKind.get(entry.suggestion.kind) ?? 0) + 1;
      perKind.set(entry.suggestion.kind, n);
      return n <= PER_KIND;
    })
    .slice(0, max);
  return winners.map(({ entry: { suggestion: s, ref }, score, mine }) => {
    const { text, lang } = pick(s.text, textLanguages);
    const filled = fillPlaceholders(text, values, lang);
    return {
      id: s.id,
      kind: s.kind,
      text: filled,
      slots: slotsOf(filled),
      lang,
      score: Math.round(score * 1000) / 1000,
      for: [...(s.signals ?? []).filter((id) => signalWeight.has(id)), ...mine],
      rule: ref,
    };
  });
}
