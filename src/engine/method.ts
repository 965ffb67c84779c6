import type { CompiledPacks } from './compile';
import { pick } from './localize';
import type { ScanResult } from './scan';
import type { MethodState } from './types';

/**
 * The active method's checklist. A step is done when an earlier agent reply or the draft
 * covers it (close wording counts: each step lists the phrasings that cover it). The next
 * step is the first one not yet done.
 */
export function methodState(
  compiled: CompiledPacks,
  methodId: string | undefined,
  replies: ScanResult[],
  draft: ScanResult | undefined,
  languages: string[],
): MethodState | undefined {
  const chosen = compiled.methods.find((m) => m.method.id === methodId) ?? compiled.methods[0];
  if (!chosen) return undefined;
  const steps = chosen.steps.map(({ step, ref, matcher }) => {
    const byReply = replies.some((r) => r.get(matcher)?.length);
    const draftHits = draft?.get(matcher);
    const by = byReply ? ('reply' as const) : draftHits?.length ? ('draft' as const) : undefined;
    return {
      id: step.id,
      name: pick(step.name, languages).text,
      prompt: pick(step.prompt, languages).text,
      done: by !== undefined,
      by,
      evidence: draftHits?.map((h) => ({ message: -1, start: h.start, end: h.end })),
      rule: ref,
    };
  });
  return { id: chosen.method.id, name: pick(chosen.method.name, languages).text, steps, next: steps.find((s) => !s.done)?.id };
}
