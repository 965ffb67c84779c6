import type { Token } from './tokenize';

// Words that turn the next few words around ("not angry", "no refund needed", "nicht
// wütend", "δεν θέλω", "nechcem" is one word and lives in the packs). Normalised forms.
// "never" is left out on purpose: "I never got my refund" still asks for the refund.
const NEGATORS = new Set([
  'not',
  'no',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "isn't",
  'isnt',
  "wasn't",
  "aren't",
  "didn't",
  'didnt',
  'without',
  "won't",
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'ohne',
  'δεν',
  'μη',
  'μην',
  'οχι',
  'χωρις',
  'nie',
  'bez',
  'ikke',
  'ingen',
  'uten',
  '不',
  '没',
  '別',
  '别',
  '无',
  '無',
  '未',
]);

const WINDOW = 3;

/** True when a negator stands within three words before token i, in the same sentence. */
export function isNegated(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence) return false;
    if (NEGATORS.has(token.text)) return true;
  }
  return false;
}
