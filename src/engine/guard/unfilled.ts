import type { GuardFinding } from './types';

/**
 * Gaps a template or a suggestion leaves for the agent, as they reach a reply: "{{name}}",
 * "{slot:time}", "[name]", "[Kundenname]", "<order number>", "XXX", "TODO", "___", and "…"
 * standing where a word should be ("by … we will", "是……", "[…]") — not "…" after a word,
 * which is how people trail off.
 */
const GAPS: [kind: string, pattern: RegExp][] = [
  ['placeholder', /\{\{[^{}\n]{0,40}\}\}|\{(?:slot:)?[\p{L}_][\p{L}\p{N}_.:-]{0,40}\}/gu],
  // Words in brackets, not a link's text ("[here](…)") nor a number ("[1]").
  ['bracket', /\[[\p{L}][\p{L} _.'’-]{0,38}\](?![(:])|<[\p{L}][\p{L} _'’-]{1,38}>/gu],
  ['marker', /(?<![A-Za-z0-9])(?:X{3,}|TODO|TBD|FIXME)(?![A-Za-z0-9])/g],
  ['blank', /_{3,}/g],
  // "…"/"..." with no word right before it; or, in Chinese, after a verb or a colon or before "，".
  ['ellipsis', /(?:^|(?<=[\s([{:：]))(?:…+|\.{3,})|(?<=[是为：:]|可以|会|将)…+|…+(?=[，,])/gmu],
];
const NOT_GAPS = new Set(['[sic]', '[edit]']);

export function unfilled(draft: string): GuardFinding[] {
  const findings: GuardFinding[] = [];
  for (const [kind, pattern] of GAPS)
    for (const m of draft.matchAll(pattern)) {
      if (NOT_GAPS.has(m[0].toLowerCase()) && kind === 'bracket') continue;
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (findings.some((f) => f.span[0] < span[1] && span[0] < f.span[1])) continue;
      findings.push({ id: 'send-unfilled', span, text: m[0], kind });
    }
  return findings.sort((a, b) => a.span[0] - b.span[0]);
}
