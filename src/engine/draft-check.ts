import type { CompiledPacks } from './compile';
import { pick } from './localize';
import type { ScanResult } from './scan';
import type { DraftWarning, Signal } from './types';

/** A draft shorter than this is still being started; "no apology yet" would only nag. */
const DEFAULT_MIN_WORDS = 4;

/**
 * Checks the agent's draft: `find` patterns that are wrong in any reply ("you should have",
 * "our policy"), unless their remedy is there too; and `require` patterns the situation
 * calls for (an apology to an angry customer, a time frame with a promise).
 */
export function checkDraft(
  compiled: CompiledPacks,
  scan: ScanResult,
  words: number,
  signals: Signal[],
  /** The reason is for the agent; the alternatives go to the customer. */
  languages: { agent: string[]; customer: string[] },
  hidden: ReadonlySet<string>,
  /** The agent's earlier replies: what the situation requires (an apology) need not be said twice. */
  replies: readonly ScanResult[] = [],
): DraftWarning[] {
  if (words === 0) return [];
  const present = new Set(signals.map((s) => s.id as string));
  const warnings: DraftWarning[] = [];
  for (const { check, ref, find, unless, require } of compiled.draftChecks) {
    if (hidden.has(`${ref.pack}/${ref.id}`)) continue;
    if (check.when?.signals && !check.when.signals.some((id) => present.has(id))) continue;
    if (words < (check.when?.minWords ?? (require !== undefined ? DEFAULT_MIN_WORDS : 1))) continue;
    const found = find !== undefined ? scan.get(find) : undefined;
    if (find !== undefined && !found?.length) continue;
    if (unless !== undefined && scan.get(unless)?.length) continue;
    if (require !== undefined && (scan.get(require)?.length || replies.some((r) => r.get(require)?.length))) continue;
    const first = found?.[0];
    warnings.push({
      id: check.id,
      span: first ? [first.start, first.end] : undefined,
      why: pick(check.why, languages.agent).text,
      alternatives: pickList(check.alternatives, languages.customer),
      rule: ref,
    });
  }
  return warnings;
}

function pickList(lists: Record<string, string[]> | undefined, languages: string[]): string[] {
  if (!lists) return [];
  for (const lang of [...languages, 'en']) if (lists[lang]?.length) return lists[lang];
  return Object.values(lists)[0] ?? [];
}
