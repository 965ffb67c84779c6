import type { CompiledPacks } from './compile';

/**
 * Chinese asks yes-or-no by saying both: "有没有M码？" (is there a size M?), "是不是…", "能不能…",
 * "会不会…". The 没 / 不 inside is no negation, so "没有" in "有没有" is no complaint that something
 * is missing ("请问老年机有没有大字体的版本？"). Complaint hits that lie inside such a form are dropped.
 */
const A_NOT_A = /有没有|有沒有|是不是|能不能|会不会|會不會|可不可以|要不要|行不行|对不对|對不對|好不好|在不在|有木有/g;

/** Drops complaint hits inside an A-not-A question form, in place. */
export function dropAnotAQuestions(
  result: Map<number, { start: number; end: number }[]>,
  compiled: CompiledPacks,
  normalized: string,
): void {
  const forms = [...normalized.matchAll(A_NOT_A)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (!forms.length) return;
  for (const [id, hits] of result) {
    const rule = compiled.signalRules[compiled.signalRuleOf[id] ?? -1]?.rule;
    if (rule?.signal !== 'complaint') continue;
    const kept = hits.filter((h) => !forms.some((f) => f.start <= h.start && h.end <= f.end));
    if (kept.length === hits.length) continue;
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
}
