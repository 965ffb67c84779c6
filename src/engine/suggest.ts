import type { CompiledPacks } from './compile';
import { pick } from './localize';
import { type PlaceholderValues, fillPlaceholders } from './placeholders';
import type { MethodState, Signal, Suggestion } from './types';

const PER_KIND = 2;
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
): Suggestion[] {
  const signalWeight = new Map(signals.map((s) => [s.id as string, s.confidence * (s.scope === 'latest' ? 1 : 0.5)]));
  const ranked: Suggestion[] = [];
  for (const { suggestion: s, ref } of compiled.suggestions) {
    if (hidden.has(`${ref.pack}/${ref.id}`)) continue;
    if (s.moment === 'opening' && draftWords >= OPENING_MAX_WORDS) continue;
    if (s.moment === 'closing' && draftWords < CLOSING_MIN_WORDS) continue;
    const mine = (s.steps ?? []).filter((st) => st.startsWith(`${method?.id}/`)).map((st) => st.slice(st.indexOf('/') + 1));
    const stepStates = mine.map((id) => method?.steps.find((st) => st.id === id)).filter((st) => st !== undefined);
    if (stepStates.length && stepStates.every((st) => st.done)) continue;
    const signalScore = Math.max(0, ...(s.signals ?? []).map((id) => signalWeight.get(id) ?? 0));
    const isNext = method?.next !== undefined && mine.includes(method.next);
    // A suggestion tied only to signals needs one of them; one tied to steps needs its step open.
    if (s.signals?.length && signalScore === 0 && !isNext) continue;
    if (!s.signals?.length && !stepStates.length && !s.moment) continue;
    // Answering what the customer said beats a generic prompt for the next step.
    const score = 2 * signalScore + (isNext ? 1 : 0) + (stepStates.some((st) => !st.done) ? 0.25 : 0) + (s.moment ? 0.6 : 0);
    const { text, lang } = pick(s.text, textLanguages);
    ranked.push({
      id: s.id,
      kind: s.kind,
      text: fillPlaceholders(text, values),
      lang,
      score: Math.round(score * 1000) / 1000,
      for: [...(s.signals ?? []).filter((id) => signalWeight.has(id)), ...mine],
      rule: ref,
    });
  }
  ranked.sort((a, b) => b.score - a.score);
  const perKind = new Map<string, number>();
  return ranked
    .filter((s) => {
      const n = (perKind.get(s.kind) ?? 0) + 1;
      perKind.set(s.kind, n);
      return n <= PER_KIND;
    })
    .slice(0, max);
}
